import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00' } });
  t.clock.set('2026-03-03T10:00:00+08:00');
});
afterAll(async () => { await t.close(); });

const COMMENT = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`;
const REPORT = `mutation($input: CommentReportInput!) { commentReport(input: $input) { userErrors { code field message } } }`;
const VOTE = `mutation($input: VoteCastInput!) { voteCast(input: $input) { userErrors { code } } }`;
const MY_COMMENTS = `{ viewerComments(first: 20) { totalCount nodes { body entry { id candidateName } } } }`;
const MY_VOTES = `{ viewerVotes(first: 20) { totalCount nodes { castAt entry { id candidateName } } } }`;

async function say(client: ApiClient, entry: string, body: string): Promise<string> {
  const { commentCreate } = await client.ok(COMMENT, { input: { entry, body, stance: 'SUPPORT' } });
  expect(commentCreate.userErrors).toEqual([]);
  return commentCreate.comment.id;
}

describe('a member of the public’s personal area', () => {
  it('lists their own comments and replies, newest first, each with its candidate; not anyone else’s, not hidden ones', async () => {
    const me = await t.as('public');
    const first = await say(me, fx.entries[0], '第一条：支持王师傅');
    t.clock.set('2026-03-03T10:05:00+08:00');
    await say(me, fx.entries[1], '第二条：支持李师傅');
    t.clock.set('2026-03-03T10:10:00+08:00');
    await say(me, fx.entries[0], '我也来一句');
    await say(await t.as('employee'), fx.entries[0], '别人的评论');
    const reply = await (await t.as('employee')).ok(COMMENT, { input: { entry: fx.entries[0], parent: first, body: '同意', stance: 'SUPPORT' } });
    expect(reply.commentCreate.userErrors).toEqual([]);

    const mine = (await me.ok(MY_COMMENTS)).viewerComments;
    expect(mine.nodes.map((c: { body: string }) => c.body)).toEqual(['我也来一句', '第二条：支持李师傅', '第一条：支持王师傅']);
    expect(mine.nodes[1].entry).toEqual({ id: fx.entries[1], candidateName: '李建国' });
    expect((await (await t.as('employee')).ok(MY_COMMENTS)).viewerComments.totalCount).toBe(2);

    const staff = await t.as('chaoyang');
    const hidden = await staff.ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`, { input: { comment: first, reason: '测试屏蔽' } });
    expect(hidden.commentHide.userErrors).toEqual([]);
    expect((await me.ok(MY_COMMENTS)).viewerComments.totalCount).toBe(2);
  });

  it('lists their own votes with the candidate voted for', async () => {
    const me = await t.as('modelworker');
    for (const entry of [fx.entries[2], fx.entries[0]]) expect((await me.ok(VOTE, { input: { entry } })).voteCast.userErrors).toEqual([]);
    expect((await (await t.as('public')).ok(VOTE, { input: { entry: fx.entries[1] } })).voteCast.userErrors).toEqual([]);
    const mine = (await me.ok(MY_VOTES)).viewerVotes;
    expect(mine.totalCount).toBe(2);
    expect(mine.nodes.map((v: { entry: { candidateName: string } }) => v.entry.candidateName).sort()).toEqual(['张建国', '王建国']);
    expect((await (await t.as('employee')).ok(MY_VOTES)).viewerVotes.totalCount).toBe(0);
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    for (const query of [MY_COMMENTS, MY_VOTES]) {
      const answer = await t.anonymous().gql(query);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('reporting a comment', () => {
  it('needs a reason, in the reporter’s language', async () => {
    const target = await say(await t.as('employee'), fx.entries[2], '一条被举报的评论');
    const blank = await (await t.as('public')).ok(REPORT, { input: { comment: target, reason: '   ' } });
    expect(blank.commentReport.userErrors).toEqual([{ code: 'comment/report_reason_required', field: ['reason'], message: '请写明举报理由' }]);
    const english = await (await t.as('public', 'en')).ok(REPORT, { input: { comment: target, reason: '' } });
    expect(english.commentReport.userErrors[0].message).toBe('Say why you report this comment');
    const given = await (await t.as('public')).ok(REPORT, { input: { comment: target, reason: '人身攻击' } });
    expect(given.commentReport.userErrors).toEqual([]);
  });
});
