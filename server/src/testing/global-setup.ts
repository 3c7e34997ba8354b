import type { TestProject } from 'vitest/node';
import { startTestCluster, stopTestCluster, type TestCluster } from './test-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    laomoCluster: TestCluster;
  }
}

// Several vitest projects use this setup in one process: they share one cluster, started once.
const shared = globalThis as typeof globalThis & { laomoCluster?: Promise<TestCluster>; laomoUsers?: number };

export default async function setup(project: TestProject) {
  shared.laomoCluster ??= startTestCluster();
  shared.laomoUsers = (shared.laomoUsers ?? 0) + 1;
  project.provide('laomoCluster', await shared.laomoCluster);
  return async () => {
    shared.laomoUsers = (shared.laomoUsers ?? 1) - 1;
    if (shared.laomoUsers === 0 && shared.laomoCluster) await stopTestCluster(await shared.laomoCluster);
  };
}
