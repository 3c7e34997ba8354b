import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laomo-embedded-'));
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
  it('keeps its data across a stop and a second start, on a port other than 5432', async () => {
    const first = await startEmbeddedPostgres(path.join(dir, 'pg'));
    expect(new URL(first.url('x')).port).not.toBe('5432');
    await first.createDatabase('keep');
    await query(first.url('keep'), `create table note (text text); insert into note values ('保留')`);
    await first.stop();

    const second = await startEmbeddedPostgres(path.join(dir, 'pg'));
    try {
      await second.createDatabase('keep'); // already there: left alone
      expect(await query(second.url('keep'), 'select text from note')).toEqual([{ text: '保留' }]);
      expect(fs.statSync(path.join(dir, 'pg')).mode & 0o777).toBe(0o700);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
