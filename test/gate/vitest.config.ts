import { defineConfig } from 'vitest/config';
import { globalSetup, serverPlugins, setupFiles } from '../../vitest.shared.js';

// The test command's check of itself (test/support/run-tests.mjs): these fixtures must fail, under the same
// global setup (the embedded PostgreSQL) as the real suite, and the run must then exit non-zero.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: serverPlugins,
  test: { name: 'gate', include: ['test/gate/*.fixture.ts'], environment: 'node', globalSetup, setupFiles, hookTimeout: 120_000 },
});
