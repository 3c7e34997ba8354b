import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { readRows, sendStatement, useNamedStatements } from './raw-read.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const bucket = (key: string) => [key, new Date('2026-12-03T00:00:00Z')];
const insertBucket = 'insert into rate_limit_bucket (key, window_start, hits) values (?, ?, 1)';
const countBuckets = 'select count(*)::int as n from rate_limit_bucket where key = ?';

class RolledBack extends Error {}

/** Runs `work` in a transaction that is then rolled back. */
async function inRolledBackTransaction(work: (tx: EntityManager) => Promise<void>): Promise<void> {
  await expect(t.app.orm.em.fork().transactional(async (tx) => {
    await work(tx as EntityManager);
    throw new RolledBack();
  })).rejects.toBeInstanceOf(RolledBack);
}

describe('sendStatement', () => {
  it("runs in the entity manager's transaction: its writes are seen there and rolled back with it", async () => {
    const key = `raw-read:${randomUUID()}`;
    await inRolledBackTransaction(async (tx) => {
      await sendStatement(tx, insertBucket, bucket(key));
      expect(await readRows(tx, countBuckets, [key])).toEqual([{ n: 1 }]);
      // Another connection does not see the uncommitted row.
      expect(await readRows(t.app.orm.em.fork(), countBuckets, [key])).toEqual([{ n: 0 }]);
    });
    expect(await readRows(t.app.orm.em.fork(), countBuckets, [key])).toEqual([{ n: 0 }]);
  });

  it('on its own commits at once, and stays when the transaction around it rolls back', async () => {
    const key = `raw-read:${randomUUID()}`;
    await inRolledBackTransaction(async (tx) => {
      await sendStatement(tx, insertBucket, bucket(key), { onItsOwn: true });
      expect(await readRows(t.app.orm.em.fork(), countBuckets, [key])).toEqual([{ n: 1 }]);
    });
    expect(await readRows(t.app.orm.em.fork(), countBuckets, [key])).toEqual([{ n: 1 }]);
  });

  it("fails with the ORM's exception for what went wrong, naming the index", async () => {
    const key = `raw-read:${randomUUID()}`;
    const em = t.app.orm.em.fork();
    await sendStatement(em, insertBucket, bucket(key));
    const error = await sendStatement(em, insertBucket, bucket(key)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniqueConstraintViolationException);
    expect((error as { constraint?: string }).constraint).toMatch(/rate_limit_bucket/);
  });

  it('is prepared once per connection and then only bound: later runs of the text on that connection are not planned again', async () => {
    const marker = `raw-read:${randomUUID()}`;
    await t.app.orm.em.fork().transactional(async (tx) => {
      for (let i = 0; i < 3; i++) expect(await sendStatement(tx as EntityManager, 'select ?::text as marker', [marker])).toEqual([{ marker }]);
      const statements = await readRows<{ name: string }>(tx as EntityManager, "select name from pg_prepared_statements where statement = 'select $1::text as marker'", []);
      expect(statements).toHaveLength(1);
      expect(statements[0]!.name).toMatch(/^laomo_/);
    });
  });

  it('is sent unnamed when named statements are off (LAOMO_NAMED_STATEMENTS=off), for a pooler that keeps none', async () => {
    const marker = `raw-read:${randomUUID()}`;
    useNamedStatements(false);
    try {
      await t.app.orm.em.fork().transactional(async (tx) => {
        expect(await sendStatement(tx as EntityManager, 'select ?::text as unnamed_marker', [marker])).toEqual([{ unnamed_marker: marker }]);
        useNamedStatements(true);
        expect(await readRows(tx as EntityManager, "select count(*)::int as n from pg_prepared_statements where statement = 'select $1::text as unnamed_marker'", [])).toEqual([{ n: 0 }]);
      });
    } finally {
      useNamedStatements(true);
    }
  });
});

