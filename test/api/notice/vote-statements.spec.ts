import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, statementsOf, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** The web's own VoteCast document (web/src/components/vote/voteDocuments.ts). */
const VOTE_CAST = `mutation VoteCast($input: VoteCastInput!) { voteCast(input: $input) {
  entry { id viewerHasVoted voteCount } campaign { id viewerVotesRemaining } userErrors { code field message } } }`;

describe('one vote', () => {
  it('is cast, counted and answered in 6 statements: who asks, begin, both rate limits, the entry, the vote with its allowance and count, commit', async () => {
    const fx = await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', votesPerAccount: 2, tally: 'LIVE' as never } });
    t.clock.set('2026-03-03');
    const me = await t.as('public');
    let answer: any;
    const statements = await statementsOf(t, async () => { answer = (await me.ok(VOTE_CAST, { input: { entry: fx.entries[0] } })).voteCast; });
    expect(answer.userErrors).toEqual([]);
    expect(answer.entry).toMatchObject({ viewerHasVoted: true, voteCount: 1 });
    expect(answer.campaign.viewerVotesRemaining).toBe(1);
    expect(statements.length).toBeLessThanOrEqual(6);

    const other = await t.as('employee');
    const second = (await other.ok(VOTE_CAST, { input: { entry: fx.entries[0] } })).voteCast;
    expect(second.entry).toMatchObject({ viewerHasVoted: true, voteCount: 2 });
    expect(second.campaign.viewerVotesRemaining).toBe(1);
  });

  it('is refused as not found for a candidate who did not consent to publication, or an unknown one', async () => {
    const fx = await seedOpenNotice(t, { candidates: 2, withoutConsent: [1], voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never } });
    t.clock.set('2026-03-03');
    const me = await t.as('public');
    const hidden = (await me.ok(VOTE_CAST, { input: { entry: fx.entries[1] } })).voteCast;
    expect(hidden.userErrors.map((e: any) => e.code)).toEqual(['common/not_found']);
    const unknown = (await me.ok(VOTE_CAST, { input: { entry: Buffer.from('NoticeEntry:00000000-0000-4000-8000-000000000000').toString('base64url') } })).voteCast;
    expect(unknown.userErrors.map((e: any) => e.code)).toEqual(['common/not_found']);
    const counted = (await me.ok(VOTE_CAST, { input: { entry: fx.entries[0] } })).voteCast;
    expect(counted.entry).toMatchObject({ viewerHasVoted: true, voteCount: 1 });
  });
});
