import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { processAlive as alive, startEmbeddedPostgres } from './embedded.js';

// Inside the project, like every folder laomo writes to; a private (0700) folder, like `mktemp -d` or root's home.
fs.mkdirSync(path.join(repoRoot, '.data'), { recursive: true });
const dir = fs.mkdtempSync(path.join(repoRoot, '.data', 'embedded-test-'));
const privateParent = path.join(dir, 'private');
fs.mkdirSync(privateParent, { mode: 0o700 });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL of `npm start`', () => {
  it('keeps its data across a stop and a second start, on a port other than 5432, inside a private folder it leaves private', async () => {
    const data = path.join(privateParent, 'pg');
    const first = await startEmbeddedPostgres(data);
    expect(new URL(first.url('x')).port).not.toBe('5432');
    await first.createDatabase('keep');
    await query(first.url('keep'), `create table note (text text); insert into note values ('保留')`);
    await first.stop();

    const second = await startEmbeddedPostgres(data);
    try {
      await second.createDatabase('keep'); // already there: left alone
      expect(await query(second.url('keep'), 'select text from note')).toEqual([{ text: '保留' }]);
      expect(fs.statSync(data).mode & 0o777).toBe(0o700);
      // Nothing outside its own data folder changes: the private parent stays private, the files stay ours.
      expect(fs.statSync(privateParent).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(data, 'PG_VERSION')).uid).toBe(process.getuid!());
    } finally {
      await second.stop();
    }
  }, 90_000);

  it('takes over from a server left running when laomo was killed (kill -9)', async () => {
    const data = path.join(privateParent, 'killed');
    // A laomo process that starts its database, says where, and is then killed without a chance to stop it.
    const script = path.join(dir, 'start-and-wait.ts');
    fs.writeFileSync(script, [
      `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(repoRoot, 'server/src/db/embedded.ts'))};`,
      `const db = await startEmbeddedPostgres(${JSON.stringify(data)});`,
      `console.log(JSON.stringify({ pid: db.pid, url: db.url('postgres') }));`,
      `setInterval(() => {}, 1000);`,
    ].join('\n'));
    const laomo = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', script], { cwd: path.join(repoRoot, 'server'), stdio: ['ignore', 'pipe', 'inherit'] });
    const started = await new Promise<{ pid: number; url: string }>((resolve, reject) => {
      let out = '';
      laomo.stdout!.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
      });
      laomo.on('exit', (code) => reject(new Error(`the child exited (${code}) before its database started`)));
    });
    laomo.kill('SIGKILL');
    await new Promise((r) => laomo.once('exit', r));
    expect(alive(started.pid)).toBe(true); // the orphaned server still runs and holds its shared memory

    const next = await startEmbeddedPostgres(data);
    try {
      expect(alive(started.pid)).toBe(false);
      expect(await query(next.url('postgres'), 'select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await next.stop();
    }
  }, 90_000);
});
