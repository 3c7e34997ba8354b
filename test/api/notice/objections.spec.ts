import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { NominationAction } from '@laomo/server/modules/nomination/nomination.enums.js';
import { transitionNomination } from '@laomo/server/modules/nomination/nomination.workflow.js';
import { viewerOf } from '@laomo/server/modules/account/session.service.js';
import { openObjectionCount } from '@laomo/server/modules/objection/objection.gate.js';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 3 });
  t.clock.set('2026-03-04');
});
afterAll(async () => { await t.close(); });

const FILE = `mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { id status realName objectorName } userErrors { code field } } }`;
const ENTER = `mutation($input: ObjectionEnterInput!) { objectionEnter(input: $input) { objection { id channel postmarkOn status } userErrors { code field } } }`;
const QUEUE = `{ objections(first: 20) { totalCount nodes { id status content objectorName objectorContact channel entry { candidateName } } } }`;
const decide = (kind: 'Uphold' | 'Dismiss') =>
  `mutation($input: ObjectionDecideInput!) { objection${kind}(input: $input) { objection { status reply } userErrors { code field } } }`;

/** Passes the district notice for a nomination as 朝阳区's reviewer would (the process module's own step). */
async function passNotice(nominationId: string) {
  const em = t.app.orm.em.fork();
  const nomination = await em.findOneOrFail(Nomination, nominationId);
  const viewer = await viewerOf(em, await em.findOneOrFail(Account, { username: 'chaoyang' }));
  await transitionNomination(em, viewer, nomination, NominationAction.PASS_DISTRICT_NOTICE, { now: t.clock.now() });
  await em.flush();
  return nomination.state;
}

describe('objections to a candidate in an open notice', () => {
  let objection: string;

  it('a real-name objection needs a name and a contact; an anonymous one is taken as a lead', async () => {
    const me = await t.as('public');
    const incomplete = await me.ok(FILE, { input: { entry: fx.entries[0], content: '该候选人所报技术革新成果系他人完成。', realName: true } });
    expect(incomplete.objectionFile.userErrors).toEqual([
      { code: 'objection/name_required', field: ['objectorName'] }, { code: 'objection/contact_required', field: ['objectorContact'] },
    ]);
    const filed = await me.ok(FILE, {
      input: { entry: fx.entries[0], content: '该候选人所报技术革新成果系他人完成。', realName: true, objectorName: '孙丽', objectorContact: '13800000003' },
    });
    expect(filed.objectionFile.objection).toMatchObject({ status: 'RECEIVED', realName: true, objectorName: '孙丽' });
    objection = filed.objectionFile.objection.id;
    const anonymous = await (await t.as('employee')).ok(FILE, { input: { entry: fx.entries[1], content: '听说该同志的获奖证书有出入，请核实。', realName: false } });
    expect(anonymous.objectionFile.objection).toMatchObject({ realName: false, objectorName: null });
  });

  it('is private: the district handling the notice sees it; another district, the public and the candidate’s side do not', async () => {
    const chaoyang = await (await t.as('chaoyang')).ok(QUEUE);
    expect(chaoyang.objections.nodes.find((o: any) => o.id === objection)).toMatchObject({ objectorName: '孙丽', objectorContact: '13800000003', channel: 'ONLINE' });
    expect((await (await t.as('haidian')).ok(QUEUE)).objections.totalCount).toBe(0);
    expect((await (await t.as('haidian')).ok(`query($id: ID!) { objection(id: $id) { id } node(id: $id) { id } }`, { id: objection }))).toEqual({ objection: null, node: null });
    expect((await t.anonymous().gql(QUEUE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await (await t.as('employee')).gql(QUEUE)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unit = await (await t.as('unit')).ok(QUEUE);
    expect(unit.objections.totalCount).toBe(0);
  });

  it('the objector reads their own objection in “my objections”', async () => {
    const mine = await (await t.as('public')).ok(`{ viewerObjections { nodes { id status content reply } } }`);
    expect(mine.viewerObjections.nodes.map((o: any) => o.id)).toEqual([objection]);
  });

  it('staff enter a letter dated by its postmark, which must fall within the period', async () => {
    const staff = await t.as('chaoyang');
    const late = await staff.ok(ENTER, { input: { entry: fx.entries[2], channel: 'LETTER', postmarkOn: '2026-02-20', content: '来信反映该同志存在违反劳动纪律情况。', realName: false } });
    expect(late.objectionEnter.userErrors).toEqual([{ code: 'objection/outside_period', field: ['postmarkOn'] }]);
    const noPostmark = await staff.ok(ENTER, { input: { entry: fx.entries[2], channel: 'LETTER', content: '来信反映该同志存在违反劳动纪律情况。', realName: false } });
    expect(noPostmark.objectionEnter.userErrors[0].code).toBe('objection/postmark_required');
    const letter = await staff.ok(ENTER, { input: { entry: fx.entries[2], channel: 'LETTER', postmarkOn: '2026-03-03', content: '来信反映该同志存在违反劳动纪律情况。', realName: false } });
    expect(letter.objectionEnter.objection).toMatchObject({ channel: 'LETTER', postmarkOn: '2026-03-03', status: 'RECEIVED' });
    const elsewhere = await (await t.as('haidian')).ok(ENTER, { input: { entry: fx.entries[2], channel: 'PHONE', content: '电话反映该同志情况需核实。', realName: false } });
    expect(elsewhere.objectionEnter.userErrors[0].code).toBe('auth/forbidden');
  });

  it('an open objection blocks the candidate from passing the notice', async () => {
    t.clock.set('2026-03-09');
    const [first] = fx.nominations;
    expect(await openObjectionCount(t.app.orm.em.fork(), first)).toBe(1);
    await expect(passNotice(first)).rejects.toMatchObject({ errors: [expect.objectContaining({ code: 'nomination/objection_open' })] });
  });

  it('a dismissed objection no longer blocks; the objector reads the reply', async () => {
    const staff = await t.as('chaoyang');
    const started = await staff.ok(`mutation($input: ObjectionInvestigationStartInput!) { objectionInvestigationStart(input: $input) { objection { status } userErrors { code } } }`, { input: { objection } });
    expect(started.objectionInvestigationStart.objection.status).toBe('INVESTIGATING');
    const dismissed = await staff.ok(decide('Dismiss'), { input: { objection, reply: '经核实，该技术革新成果由候选人牵头完成，有项目验收材料为证，异议不成立。' } });
    expect(dismissed.objectionDismiss.objection.status).toBe('DISMISSED');
    const HISTORY = `query($id: ID!) { objection(id: $id) { history(first: 1) { totalCount pageInfo { hasNextPage } nodes { action } } } }`;
    const history = (await staff.ok(HISTORY, { id: objection })).objection.history;
    expect(history.pageInfo.hasNextPage).toBe(true);
    expect(history.nodes).toHaveLength(1);
    expect((await (await t.as('public')).ok(HISTORY, { id: objection })).objection.history).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] });
    const again = await staff.ok(decide('Uphold'), { input: { objection, reply: '改判' } });
    expect(again.objectionUphold.userErrors[0].code).toBe('objection/already_decided');
    const mine = await (await t.as('public')).ok(`{ viewerObjections { nodes { status reply } } }`);
    expect(mine.viewerObjections.nodes[0]).toMatchObject({ status: 'DISMISSED', reply: expect.stringContaining('异议不成立') });
    expect(await passNotice(fx.nominations[0])).toBe('DISTRICT_NOTICE_PASSED');
  });

  it('an upheld objection withdraws the candidate, who is shown as withdrawn on the notice', async () => {
    const staff = await t.as('chaoyang');
    const { objections } = await staff.ok(`{ objections(status: RECEIVED, first: 10) { nodes { id entry { id } } } }`);
    const letter = objections.nodes.find((o: any) => o.entry.id === fx.entries[2]);
    const upheld = await staff.ok(decide('Uphold'), { input: { objection: letter.id, reply: '经调查核实，反映问题属实，撤销其推荐资格。' } });
    expect(upheld.objectionUphold).toEqual({ objection: { status: 'UPHELD', reply: '经调查核实，反映问题属实，撤销其推荐资格。' }, userErrors: [] });
    const nomination = await t.app.orm.em.fork().findOneOrFail(Nomination, fx.nominations[2]);
    expect(nomination.state).toBe('WITHDRAWN');
    const { noticeEntry } = await t.anonymous().ok(`query($id: ID!) { noticeEntry(id: $id) { status candidateName } }`, { id: fx.entries[2] });
    expect(noticeEntry.status).toBe('WITHDRAWN');
  });

  it('no objection is taken online after the period', async () => {
    const late = await (await t.as('public')).ok(FILE, { input: { entry: fx.entries[1], content: '公示期后才看到，补充反映情况。', realName: false } });
    expect(late.objectionFile.userErrors[0].code).toBe('participation/notice_not_open');
  });
});
