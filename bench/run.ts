/**
 * `pnpm bench`: every target of the public read path and the registry, each against a baseline
 * measured in the same run on the same database, printed as one table that says which fall short.
 * BENCH_SECONDS sets each load's length (default 10). DATABASE_URL works as for the tests.
 */
import 'reflect-metadata';
import { benchDatabase, stopBenchCluster } from './lib/database.js';
import { printTable } from './lib/report.js';
import { noticeRead } from './notice-read.js';
import { pageLoad } from './page-load.js';
import { votes } from './votes.js';
import { registryStatistics } from './registry-statistics.js';
import { registryImport } from './registry-import.js';

const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY='notice page load'
const suites: [string, (db: Awaited<ReturnType<typeof benchDatabase>>) => Promise<void>][] = [
  ['notice read', noticeRead],
  ['votes', votes],
  ['notice page load', pageLoad],
  ['registry statistics', registryStatistics],
  ['registry import', registryImport],
];

let failed = false;
try {
  for (const [name, suite] of suites) {
    if (only && name !== only) continue;
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
