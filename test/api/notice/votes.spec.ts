import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vote } from '@laomo/server/modules/vote/vote.entity.js';
import { seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const VOTE = `mutation($input: VoteCastInput!) { voteCast(input: $input) { entry { id viewerHasVoted } campaign { viewerVotesRemaining } userErrors { code field message } } }`;
const TALLY = `query($id: ID!) { notice(id: $id) { campaign { votingOpenNow viewerVotesRemaining } entries { nodes { id voteCount viewerHasVoted } } } }`;
const WINDOW = { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00' };

const vote = (client: ApiClient, entry: string, idempotencyKey?: string) => client.ok(VOTE, { input: { entry, idempotencyKey } }).then((d) => d.voteCast);
const votesFor = (nomination: string) => t.app.orm.em.fork().count(Vote, { nomination });

describe('public voting', () => {
  let fx: NoticeFixture;
  beforeAll(async () => { fx = await seedOpenNotice(t, { candidates: 4, voting: { ...WINDOW, votesPerAccount: 2 } }); });

  it('is refused outside the window', async () => {
    t.clock.set('2026-03-01T20:00:00+08:00');
    expect((await vote(await t.as('public'), fx.entries[0])).userErrors[0].code).toBe('vote/not_open');
  });

  it('200 concurrent identical votes from one account for one candidate store exactly one', async () => {
    t.clock.set('2026-03-03');
    const me = await t.as('public');
    const results = await Promise.all(Array.from({ length: 200 }, () => vote(me, fx.entries[0])));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(new Set(results.flatMap((r) => r.userErrors.map((e: any) => e.code)))).toEqual(new Set(['vote/already_voted', 'common/rate_limited']));
    expect(await votesFor(fx.nominations[0])).toBe(1);
  });

  it('the limit per account per campaign holds when votes for different candidates arrive together', async () => {
    t.clock.set('2026-03-04');
    const me = await t.as('employee', 'en');
    const results = await Promise.all(fx.entries.map((entry) => vote(me, entry)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(2);
    expect(results.filter((r) => r.userErrors[0]?.code === 'vote/limit_reached')[0].userErrors[0].message).toBe('You have used all 2 votes of this campaign');
    const { notice } = await me.ok(TALLY, { id: fx.notice });
    expect(notice.campaign.viewerVotesRemaining).toBe(0);
    expect(notice.entries.nodes.filter((e: any) => e.viewerHasVoted)).toHaveLength(2);
  });

  it('a retried vote with the same idempotency key returns the first result', async () => {
    const me = await t.as('modelworker');
    const [a, b] = await Promise.all([vote(me, fx.entries[3], 'vote-retry-0001'), vote(me, fx.entries[3], 'vote-retry-0001')]);
    expect(a).toEqual(b);
    expect(a.userErrors).toEqual([]);
    expect(a.campaign.viewerVotesRemaining).toBe(1);
  });

  it('hides tallies until the window closes, except from reviewers reaching the notice', async () => {
    t.clock.set('2026-03-05');
    const anonymous = (await t.anonymous().ok(TALLY, { id: fx.notice })).notice;
    expect(anonymous.entries.nodes.map((e: any) => e.voteCount)).toEqual([null, null, null, null]);
    expect(anonymous.campaign).toEqual({ votingOpenNow: true, viewerVotesRemaining: null });
    const reviewer = (await (await t.as('chaoyang')).ok(TALLY, { id: fx.notice })).notice;
    expect(reviewer.entries.nodes[0].voteCount).toBe(await votesFor(fx.nominations[0]));
    expect((await (await t.as('haidian')).ok(TALLY, { id: fx.notice })).notice.entries.nodes[0].voteCount).toBeNull();
    t.clock.set('2026-03-06T17:00:00+08:00');
    const after = (await t.anonymous().ok(TALLY, { id: fx.notice })).notice;
    const counts = await Promise.all(fx.nominations.map(votesFor));
    expect(after.entries.nodes.map((e: any) => e.voteCount)).toEqual(counts);
    expect(after.campaign.votingOpenNow).toBe(false);
  });

  it('shows tallies live when the campaign says so', async () => {
    t.clock.set('2026-03-03');
    const live = await seedOpenNotice(t, { candidates: 1, voting: { ...WINDOW, tally: 'LIVE' as never } });
    await vote(await t.as('employee'), live.entries[0]);
    const { notice } = await t.anonymous().ok(TALLY, { id: live.notice });
    expect(notice.entries.nodes[0].voteCount).toBe(1);
  });
});
