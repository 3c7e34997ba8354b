import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, modelWorkerId, organizationId, readSuggestion, SAMPLE, startTestApp, step, type ApiClient, type TestApp } from '../../support/testkit/index.js';
import { escalateOverdue } from '@laomo/server/modules/suggestion/suggestion-escalation.js';

let t: TestApp;
let author: ApiClient;
let coSigner: ApiClient;
let city: ApiClient;
let handler: ApiClient;
let economics: string;
let rights: string;

beforeAll(async () => {
  t = await startTestApp();
  [author, coSigner, city, handler] = await Promise.all([t.as('modelworker'), t.as('chenguodong'), t.as('city'), t.as('handler')]);
  [economics, rights] = await Promise.all([organizationId(t, '市总工会经济技术部'), organizationId(t, '市总工会权益保障部')]);
});
afterAll(async () => { await t?.close(); });

describe('a joint suggestion accepted just before the National Day holiday, transferred, overdue, answered twice', () => {
  let id: string;

  it('a model worker submits it with a co-signer; it is received with 5 working days to accept', async () => {
    t.clock.set('2026-09-28');
    const s = await done(author, 'suggestionSubmit', { ...SAMPLE, coSigners: [await modelWorkerId(author, '陈国栋')], publishConsent: true });
    id = s.id;
    expect(s.handling).toMatchObject({ state: 'RECEIVED', channel: 'ONLINE', deadline: '2026-10-10', overdue: false });
    expect(s.coSignerNames).toEqual([]);
    expect(s.handling!.coSigners).toEqual([{ status: 'PENDING', modelWorker: { name: '陈国栋' } }]);
  });

  it('the co-signer confirms, once, and is then named on it', async () => {
    const requests = await coSigner.ok(`{ mySuggestionCoSignRequests(first: 10) { nodes { status suggestion { id } } } }`);
    expect(requests.mySuggestionCoSignRequests.nodes).toContainEqual({ status: 'PENDING', suggestion: { id } });
    const s = await done(coSigner, 'suggestionCoSignRespond', { suggestion: id, confirm: true });
    expect(s.coSignerNames).toEqual(['陈国栋']);
    const again = await step(coSigner, 'suggestionCoSignRespond', { suggestion: id, confirm: false });
    expect(again.userErrors.map((e) => e.code)).toEqual(['suggestion/co_sign_not_pending']);
  });

  it('a handler cannot accept it; the city office accepts it', async () => {
    const refused = await step(handler, 'suggestionAccept', { suggestion: id });
    expect(refused.userErrors[0].code).toBe('common/not_found');
    t.clock.set('2026-09-29');
    const s = await done(city, 'suggestionAccept', { suggestion: id });
    expect(s.handling).toMatchObject({ state: 'ACCEPTED', deadline: '2026-10-09' });
  });

  it('the office assigns it, then transfers it with a reason; the answer is due 15 working days later, after the holiday', async () => {
    t.clock.set('2026-09-30');
    await done(city, 'suggestionAssign', { suggestion: id, handler: economics });
    const noReason = await step(city, 'suggestionTransfer', { suggestion: id, handler: rights, reason: '' });
    expect(noReason.userErrors[0].field).toEqual(['reason']);
    const same = await step(city, 'suggestionTransfer', { suggestion: id, handler: economics, reason: '职责调整' });
    expect(same.userErrors[0].code).toBe('suggestion/same_handler');
    const s = await done(city, 'suggestionTransfer', { suggestion: id, handler: rights, reason: '涉及职工技能培训权益，由权益保障部承办' });
    expect(s.handling).toMatchObject({ state: 'ASSIGNED', handler: { name: '市总工会权益保障部' }, deadline: '2026-10-27' });
    expect(s.handling!.history.nodes.map((h: any) => h.action)).toContain('suggestion.transfer');
    expect(s.handling!.history.nodes.find((h: any) => h.action === 'suggestion.transfer')!.reason).toBe('涉及职工技能培训权益，由权益保障部承办');
  });

  it('it is in the handler’s queue and not overdue on 22 October, though 15 weekdays have passed', async () => {
    t.clock.set('2026-10-22');
    const queue = await handler.ok(`{ suggestionQueue(first: 100) { nodes { id handling { deadline overdue } } } }`);
    expect(queue.suggestionQueue.nodes).toContainEqual({ id, handling: { deadline: '2026-10-27', overdue: false } });
  });

  it('on 28 October it is overdue and escalates to the supervising office, in its overview, with an audit line', async () => {
    t.clock.set('2026-10-28');
    await escalateOverdue(t.app.orm, t.app.services.clock.now()); // the app's scheduled run (suggestion-escalation.ts)
    const overview = await city.ok(`{ suggestions(first: 100, overdueOnly: true) { nodes { id handling { overdue escalatedTo { name } } } } }`);
    expect(overview.suggestions.nodes).toContainEqual({ id, handling: { overdue: true, escalatedTo: { name: '北京市总工会' } } });
    const all = await city.ok(`{ suggestions(first: 100) { nodes { handling { overdue } } } }`);
    const flags = all.suggestions.nodes.map((n: any) => n.handling.overdue);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true)); // overdue first
    await escalateOverdue(t.app.orm, t.app.services.clock.now()); // running again escalates nothing twice
    const s = await readSuggestion(city, id);
    expect(s!.handling!.history.nodes.filter((h: any) => h.action === 'suggestion.escalate')).toEqual([
      { action: 'suggestion.escalate', fromState: 'ASSIGNED', toState: '北京市总工会', reason: null, actorName: null },
    ]);
  });

  it('the handler answers late; the author sees the answer only once the office feeds it back', async () => {
    const answered = await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'PARTLY', content: '已会同园区管委会选址，首个实训基地拟于明年建成，其余园区视经费情况逐步推开。' });
    expect(answered.handling).toMatchObject({ state: 'ANSWERED', answeredOnTime: false, overdue: false });
    expect((await readSuggestion(author, id))!.answers).toEqual([]);
    await done(city, 'suggestionFeedBack', { suggestion: id });
    const s = await readSuggestion(author, id);
    expect(s!.handling!.state).toBe('FED_BACK');
    expect(s!.answers).toHaveLength(1);
    expect(s!.viewerActions).toEqual(expect.arrayContaining(['RATE', 'REOPEN']));
  });

  it('a dissatisfied rating reopens it once for a second answer', async () => {
    t.clock.set('2026-11-02');
    const s = await done(author, 'suggestionRate', { suggestion: id, rating: 'DISSATISFIED', comment: '没有明确时间表' });
    expect(s.handling).toMatchObject({ state: 'ASSIGNED', reopened: true, deadline: '2026-11-16' });
    expect(s.answers[0].rating).toBe('DISSATISFIED');
  });

  it('a second dissatisfied rating does not reopen it again: it closes', async () => {
    await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'WILL_ADOPT', content: '实训基地已列入明年重点项目，6月底前建成并开放首批120个工位。' });
    await done(city, 'suggestionFeedBack', { suggestion: id });
    const before = await readSuggestion(author, id);
    expect(before!.viewerActions).toContain('RATE');
    expect(before!.viewerActions).not.toContain('REOPEN');
    const s = await done(author, 'suggestionRate', { suggestion: id, rating: 'DISSATISFIED' });
    expect(s.handling).toMatchObject({ state: 'CLOSED', reopened: true, deadline: null });
    expect(s.answers.map((a: any) => [a.round, a.rating])).toEqual([[1, 'DISSATISFIED'], [2, 'DISSATISFIED']]);
  });

  it('the office marks it adopted, passes it on as a CPPCC proposal, commends and publishes it; every step is audited', async () => {
    await done(city, 'suggestionMarkAdopted', { suggestion: id });
    await done(city, 'suggestionRefer', { suggestion: id, kind: 'CPPCC_PROPOSAL', reference: '市政协第0321号提案' });
    await done(city, 'suggestionCommend', { suggestion: id, note: '优秀建议' });
    const s = await done(city, 'suggestionPublish', { suggestion: id });
    expect(s).toMatchObject({ adopted: true, commended: true, referralKind: 'CPPCC_PROPOSAL', referralReference: '市政协第0321号提案' });
    expect(s.handling!.history.nodes.map((h: any) => h.action)).toEqual([
      'suggestion.submit', 'suggestion.confirm_co_sign', 'suggestion.accept', 'suggestion.assign', 'suggestion.transfer',
      'suggestion.escalate', 'suggestion.answer', 'suggestion.feed_back', 'suggestion.reopen', 'suggestion.answer', 'suggestion.feed_back',
      'suggestion.rate', 'suggestion.mark_adopted', 'suggestion.refer', 'suggestion.commend', 'suggestion.publish',
    ]);
    const page = await city.ok(`query($id: ID!) { suggestion(id: $id) { handling { history(first: 1) { totalCount pageInfo { hasNextPage } nodes { action } } } } }`, { id });
    expect(page.suggestion.handling.history).toEqual({ totalCount: 16, pageInfo: { hasNextPage: true }, nodes: [{ action: 'suggestion.submit' }] });
    const published = await t.anonymous().ok(`{ publishedSuggestions(first: 100, year: 2026, field: SCIENCE_INNOVATION) { nodes { id answers { round } } } }`);
    expect(published.publishedSuggestions.nodes).toContainEqual({ id, answers: [{ round: 1 }, { round: 2 }] });
  });
});

describe('declining, and suggestions that come by letter', () => {
  it('the office declines a suggestion only with a reason, and that ends it', async () => {
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于调整单位食堂开放时间的建议' });
    const bare = await step(city, 'suggestionDecline', { suggestion: id, reason: '' });
    expect(bare.userErrors[0].field).toEqual(['reason']);
    const s = await done(city, 'suggestionDecline', { suggestion: id, reason: '属于单位内部管理事项，请向本单位工会反映' });
    expect(s.handling).toMatchObject({ state: 'DECLINED', declineReason: '属于单位内部管理事项，请向本单位工会反映', deadline: null });
    expect(s.viewerActions).toEqual([]);
    expect((await step(city, 'suggestionAssign', { suggestion: id, handler: rights })).userErrors[0].code).toBe('suggestion/not_now');
  });

  it('district staff enter a letter for a model worker; it is marked as a letter and in their overview', async () => {
    const chaoyang = await t.as('chaoyang');
    t.clock.set('2026-11-16');
    const s = await done(chaoyang, 'suggestionEnter', {
      ...SAMPLE, title: '关于朝阳区老旧厂房改造为职工之家的建议', author: await modelWorkerId(chaoyang, '王卫东'), channel: 'LETTER', receivedOn: '2026-11-13',
    });
    expect(s.handling).toMatchObject({ state: 'RECEIVED', channel: 'LETTER', deadline: '2026-11-20' });
    expect(s.authorName).toBe('王卫东');
    const future = await step(chaoyang, 'suggestionEnter', { ...SAMPLE, author: await modelWorkerId(chaoyang, '王卫东'), channel: 'LETTER', receivedOn: '2026-12-01' });
    expect(future.userErrors[0]).toMatchObject({ code: 'suggestion/received_in_future', field: ['receivedOn'] });
    const overview = await chaoyang.ok(`{ suggestions(first: 100, search: "老旧厂房") { nodes { id } } }`);
    expect(overview.suggestions.nodes).toEqual([{ id: s.id }]);
    const haidian = await t.as('haidian');
    expect(await readSuggestion(haidian, s.id)).toBeNull();
  });
});
