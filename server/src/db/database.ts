import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import type { Config } from '../config.js';

export interface Database {
  url: string;
  embedded?: EmbeddedDatabase;
  stop(): Promise<void>;
}

/** Creates the database named in `url` when the server has none by that name (for an existing server). */
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The database laomo runs on: `DATABASE_URL` when given, else an embedded PostgreSQL kept in
 * `<dataDir>/pg` on a free port, so a system PostgreSQL on 5432 is never touched.
 */
export async function openDatabase(config: Config, name = 'laomo'): Promise<Database> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'));
  await embedded.createDatabase(name);
  return { url: embedded.url(name), embedded, stop: () => embedded.stop() };
}
