import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Account } from '../account/account.entity.js';
import { ViewerState } from '../account/viewer-state.js';
import { enforceRateLimit, RATE_LIMITS } from './rate-limit.js';
import type { Participant } from './participant.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** A participant as the limiter reads it: who (any account id) and from which address. */
function contextOf(accountId: string, address: string): Participant {
  const viewer = new ViewerState({ id: accountId } as Account, []);
  return { em: t.app.orm.em.fork(), viewer, now: t.app.services.clock.now(), wallClock: t.app.services.wallClock, address };
}

const refusal = (participant: Participant) => enforceRateLimit(participant, 'objection').then(() => null, (e: { code: string; params: { seconds: number } }) => e);

describe('rate limits', () => {
  it('an address over its limit is refused whichever account it uses, and says how long to wait', async () => {
    t.clock.set('2026-03-04T10:20:00+08:00');
    const { address } = RATE_LIMITS.objection;
    for (let i = 0; i < address.limit; i += 1) expect(await refusal(contextOf(randomUUID(), '203.0.113.7'))).toBeNull();
    const refused = await refusal(contextOf(randomUUID(), '203.0.113.7'));
    expect(refused).toMatchObject({ code: 'common/rate_limited', params: { seconds: 40 * 60 } });
    expect(await refusal(contextOf(randomUUID(), '198.51.100.9'))).toBeNull();
  });

  it('concurrent hits are all counted', async () => {
    t.clock.set('2026-03-05T10:00:00+08:00');
    const { limit } = RATE_LIMITS.objection.account;
    const account = randomUUID();
    const results = await Promise.all(Array.from({ length: limit * 3 }, (_, i) => refusal(contextOf(account, `192.0.2.${i}`))));
    expect(results.filter((r) => r === null)).toHaveLength(limit);
  });

  it('concurrent hits sharing both the account and the address are counted on both, in one statement each, without deadlock', async () => {
    t.clock.set('2026-03-06T10:00:00+08:00');
    const { account: perAccount } = RATE_LIMITS.objection;
    const account = randomUUID();
    const results = await Promise.all(Array.from({ length: perAccount.limit * 4 }, () => refusal(contextOf(account, '192.0.2.200'))));
    expect(results.filter((r) => r === null)).toHaveLength(perAccount.limit);
    const rows = await t.app.orm.em.fork().getConnection().execute<{ key: string; hits: number }[]>(
      'select key, hits from rate_limit_bucket where key in (?, ?) order by key', [`objection:account:${account}`, 'objection:address:192.0.2.200']);
    expect(rows.map((r) => r.hits)).toEqual([perAccount.limit * 4, perAccount.limit * 4]);
  });

  it('a key’s older windows are purged when it is hit again', async () => {
    t.clock.set('2026-03-07T10:00:00+08:00');
    const account = randomUUID();
    await refusal(contextOf(account, '192.0.2.201'));
    t.clock.set('2026-03-07T12:00:00+08:00');
    await refusal(contextOf(account, '192.0.2.201'));
    const rows = await t.app.orm.em.fork().getConnection().execute<{ n: number }[]>(
      'select count(*)::int as n from rate_limit_bucket where key in (?, ?)', [`objection:account:${account}`, 'objection:address:192.0.2.201']);
    expect(rows[0]!.n).toBe(2);
  });
});
