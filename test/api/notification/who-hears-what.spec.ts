import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BELL, deliverNow, done, MARK_ALL_READ, MARK_READ, MY_NOTIFICATIONS, organizationId, SAMPLE, seedOpenNotice, startTestApp, toldOf,
  type ApiClient, type TestApp,
} from '../../support/testkit/index.js';
import { escalateOverdue } from '@laomo/server/modules/suggestion/suggestion-escalation.js';
import { remindOfDeadlines } from '@laomo/server/modules/suggestion/suggestion-deadlines.js';
import { tellOfEndedNotices } from '@laomo/server/modules/notice/notice-ending.js';

let t: TestApp;
let author: ApiClient;
let city: ApiClient;
let handler: ApiClient;
let rights: string;

beforeAll(async () => {
  t = await startTestApp();
  [author, city, handler] = await Promise.all([t.as('modelworker'), t.as('city'), t.as('handler')]);
  rights = await organizationId(t, '市总工会权益保障部');
});
afterAll(async () => { await t?.close(); });

/** Who was told of a kind: usernames, in order; each row of the table must name exactly its parties. */
const heard = async (kind: string) => (await toldOf(t, kind)).map((n) => n.username);

describe('who hears what: each row tells exactly its parties, once', () => {
  let id: string;

  it('a new suggestion reaches its office, not its author', async () => {
    t.clock.set('2026-09-28');
    ({ id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于通知中心的测试建议', publishConsent: true }));
    expect(await heard('SUGGESTION_ARRIVED')).toEqual(['city']);
  });

  it('its author hears it was accepted, and the handling department that it was assigned', async () => {
    t.clock.set('2026-09-29');
    await done(city, 'suggestionAccept', { suggestion: id });
    expect(await heard('SUGGESTION_ACCEPTED')).toEqual(['modelworker']);
    t.clock.set('2026-09-30');
    await done(city, 'suggestionAssign', { suggestion: id, handler: rights });
    expect(await heard('SUGGESTION_ASSIGNED')).toEqual(['handler']);
  });

  it('the bell rises when it is answered and falls when read', async () => {
    const before = (await author.ok(BELL)).myUnreadNotificationCount;
    await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'WILL_ADOPT', content: '已纳入明年工作要点。' });
    expect(await heard('SUGGESTION_ANSWERED')).toEqual(['modelworker']);
    expect((await author.ok(BELL)).myUnreadNotificationCount).toBe(before + 1);
    const list = (await author.ok(MY_NOTIFICATIONS, { first: 10, unreadOnly: true })).myNotifications;
    const answered = list.nodes.find((n: { kind: string }) => n.kind === 'SUGGESTION_ANSWERED');
    expect(answered).toMatchObject({ title: '您的建议已有答复', link: expect.stringMatching(/^\/suggestions\//) });
    expect(answered.body).toContain('关于通知中心的测试建议');
    const read = (await author.ok(MARK_READ, { input: { notification: answered.id } })).notificationMarkRead;
    expect(read).toEqual({ unreadCount: before, userErrors: [] });
    // Someone else's notification is nobody's to mark.
    expect((await city.ok(MARK_READ, { input: { notification: answered.id } })).notificationMarkRead.userErrors).toEqual([{ code: 'common/not_found' }]);
    expect((await author.ok(MARK_ALL_READ)).notificationsMarkAllRead.unreadCount).toBe(0);
  });

  it('in English for a viewer reading in English', async () => {
    const english = await t.as('modelworker', 'en');
    const list = (await english.ok(MY_NOTIFICATIONS, { first: 1 })).myNotifications;
    expect(list.nodes[0].title).toBe('Your suggestion has been answered');
    // Signing in in English also made English what is sent to them; signing in in Chinese again switches back.
    await t.as('modelworker', 'zh-CN');
  });

  it('an overdue suggestion: its author and the supervising office hear it once, however often the job runs', async () => {
    t.clock.set('2026-09-30');
    const late = (await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于逾期通知的测试建议', publishConsent: false })).id;
    await done(city, 'suggestionAccept', { suggestion: late });
    await done(city, 'suggestionAssign', { suggestion: late, handler: rights });
    t.clock.set('2026-12-01');
    await Promise.all([escalateOverdue(t.app.orm, t.clock.now()), escalateOverdue(t.app.orm, t.clock.now())]);
    await escalateOverdue(t.app.orm, t.clock.now());
    expect(await heard('SUGGESTION_OVERDUE')).toEqual(['modelworker', 'modelworker']);
    // The supervisor of 权益保障部 is 北京市总工会: its staff, nobody else.
    expect(new Set(await heard('SUGGESTION_ESCALATED'))).toEqual(new Set(['city']));
    expect((await toldOf(t, 'SUGGESTION_OVERDUE')).map((n) => n.params.title).sort()).toEqual(['关于通知中心的测试建议', '关于逾期通知的测试建议'].sort());
  });
});

describe('a hidden comment tells its author why, and nobody else', () => {
  it('hides and tells', async () => {
    const fx = await seedOpenNotice(t, { candidates: 1 });
    t.clock.set('2026-03-03');
    const member = await t.as('public');
    const created = await member.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`, {
      input: { entry: fx.entries[0], body: '这条评论将被隐藏。', stance: 'SUPPORT' },
    });
    const comment = created.commentCreate.comment.id;
    const hidden = await city.ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`, {
      input: { comment, reason: '含有与公示无关的内容' },
    });
    expect(hidden.commentHide.userErrors).toEqual([]);
    const told = await toldOf(t, 'COMMENT_HIDDEN');
    expect(told.map((n) => n.username)).toEqual(['public']);
    expect(told[0].params).toEqual({ reason: '含有与公示无关的内容' });
  });
});

describe('SMS: at most once, and never anything private', () => {
  it('sends each notification once however often and however concurrently the worker runs', async () => {
    t.sms.sent.length = 0;
    const [a, b] = await Promise.all([deliverNow(t), deliverNow(t)]);
    const again = await deliverNow(t);
    expect(again).toBe(0);
    const toAuthor = t.sms.sent.filter((m) => m.phone === '13800000002');
    // SUGGESTION_ANSWERED and the two SUGGESTION_OVERDUE are off by default on SMS; ANSWERED is on.
    expect(toAuthor.map((m) => m.text)).toEqual(['【劳模平台】您的建议已有答复，详情请登录查看：http://localhost:4000/notifications']);
    expect(a + b).toBe(t.sms.sent.length);
  });

  it('no SMS carries a title, a reason, a name or any param of its notification', async () => {
    const all = await toldOf(t);
    const privateWords = all.flatMap((n) => Object.values(n.params)).filter((v) => v.length > 1);
    expect(privateWords.length).toBeGreaterThan(3);
    expect(t.sms.sent.length).toBeGreaterThan(0);
    for (const { text } of t.sms.sent) for (const word of privateWords) expect(text).not.toContain(word);
    for (const { text } of t.sms.sent) expect(text).not.toMatch(/张建国|孙丽|\d{11}/);
  });
});

describe('deadline jobs act on the business clock, once', () => {
  it('reminds the handling department of a deadline near, once however often it runs', async () => {
    t.clock.set('2026-11-02');
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于期限提醒的测试建议', publishConsent: false });
    await done(city, 'suggestionAccept', { suggestion: id });
    const assigned = await done(city, 'suggestionAssign', { suggestion: id, handler: rights });
    const deadline = assigned.handling?.deadline;
    if (!deadline) throw new Error('an assigned suggestion has a deadline');
    t.clock.set(`${deadline}T09:00:00+08:00`);
    await Promise.all([remindOfDeadlines(t.app.orm, t.clock.now()), remindOfDeadlines(t.app.orm, t.clock.now())]);
    await remindOfDeadlines(t.app.orm, t.clock.now());
    const told = await toldOf(t, 'SUGGESTION_DEADLINE_NEAR');
    expect(told.filter((n) => n.params.title === '关于期限提醒的测试建议').map((n) => n.username)).toEqual(['handler']);
  });

  it('tells the staff of a notice once it has ended, not before', async () => {
    const fx = await seedOpenNotice(t, { candidates: 1, startsOn: '2026-03-02', endsOn: '2026-03-06' });
    expect(fx.notice).toBeTruthy();
    t.clock.set('2026-03-06T20:00:00+08:00');
    expect(await tellOfEndedNotices(t.app.orm, t.clock.now())).toBe(0);
    t.clock.set('2026-03-07T08:00:00+08:00');
    const first = await tellOfEndedNotices(t.app.orm, t.clock.now());
    expect(first).toBeGreaterThan(0);
    expect(await tellOfEndedNotices(t.app.orm, t.clock.now())).toBe(0);
    const told = await toldOf(t, 'NOTICE_ENDED');
    expect(told).toHaveLength(first);
    expect(told.every((n) => n.username !== 'public' && n.username !== 'modelworker')).toBe(true);
  });
});
