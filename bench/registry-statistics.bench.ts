/**
 * The public statistics page at the registry's design size (DOMAIN.md: about 20,000 records).
 * Baseline: the one raw SQL statement that counts by district, run on the same connection in the same
 * run; the API's whole query (five grouped counts, GraphQL over HTTP) is reported as a ratio to it.
 * Run with `pnpm bench`.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { seedRegistry } from './seed-registry.js';

const RECORDS = 20_000;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await seedRegistry(t.app.orm.em.fork(), RECORDS);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe(`registry statistics over ${RECORDS.toLocaleString('en')} model workers`, () => {
  bench('raw SQL: one grouped count (baseline)', async () => {
    await t.app.orm.em.getConnection().execute(
      `select split_part(o.path, '/', 3) as district, count(*) from model_worker mw join organization o on o.id = mw.organization_id where mw.status = 'ACTIVE' group by district`,
    );
  }, { iterations: 20, warmupIterations: 3 });

  bench('GraphQL registryStatistics (five grouped counts over HTTP)', async () => {
    await t.anonymous().ok('{ registryStatistics { total byHonor { count } byDistrict { count } byGender { count } byCategory { count } } }');
  }, { iterations: 20, warmupIterations: 3 });
});
