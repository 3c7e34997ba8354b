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
          testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false,
        },
      },
      {
        plugins: serverPlugins,
        test: {
          name: 'bench', include: [], environment: 'node', globalSetup, setupFiles,
          benchmark: { include: ['bench/**/*.bench.ts'] }, hookTimeout: 180_000,
        },
      },
    ],
  },
});
