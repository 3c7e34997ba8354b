import { defineConfig } from 'vitest/config';
import { globalSetup, serverPlugins, setupFiles } from './vitest.shared.js';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: serverPlugins,
        test: { name: 'server', include: ['server/src/**/*.test.ts'], environment: 'node', globalSetup, setupFiles, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      'web/vitest.config.ts',
      {
        plugins: serverPlugins,
        test: { name: 'api', include: ['test/api/**/*.spec.ts'], environment: 'node', globalSetup, setupFiles, testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        plugins: serverPlugins,
        test: {
          name: 'e2e', include: ['test/e2e/**/*.spec.ts'], environment: 'node', globalSetup, setupFiles,
          // A whole flow on a two-core machine shared with other work: each wait may take up to
          // test/support/pages.ts's PATIENCE, so a flow gets minutes, not the default seconds.
          testTimeout: 300_000, hookTimeout: 180_000, fileParallelism: false,
        },
      },
    ],
  },
});
