/**
 * `pnpm bench`: every target of the public read path and the registry, each against a baseline
 * measured in the same run on the same database, printed as one table that says which fall short.
 * BENCH_SECONDS sets each load's length (default 10). DATABASE_URL works as for the tests.
 */
import 'reflect-metadata';
import { benchDatabase, stopBenchCluster } from './lib/database.js';
import { printTable } from './lib/report.js';
import { noticeRead } from './notice-read.js';

const suites: [string, (db: Awaited<ReturnType<typeof benchDatabase>>) => Promise<void>][] = [
  ['notice read', noticeRead],
];

let failed = false;
try {
  for (const [name, suite] of suites) {
    console.log(`\n== ${name}`);
    const db = await benchDatabase();
    try {
      await suite(db);
    } catch (error) {
      failed = true;
      console.error(`${name} could not be measured: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      await db.close();
    }
  }
} finally {
  await stopBenchCluster();
}
printTable();
process.exit(failed ? 1 : 0);
