/**
 * The database a run measures: the test suite's own cluster (DATABASE_URL, or an embedded PostgreSQL
 * inside the project), a fresh copy of the migrated demo database, and the rows a benchmark adds.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, startTestCluster, stopTestCluster, type TestCluster } from '@laomo/server/testing/test-cluster.js';
import { ormConfig } from '@laomo/server/db/orm-config.js';

export interface BenchDatabase {
  url: string;
  orm: MikroORM;
  close(): Promise<void>;
}

let cluster: TestCluster | undefined;

export async function benchDatabase(): Promise<BenchDatabase> {
  cluster ??= await startTestCluster();
  const database = await createTestDatabase(cluster);
  const orm = await MikroORM.init(ormConfig(database.url));
  return {
    url: database.url,
    orm,
    async close() {
      await orm.close(true);
      await database.drop();
    },
  };
}

export async function stopBenchCluster(): Promise<void> {
  if (cluster) await stopTestCluster(cluster);
  cluster = undefined;
}
