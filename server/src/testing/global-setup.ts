import type { TestProject } from 'vitest/node';
import { startTestCluster, stopTestCluster, type TestCluster } from './test-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    laomoCluster: TestCluster;
  }
}

// Several vitest projects use this setup in one process: they share one cluster, started once.
// Vitest calls every project's teardown when the whole run closes (a project without files may never
// be torn down), so the first teardown stops the cluster and the others find it stopped.
const shared = globalThis as typeof globalThis & { laomoCluster?: Promise<TestCluster>; laomoStopped?: Promise<void> };

export default async function setup(project: TestProject) {
  shared.laomoCluster ??= startTestCluster();
  project.provide('laomoCluster', await shared.laomoCluster);
  return async () => {
    shared.laomoStopped ??= shared.laomoCluster!.then(stopTestCluster);
    await shared.laomoStopped;
  };
}
