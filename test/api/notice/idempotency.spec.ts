import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vote } from '@laomo/server/modules/vote/vote.entity.js';
import { Comment } from '@laomo/server/modules/comment/comment.entity.js';
import { REPLAY_WAIT_MS } from '@laomo/server/modules/participation/idempotency.js';
import { seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00' } });
});
afterAll(async () => { await t.close(); });

const VOTE = `mutation($input: VoteCastInput!) { voteCast(input: $input) { entry { id viewerHasVoted } campaign { viewerVotesRemaining } userErrors { code field message } } }`;
const COMMENT = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id body } userErrors { code field message } } }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { title entries { nodes { id } } } }`;

const vote = (client: ApiClient, entry: string, idempotencyKey: string) => client.ok(VOTE, { input: { entry, idempotencyKey } }).then((d) => d.voteCast);
const votesOf = async (username: string) => t.app.orm.em.fork().count(Vote, { account: { username } });

/** Runs `n` calls at once and answers with their results and the time the slowest took. */
async function burst<T>(n: number, call: (i: number) => Promise<T>): Promise<{ results: T[]; ms: number }> {
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: n }, (_, i) => call(i)));
  return { results, ms: performance.now() - started };
}

/**
 * The time allowed for a burst of `n` requests. What these tests guard against is a stall: replays
 * that hold pool connections while they wait starve the claimant, and the server stands still until
 * each replay gives up after REPLAY_WAIT_MS. So the bound is half that wait, or on a machine too busy
 * for it (the suite shares two cores) six times what `n` plain signed-in reads take on it right now.
 * How fast replays are is measured in bench/, not here: a tight bound here failed CI on a busy run
 * (2.6 s against 3× the reads' 0.8 s) with nothing stalled.
 */
async function allowedMs(client: ApiClient, n: number): Promise<number> {
  const read = () => client.ok('query { viewer { account { id } } }');
  await burst(10, read);
  const { ms } = await burst(n, read);
  return Math.max(REPLAY_WAIT_MS / 2, 6 * ms);
}

describe('idempotency keys on public actions', () => {
  it('100 concurrent replays of one vote store one vote and give 100 identical answers well before a replay would give up, while an anonymous reader is served promptly', async () => {
    t.clock.set('2026-03-03T10:00:00+08:00');
    const me = await t.as('public');
    const allowed = await allowedMs(me, 100);
    const replays = burst(100, () => vote(me, fx.entries[0], 'burst-vote-0001'));
    const reading = (async () => {
      const started = performance.now();
      const { notice } = await t.anonymous().ok(NOTICE, { id: fx.notice });
      return { notice, ms: performance.now() - started };
    })();
    const [{ results, ms }, read] = await Promise.all([replays, reading]);
    console.info(`[idempotency] 100 replays took ${Math.round(ms)} ms (allowed ${Math.round(allowed)} ms); a read during them ${Math.round(read.ms)} ms`);
    expect(results[0].userErrors).toEqual([]);
    expect(results[0].entry).toEqual({ id: fx.entries[0], viewerHasVoted: true });
    expect(results.every((r) => JSON.stringify(r) === JSON.stringify(results[0]))).toBe(true);
    expect(await votesOf('public')).toBe(1);
    expect(ms).toBeLessThan(allowed);
    expect(read.notice.entries.nodes).toHaveLength(3);
    expect(read.ms).toBeLessThan(allowed);
  });

  it('replays spread over two app instances on one database still store one vote', async () => {
    const other = await t.anotherInstance();
    const here = await t.as('employee');
    const there = await other.as('employee');
    const allowed = await allowedMs(here, 200);
    const { results, ms } = await burst(200, (i) => vote(i % 2 ? there : here, fx.entries[1], 'two-instances-0001'));
    console.info(`[idempotency] 200 replays on two instances took ${Math.round(ms)} ms (allowed ${Math.round(allowed)} ms)`);
    expect(results.every((r) => r.userErrors.length === 0 && r.entry.id === fx.entries[1])).toBe(true);
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await votesOf('employee')).toBe(1);
    expect(ms).toBeLessThan(allowed);
  });

  it('a used key with another input is refused in the caller’s language, and nothing is done', async () => {
    const me = await t.as('modelworker', 'en');
    expect((await vote(me, fx.entries[0], 'modelworker-key-01')).userErrors).toEqual([]);
    const other = await vote(me, fx.entries[2], 'modelworker-key-01');
    expect(other.userErrors).toEqual([{
      code: 'common/idempotency_conflict', field: ['idempotencyKey'],
      message: 'This idempotency key was already used for a different request; use a new key for a new request',
    }]);
    expect(other.entry).toBeNull();
    const zh = await (await t.as('modelworker')).ok(COMMENT, { input: { entry: fx.entries[0], stance: 'SUPPORT', body: '同一个键，另一条评论', idempotencyKey: 'modelworker-key-01' } });
    expect(zh.commentCreate.userErrors[0]).toMatchObject({ code: 'common/idempotency_conflict', message: '该幂等键已用于另一项请求，新的请求请使用新的键' });
    expect(await votesOf('modelworker')).toBe(1);
  });

  it('the same comment under one key with its fields in another order is the same request', async () => {
    const me = await t.as('public');
    const first = await me.ok(COMMENT, { input: { entry: fx.entries[0], stance: 'NEUTRAL', body: '字段顺序不同也是同一请求', idempotencyKey: 'order-key-0001' } });
    const again = await me.ok(COMMENT, { input: { idempotencyKey: 'order-key-0001', body: '字段顺序不同也是同一请求', stance: 'NEUTRAL', entry: fx.entries[0] } });
    expect(again.commentCreate).toEqual(first.commentCreate);
    expect(await t.app.orm.em.fork().count(Comment, { body: '字段顺序不同也是同一请求' })).toBe(1);
  });

  it('a key expires after a day: the same request then acts afresh', async () => {
    t.clock.set('2026-03-04T09:59:00+08:00');
    const me = await t.as('public');
    expect((await vote(me, fx.entries[0], 'burst-vote-0001')).userErrors).toEqual([]);
    t.clock.set('2026-03-04T10:01:00+08:00');
    expect((await vote(me, fx.entries[0], 'burst-vote-0001')).userErrors[0].code).toBe('vote/already_voted');
    expect(await votesOf('public')).toBe(1);
  });
});
