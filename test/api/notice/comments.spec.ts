import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 2 });
  t.clock.set('2026-03-03');
});
afterAll(async () => { await t.close(); });

const CREATE = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id body stance authorName } userErrors { code field message } } }`;
const THREAD = `query($id: ID!) { noticeEntry(id: $id) { commentCount comments(first: 20) { totalCount nodes { id body authorName replyCount replies { totalCount nodes { id body } } } } } }`;
const QUEUE = `query($filter: CommentModerationFilter) { commentModerationQueue(filter: $filter, first: 20) { totalCount nodes { status reportCount hiddenReason hiddenByName hiddenAt comment { id body } } } }`;

async function comment(client: ApiClient, input: Record<string, unknown>) {
  const { commentCreate } = await client.ok(CREATE, { input: { entry: fx.entries[0], stance: 'SUPPORT', ...input } });
  return commentCreate;
}

describe('comments on a candidate', () => {
  it('a member of the public comments and is shown masked; the text stays plain text', async () => {
    const me = await t.as('public');
    const made = await comment(me, { body: '<b>孙师傅</b>技术过硬，实至名归！' });
    expect(made.userErrors).toEqual([]);
    expect(made.comment).toMatchObject({ body: '<b>孙师傅</b>技术过硬，实至名归！', authorName: '市○○○丽', stance: 'SUPPORT' });
  });

  it('refuses visitors who are not signed in, and staff accounts without a verified phone', async () => {
    const anonymous = await t.anonymous().ok(CREATE, { input: { entry: fx.entries[0], stance: 'NEUTRAL', body: '路过' } });
    expect(anonymous.commentCreate.userErrors[0].code).toBe('auth/required');
    const staff = await comment(await t.as('chaoyang'), { body: '工作人员不应以公众身份评论' });
    expect(staff.userErrors[0].code).toBe('participation/phone_required');
  });

  it('limits the length and refuses an empty comment', async () => {
    const me = await t.as('employee', 'en');
    const long = await comment(me, { body: '很'.repeat(501) });
    expect(long.userErrors).toEqual([{ code: 'common/invalid', field: ['body'], message: 'must be 1 to 500 characters long' }]);
    const blank = await comment(me, { body: '   ' });
    expect(blank.userErrors[0]).toMatchObject({ code: 'comment/empty', field: ['body'] });
  });

  it('replies go one level deep', async () => {
    const me = await t.as('employee');
    const parent = (await comment(me, { body: '请问该同志的合理化建议有哪些被采纳？', stance: 'NEUTRAL' })).comment;
    const reply = await comment(await t.as('modelworker'), { body: '主轴加工工艺改进已在全厂推广。', parent: parent.id });
    expect(reply.userErrors).toEqual([]);
    const deeper = await comment(me, { body: '谢谢说明', parent: reply.comment.id });
    expect(deeper.userErrors[0]).toMatchObject({ code: 'comment/reply_depth', field: ['parent'] });
    const elsewhere = await (await t.as('employee')).ok(CREATE, { input: { entry: fx.entries[1], stance: 'SUPPORT', body: '同意', parent: parent.id } });
    expect(elsewhere.commentCreate.userErrors[0].code).toBe('comment/parent_elsewhere');
  });

  it('the same comment submitted ten times with one idempotency key is stored once', async () => {
    const me = await t.as('modelworker');
    const input = { body: '网络不好，重复提交也只应保存一条。', idempotencyKey: 'retry-0001-comment' };
    const results = await Promise.all(Array.from({ length: 10 }, () => comment(me, input)));
    const ids = new Set(results.map((r) => r.comment?.id));
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    const { noticeEntry } = await t.anonymous().ok(THREAD, { id: fx.entries[0] });
    expect(noticeEntry.comments.nodes.filter((c: any) => c.body === input.body)).toHaveLength(1);
    const again = await comment(me, input);
    expect(again.comment.id).toBe([...ids][0]);
  });

  it('a key used for another action is refused', async () => {
    const me = await t.as('employee');
    await comment(me, { body: '第一条', idempotencyKey: 'shared-key-01' });
    const report = await me.ok(`mutation($input: CommentReportInput!) { commentReport(input: $input) { userErrors { code } } }`, {
      input: { comment: (await comment(me, { body: '第二条' })).comment.id, reason: '重复发帖', idempotencyKey: 'shared-key-01' },
    });
    expect(report.commentReport.userErrors[0].code).toBe('common/idempotency_conflict');
  });
});

describe('moderation', () => {
  let target: string;

  it('a reported comment enters the queue of the district that runs the notice, not of another district', async () => {
    const author = await t.as('employee');
    target = (await comment(author, { body: '此人有问题，大家去他家看看就知道了，住址是……', stance: 'CONCERN' })).comment.id;
    const reporter = await t.as('public');
    const reported = await reporter.ok(`mutation($input: CommentReportInput!) { commentReport(input: $input) { userErrors { code } } }`, {
      input: { comment: target, reason: '泄露他人隐私' },
    });
    expect(reported.commentReport.userErrors).toEqual([]);
    const chaoyang = await (await t.as('chaoyang')).ok(QUEUE, { filter: 'REPORTED' });
    expect(chaoyang.commentModerationQueue.nodes.map((n: any) => n.comment.id)).toEqual([target]);
    expect(chaoyang.commentModerationQueue.nodes[0].reportCount).toBe(1);
    const haidian = await (await t.as('haidian')).ok(QUEUE, { filter: 'ALL' });
    expect(haidian.commentModerationQueue.totalCount).toBe(0);
    const publicQueue = await (await t.as('public')).gql(QUEUE, { filter: 'ALL' });
    expect(publicQueue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a hidden comment appears in no public query or count, and staff see who hid it, when and why', async () => {
    const before = (await t.anonymous().ok(THREAD, { id: fx.entries[0] })).noticeEntry;
    const staff = await t.as('chaoyang');
    const refusedElsewhere = await (await t.as('haidian')).ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`, {
      input: { comment: target, reason: '泄露隐私' },
    });
    expect(refusedElsewhere.commentHide.userErrors[0].code).toBe('auth/forbidden');
    const hidden = await staff.ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { moderation { status hiddenReason hiddenByName hiddenAt } userErrors { code } } }`, {
      input: { comment: target, reason: '含他人住址等个人信息' },
    });
    expect(hidden.commentHide.moderation).toMatchObject({ status: 'HIDDEN', hiddenReason: '含他人住址等个人信息', hiddenByName: '朝阳区总工会 李强' });

    const after = (await t.anonymous().ok(THREAD, { id: fx.entries[0] })).noticeEntry;
    expect(after.commentCount).toBe(before.commentCount - 1);
    expect(after.comments.totalCount).toBe(before.comments.totalCount - 1);
    expect(JSON.stringify(after)).not.toContain(target);
    expect((await t.anonymous().ok(`query($id: ID!) { node(id: $id) { id } }`, { id: target })).node).toBeNull();
    const signedIn = (await (await t.as('employee')).ok(THREAD, { id: fx.entries[0] })).noticeEntry;
    expect(JSON.stringify(signedIn)).not.toContain(target);
    const report = await (await t.as('modelworker')).ok(`mutation($input: CommentReportInput!) { commentReport(input: $input) { userErrors { code } } }`, { input: { comment: target, reason: '不实信息' } });
    expect(report.commentReport.userErrors[0].code).toBe('common/not_found');
    const reply = await comment(await t.as('public'), { body: '回复被屏蔽的评论', parent: target });
    expect(reply.userErrors[0].code).toBe('common/not_found');

    const queue = await staff.ok(QUEUE, { filter: 'HIDDEN' });
    expect(queue.commentModerationQueue.nodes[0]).toMatchObject({ comment: { id: target }, hiddenByName: '朝阳区总工会 李强', hiddenReason: '含他人住址等个人信息' });
    expect(queue.commentModerationQueue.nodes[0].hiddenAt).toBeTruthy();
    expect((await staff.ok(QUEUE, { filter: 'REPORTED' })).commentModerationQueue.totalCount).toBe(0);
  });

  it('un-hiding puts the comment back', async () => {
    const staff = await t.as('chaoyang');
    const shown = await staff.ok(`mutation($input: CommentUnhideInput!) { commentUnhide(input: $input) { moderation { status hiddenReason } userErrors { code } } }`, { input: { comment: target } });
    expect(shown.commentUnhide.moderation).toEqual({ status: 'VISIBLE', hiddenReason: null });
    const thread = (await t.anonymous().ok(THREAD, { id: fx.entries[0] })).noticeEntry;
    expect(thread.comments.nodes.map((c: any) => c.id)).toContain(target);
  });
});
