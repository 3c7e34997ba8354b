import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, statementsOf, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const PAGE = `query($id: ID!, $first: Int!) { notice(id: $id) {
  title phase remainingWorkingDays objectionContact organization { name } campaign { name votingOpenNow viewerVotesRemaining }
  entries(first: $first) { totalCount nodes { id position status candidateName employerName post honorsHeld publicSummary commentCount voteCount viewerHasVoted notice { id }
    comments(first: 3) { totalCount nodes { body authorName replyCount } } } }
} }`;

describe('a notice page', () => {
  it('is served with the same number of SQL statements for 10 and 500 candidates', async () => {
    const voting = { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never };
    const small = await seedOpenNotice(t, { candidates: 10, voting });
    const large = await seedOpenNotice(t, { candidates: 500, voting });
    t.clock.set('2026-03-03');
    const me = await t.as('public');
    for (const fx of [small, large]) {
      await me.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { userErrors { code } } }`, { input: { entry: fx.entries[0], body: '支持！', stance: 'SUPPORT' } });
    }
    await t.anonymous().ok(PAGE, { id: small.notice, first: 10 });

    let smallPage: any;
    let largePage: any;
    const smallStatements = await statementsOf(t, async () => { smallPage = await me.ok(PAGE, { id: small.notice, first: 10 }); }); // a full page, as the large one's
    const largeStatements = await statementsOf(t, async () => { largePage = await me.ok(PAGE, { id: large.notice, first: 100 }); });
    expect(smallPage.notice.entries.nodes).toHaveLength(10);
    expect(largePage.notice.entries.nodes).toHaveLength(100);
    expect(largePage.notice.entries.totalCount).toBe(500);
    expect(largePage.notice.entries.nodes[0].commentCount).toBe(1);
    expect(smallStatements.length).toBeGreaterThan(0);
    expect(largeStatements.length).toBe(smallStatements.length);
    expect(largeStatements.length).toBeLessThanOrEqual(30);
  });

  it("is read by an anonymous visitor, as the web asks for it, in at most 3 statements for 10 and for 500 candidates", async () => {
    const small = await seedOpenNotice(t, { candidates: 10 });
    const large = await seedOpenNotice(t, { candidates: 500 });
    t.clock.set('2026-03-03');
    const visitor = t.anonymous();
    await visitor.ok(WEB_NOTICE, { id: small.notice, first: 50 }); // the calendar is read once per instance, not per request
    for (const fx of [small, large]) {
      let page: any;
      const statements = await statementsOf(t, async () => { page = await visitor.ok(WEB_NOTICE, { id: fx.notice, first: 50 }); });
      expect(page.notice.entries.nodes.length).toBe(Math.min(50, fx.entries.length));
      expect(page.notice.entries.totalCount).toBe(fx.entries.length);
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(3);
    }
  });

  it('is read with its live vote tally, a full page of 50 of 100 candidates, in at most 3 statements', async () => {
    const fx = await seedOpenNotice(t, { candidates: 100, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never } });
    t.clock.set('2026-03-03');
    const visitor = t.anonymous();
    await visitor.ok(WEB_NOTICE, { id: fx.notice, first: 50 });
    let page: any;
    const statements = await statementsOf(t, async () => { page = await visitor.ok(WEB_NOTICE, { id: fx.notice, first: 50 }); });
    expect(page.notice.entries.nodes).toHaveLength(50);
    expect(page.notice.entries.totalCount).toBe(100);
    expect(page.notice.entries.nodes[0].voteCount).toBe(0);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(3);
  });
});

/** The notice page's own query (web/src/components/notice/noticeDocuments.ts). */
const WEB_NOTICE = `query Notice($id: ID!, $first: Int, $after: String) {
  notice(id: $id) {
    id title stage startsOn endsOn workingDays phase remainingWorkingDays objectionContact publishedAt snapshotHash
    organization { id name }
    campaign { id name objectionIdentity votingEnabled votingOpenNow votingOpensAt votingClosesAt votesPerAccount viewerVotesRemaining }
    entries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id position status candidateName gender employerName post honorName honorsHeld publicSummary commentCount voteCount viewerHasVoted } }
  }
}`;
