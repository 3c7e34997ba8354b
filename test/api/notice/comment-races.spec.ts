import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { Comment } from '@laomo/server/modules/comment/comment.entity.js';
import { CommentReport } from '@laomo/server/modules/comment/comment-report.entity.js';
import { codes, seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp, staggered } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 1 });
  t.clock.set('2026-03-03');
});
afterAll(async () => { await t.close(); });

const CREATE = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`;
const REPORT = `mutation($input: CommentReportInput!) { commentReport(input: $input) { userErrors { code } } }`;
const HIDE = `mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`;


async function newComment(author: ApiClient, round: number): Promise<string> {
  const made = (await author.ok(CREATE, { input: { entry: fx.entries[0], stance: 'CONCERN', body: `第${round}条：此人事迹有出入` } })).commentCreate;
  expect(made.userErrors).toEqual([]);
  return made.comment.id;
}

/** The comment's status and report count as stored, and how many reports are stored for it. */
async function stored(comment: string) {
  const em = t.app.orm.em.fork();
  const id = idOf(comment, 'Comment')!;
  const row = await em.findOneOrFail(Comment, id);
  return { status: row.status, reportCount: row.reportCount, reports: await em.count(CommentReport, { comment: id }) };
}

describe('a comment reported and moderated at once', () => {
  it('two people reporting one comment at once are both counted', async () => {
    const [author, one, other] = await Promise.all([t.as('employee'), t.as('public'), t.as('modelworker')]);
    for (let round = 0; round < 4; round++) {
      const comment = await newComment(author, round);
      const sent = await Promise.all([
        one.gql(REPORT, { input: { comment, reason: '不实信息' } }),
        staggered(round).then(() => other.gql(REPORT, { input: { comment, reason: '人身攻击' } })),
      ]);
      expect(sent.map((s) => s.errors)).toEqual([undefined, undefined]);
      expect(sent.map((s) => codes(s.data!.commentReport))).toEqual([[], []]);
      expect(await stored(comment)).toEqual({ status: 'VISIBLE', reportCount: 2, reports: 2 });
    }
  });

  it('hidden while someone reports it: the report is counted before the hiding or refused after it', async () => {
    const [author, reporter, staff] = await Promise.all([t.as('employee'), t.as('public'), t.as('chaoyang')]);
    for (let round = 4; round < 8; round++) {
      const comment = await newComment(author, round);
      const [hide, report] = await Promise.all([
        staff.gql(HIDE, { input: { comment, reason: '内容不实' } }),
        staggered(round).then(() => reporter.gql(REPORT, { input: { comment, reason: '不实信息' } })),
      ]);
      expect(hide.errors ?? report.errors).toBeUndefined();
      expect(codes(hide.data!.commentHide)).toEqual([]);
      const reported = codes(report.data!.commentReport);
      expect([[], ['common/not_found']]).toContainEqual(reported);
      const counted = reported.length ? 0 : 1;
      expect(await stored(comment)).toEqual({ status: 'HIDDEN', reportCount: counted, reports: counted });
    }
  });
});
