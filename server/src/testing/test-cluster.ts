/**
 * The PostgreSQL server the tests use: DATABASE_URL when given (any PostgreSQL 15+), else one
 * embedded cluster for the whole run. A template database is migrated and seeded once; every test
 * file then gets its own copy (`create database … template …`, a fraction of a second).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import { ormConfig } from '../db/orm-config.js';
import { repoRoot } from '../config.js';
import { migrate } from '../db/lifecycle.js';
import { DemoSeeder } from '../db/seeders/DemoSeeder.js';
import { JobQueue } from '../common/jobs/job-queue.js';

export interface TestCluster {
  /** Connection string of the server with the database part left for the caller. */
  serverUrl: string;
  template: string;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function startTestCluster(): Promise<TestCluster> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Inside the project (`.data/` is ignored by git), never in a folder shared with others.
    fs.mkdirSync(path.join(repoRoot, '.data'), { recursive: true });
    dataDir = fs.mkdtempSync(path.join(repoRoot, '.data', 'test-pg-'));
    embedded = await startEmbeddedPostgres(path.join(dataDir, 'pg'));
    serverUrl = embedded.url('postgres');
  }
  const cluster = { serverUrl, template: `laomo_tpl_${randomBytes(4).toString('hex')}` };
  try {
    await adminQuery(serverUrl, `create database ${cluster.template}`);
    const orm = await MikroORM.init(ormConfig(databaseUrl(serverUrl, cluster.template)));
    try {
      await migrate(orm);
      await orm.getSeeder().seed(DemoSeeder);
    } finally {
      await orm.close(true);
    }
    // The job queue's schema too, so each copy's app starts its queue without installing it (0.1 s a file).
    const queue = new JobQueue(databaseUrl(serverUrl, cluster.template));
    await queue.start();
    await queue.stop();
  } catch (error) {
    await stopTestCluster(cluster);
    throw error;
  }
  return cluster;
}

export async function stopTestCluster(cluster: TestCluster): Promise<void> {
  if (embedded) {
    await embedded.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  // On a shared server, leave nothing behind: the copies of this run, then the template.
  const client = new pg.Client({ connectionString: databaseUrl(cluster.serverUrl, 'postgres') });
  await client.connect();
  try {
    const rows = await client.query(`select datname from pg_database where datname like $1`, [`${cluster.template.replace('tpl', 't')}%`]);
    for (const row of rows.rows) await client.query(`drop database if exists "${row.datname}" with (force)`);
    await client.query(`drop database if exists ${cluster.template} with (force)`);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the run's template. */
export async function createTestDatabase(cluster: TestCluster): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${cluster.template.replace('tpl', 't')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(cluster.serverUrl, `create database ${name} template ${cluster.template}`);
  return {
    url: databaseUrl(cluster.serverUrl, name),
    drop: () => adminQuery(cluster.serverUrl, `drop database if exists ${name} with (force)`),
  };
}
