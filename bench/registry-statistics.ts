/**
 * The public statistics page at the registry's design size (DOMAIN.md: about 20,000 records): laomo's
 * whole query (five grouped counts, GraphQL over HTTP, cache off) against the one raw SQL statement that
 * counts by district, on the same database in the same run. Reported, with no target of its own.
 */
import pg from 'pg';
import type { BenchDatabase } from './lib/database.js';
import { startLaomo } from './lib/processes.js';
import { fixed, record } from './lib/report.js';
import { seedRegistry } from './seed-registry.js';

const RECORDS = 20_000;
const ROUNDS = 20;
const QUERY = '{ registryStatistics { total byHonor { count } byDistrict { count } byGender { count } byCategory { count } } }';

async function timeEach(rounds: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) await run();
  return (performance.now() - started) / rounds;
}

export async function registryStatistics(db: BenchDatabase): Promise<void> {
  await seedRegistry(db.orm.em.fork(), RECORDS);
  const laomo = await startLaomo(db.url, { publicCache: false });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const raw = await timeEach(ROUNDS, () => client.query(
      `select split_part(o.path, '/', 3) as district, count(*) from model_worker mw join organization o on o.id = mw.organization_id where mw.status = 'ACTIVE' group by district`,
    ));
    const api = await timeEach(ROUNDS, async () => {
      const response = await fetch(`${laomo.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    record({ target: `registry statistics over ${RECORDS.toLocaleString('en')} records (ms per request)`, laomo: `${fixed(api, 1)} ms`, baseline: `${fixed(raw, 1)} ms (one grouped count)`, ratio: `${fixed(api / raw, 1)}×`, goal: '(reported)', met: true });
  } finally {
    await client.end();
    await laomo.stop();
  }
}
