/**
 * The database a run measures: the test suite's own cluster (DATABASE_URL, or an embedded PostgreSQL
 * inside the project), a fresh copy of the migrated demo database, and the rows a benchmark adds.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, startTestCluster, stopTestCluster, type TestCluster } from '@laomo/server/testing/test-cluster.js';
import { ormConfig } from '@laomo/server/db/orm-config.js';
import { beijingDate } from '@laomo/server/modules/calendar/working-calendar.js';
import { seedOpenNotice, type NoticeFixture, type NoticeFixtureOptions } from '../../test/support/testkit/notice.js';

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

/**
 * A district notice open from today for a week, seeded with the tests' own builder (it needs only the
 * app's ORM, which a benchmark has without a test app).
 */
export function seedNoticeOpenThisWeek(db: BenchDatabase, options: Omit<NoticeFixtureOptions, 'startsOn' | 'endsOn'>): Promise<NoticeFixture> {
  const now = Date.now();
  const window = { startsOn: beijingDate(new Date(now)), endsOn: beijingDate(new Date(now + 7 * 86_400_000)) };
  return seedOpenNotice({ app: { orm: db.orm } } as Parameters<typeof seedOpenNotice>[0], { ...options, ...window });
}
