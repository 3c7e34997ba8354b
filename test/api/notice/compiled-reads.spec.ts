import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

// An anonymous GET runs compiled (graphql-jit), a POST or a signed-in request through graphql-js
// (server/src/schema/compiled-execution.ts); the notice's entries are read as one projection. Both
// must answer exactly alike, data and errors.

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 6, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never } });
  t.clock.set('2026-03-03');
  const me = await t.as('public');
  await me.ok(`mutation($input: VoteCastInput!) { voteCast(input: $input) { userErrors { code } } }`, { input: { entry: fx.entries[1] } });
  const comment = (body: string) => me.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`, {
    input: { entry: fx.entries[0], body, stance: 'SUPPORT' },
  }).then((d) => d.commentCreate.comment.id as string);
  await comment('支持！');
  const hidden = await comment('含他人住址的评论');
  await (await t.as('chaoyang')).ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`, {
    input: { comment: hidden, reason: '含他人住址等个人信息' },
  });
});
afterAll(async () => { await t.close(); });

/** The web's notice document (web/src/components/notice/noticeDocuments.ts), with urql's `__typename`s. */
const WEB_NOTICE = `query Notice($id: ID!, $first: Int, $after: String) {
  notice(id: $id) {
    id title stage startsOn endsOn workingDays phase remainingWorkingDays objectionContact publishedAt snapshotHash __typename
    organization { id name __typename }
    campaign { id name objectionIdentity votingEnabled votingOpenNow votingOpensAt votingClosesAt votesPerAccount viewerVotesRemaining __typename }
    entries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor __typename }
      nodes { id position status candidateName gender employerName post honorName honorsHeld publicSummary commentCount voteCount viewerHasVoted __typename }
      __typename }
  }
}`;

async function get(query: string, variables: Record<string, unknown>) {
  const url = new URL('/graphql', t.url);
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'accept-language': 'zh-CN' } });
  return { status: response.status, body: await response.json() };
}

async function post(query: string, variables: Record<string, unknown>) {
  const response = await fetch(new URL('/graphql', t.url), {
    method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' }, body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

describe('a public read executed compiled', () => {
  it('answers the web’s notice page exactly as graphql-js does, hidden comments left out of the count', async () => {
    for (const variables of [{ id: fx.notice, first: 4 }, { id: fx.notice, first: 4, after: 'bzoz' }, { id: fx.notice, first: 50 }]) {
      const compiled = await get(WEB_NOTICE, variables);
      const interpreted = await post(WEB_NOTICE, variables);
      expect(compiled.status).toBe(200);
      expect(compiled.body.errors).toBeUndefined();
      expect(compiled.body).toEqual(interpreted.body);
    }
    const page = (await get(WEB_NOTICE, { id: fx.notice, first: 4 })).body.data.notice.entries;
    expect(page.totalCount).toBe(6);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes.map((e: { position: number }) => e.position)).toEqual([1, 2, 3, 4]);
    expect(page.nodes[0].commentCount).toBe(1);
    expect(page.nodes[1].voteCount).toBe(1);
    expect(page.nodes[0].viewerHasVoted).toBe(false);
    const past = (await get(WEB_NOTICE, { id: fx.notice, first: 4, after: Buffer.from('o:9').toString('base64url') })).body.data.notice.entries;
    expect(past).toMatchObject({ totalCount: 6, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a bad page or variable with the same coded error as graphql-js', async () => {
    for (const variables of [{ id: fx.notice, first: 500 }, { id: fx.notice, first: 'many' }, { id: fx.notice, after: 'not-a-cursor' }]) {
      const compiled = await get(WEB_NOTICE, variables);
      const interpreted = await post(WEB_NOTICE, variables);
      expect(compiled.body.errors?.length, JSON.stringify(variables)).toBeGreaterThan(0);
      expect(compiled.status).toBe(interpreted.status);
      expect(compiled.body).toEqual(interpreted.body);
    }
  });

  it('answers an unknown notice with null', async () => {
    expect((await get(WEB_NOTICE, { id: fx.entries[0] })).body).toEqual({ data: { notice: null } });
  });
});
