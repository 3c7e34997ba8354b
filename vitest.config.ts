import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';

// swc keeps decorator metadata, which type-graphql and MikroORM read at run time.
const serverPlugins = [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } })];
const globalSetup = ['server/src/testing/global-setup.ts'];
// type-graphql and MikroORM read decorator metadata through the Reflect API.
const setupFiles = ['server/src/testing/setup-reflect.ts'];

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
