import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import {
  act, CHAOYANG, codes, createFile, directory, fileInput, fileToSubmitted, newModelWorker, openCampaign, organizationId, publish,
  startTestApp, toldOf, type Directory, type TestApp,
} from '../../support/testkit/index.js';

/**
 * The rows of who-hears-what.ts that tell staff work arrived in their queue (issue #15, item 3): each
 * arrival tells exactly the staff whose queue it is, once, and nobody else: not the person who acted,
 * not another office's staff (every kind's notifications are read whole, not filtered to the expected people).
 */
let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  t = await startTestApp();
  dir = await directory(t);
}, 120_000);
afterAll(async () => { await t?.close(); });

const heard = async (kind: string) => (await toldOf(t, kind)).map((n) => n.username);

describe('a nomination file reaching an office’s review queue', () => {
  let campaign: string;

  beforeAll(async () => {
    t.clock.set('2026-02-09');
    campaign = await openCampaign(await t.as('city'), dir);
  });

  it('an employee’s proposal: the unit’s staff hear it, with a link to the file’s staff page; not the employee', async () => {
    const employee = await t.as('employee');
    const draft = await createFile(employee, campaign, fileInput(dir, { candidateName: '赵师傅' }));
    expect(draft.userErrors).toEqual([]);
    expect(await heard('NOMINATION_ARRIVED')).toEqual([]);
    expect((await act(employee, draft.nomination!.id, 'PROPOSE')).userErrors).toEqual([]);
    const told = await toldOf(t, 'NOMINATION_ARRIVED');
    expect(told).toEqual([{ username: 'unit', kind: 'NOMINATION_ARRIVED', params: { title: '赵师傅' }, link: `/staff/nominations/${draft.nomination!.id}` }]);
    // Taken up by the unit itself: the file stays in the unit's hands, nobody is told anew.
    expect((await act(await t.as('unit'), draft.nomination!.id, 'TAKE_UP')).userErrors).toEqual([]);
    expect(await heard('NOMINATION_ARRIVED')).toEqual(['unit']);
  });

  it('submitted, returned, submitted again, forwarded and returned: each time the receiving office alone hears it, once', async () => {
    // The unit's own draft, nominated and taken through its notice: only the submission reaches another office.
    const id = await fileToSubmitted(t, dir, campaign, { candidateName: '钱师傅' });
    expect(await heard('NOMINATION_ARRIVED')).toEqual(['unit', 'chaoyang']);
    // Signed in anew at each step: the clock moves on by weeks.
    const unit = () => t.as('unit');
    const chaoyang = () => t.as('chaoyang');

    expect((await act(await chaoyang(), id, 'RETURN_PRELIMINARY', '推荐表缺单位盖章')).userErrors).toEqual([]);
    expect(await heard('NOMINATION_ARRIVED')).toEqual(['unit', 'chaoyang', 'unit']);
    // Twice at once: one step taken, one arrival told.
    const unitStaff = await unit();
    const twice = await Promise.all([0, 1].map(() => act(unitStaff, id, 'SUBMIT_TO_DISTRICT')));
    expect(twice.map((r) => r.userErrors.length).sort()).toEqual([0, 1]);
    expect(await heard('NOMINATION_ARRIVED')).toEqual(['unit', 'chaoyang', 'unit', 'chaoyang']);

    expect((await act(await chaoyang(), id, 'APPROVE_PRELIMINARY')).userErrors).toEqual([]);
    t.clock.set('2026-02-24');
    expect((await publish(await chaoyang(), campaign, 'DISTRICT', dir.orgs[CHAOYANG], [id])).userErrors).toEqual([]);
    t.clock.set('2026-03-01');
    expect((await act(await chaoyang(), id, 'PASS_DISTRICT_NOTICE')).userErrors).toEqual([]);
    // Approvals and notices keep the file with the same office: nobody hears of an arrival.
    expect(await heard('NOMINATION_ARRIVED')).toHaveLength(4);
    expect((await act(await chaoyang(), id, 'FORWARD_TO_CITY')).userErrors).toEqual([]);
    expect(await heard('NOMINATION_ARRIVED')).toEqual(['unit', 'chaoyang', 'unit', 'chaoyang', 'city']);
    expect((await act(await t.as('city'), id, 'RETURN_SECONDARY', '事迹材料需补充')).userErrors).toEqual([]);
    const told = await toldOf(t, 'NOMINATION_ARRIVED');
    // Never 海淀's staff, whose district the file is not in, and never the one who took the step.
    expect(told.map((n) => n.username)).toEqual(['unit', 'chaoyang', 'unit', 'chaoyang', 'city', 'chaoyang']);
    for (const n of told.slice(1)) expect(n).toMatchObject({ params: { title: '钱师傅' }, link: `/staff/nominations/${id}` });
  });
});

describe('a hardship grant application', () => {
  const APPLY = `mutation($input: GrantApplyInput!) { grantApply(input: $input) { application { id } userErrors { code field } } }`;
  const apply = async (who: string, input: Record<string, unknown>) =>
    (await (await t.as(who)).ok(APPLY, { input: { cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 20_000, description: '住院治疗，附医院收费票据', ...input } })).grantApply;

  it('applied for by the model worker or their unit: the district staff who decide it hear it once, without the cause or the person', async () => {
    expect((await apply('modelworker', {})).userErrors).toEqual([]);
    const told = await toldOf(t, 'GRANT_APPLICATION_ARRIVED');
    expect(told).toEqual([{ username: 'chaoyang', kind: 'GRANT_APPLICATION_ARRIVED', params: { organization: '北京燕京精密机械有限公司工会' }, link: '/staff/care/grants' }]);
    const { worker } = await newModelWorker(t, 'grant-arrival', ['NATIONAL_MODEL_WORKER']);
    expect((await apply('unit', { modelWorker: toGlobalId('ModelWorker', worker.id) })).userErrors).toEqual([]);
    expect(await heard('GRANT_APPLICATION_ARRIVED')).toEqual(['chaoyang', 'chaoyang']);
    // Refused: nothing arrived.
    expect(codes(await apply('unit', { modelWorker: toGlobalId('ModelWorker', worker.id), claimedYuan: 9_999 }))).toEqual(['care/below_threshold']);
    expect(await heard('GRANT_APPLICATION_ARRIVED')).toHaveLength(2);
  });

  it('applied for by the district staff themselves: nobody hears of their own application', async () => {
    const { worker } = await newModelWorker(t, 'grant-own-office', ['NATIONAL_MODEL_WORKER']);
    expect((await apply('chaoyang', { modelWorker: toGlobalId('ModelWorker', worker.id) })).userErrors).toEqual([]);
    expect(await heard('GRANT_APPLICATION_ARRIVED')).toEqual(['chaoyang', 'chaoyang']);
  });
});

describe('a registry record asked to move to another keeper', () => {
  const REQUEST = `mutation($input: ModelWorkerTransferRequestInput!) { modelWorkerTransferRequest(input: $input) { userErrors { code field } transfer { id } } }`;

  it('the staff of the office asked hear it once, with the name only; not the asking unit, nor the district above it', async () => {
    const { worker } = await newModelWorker(t, 'transfer-asked', ['NATIONAL_MODEL_WORKER']);
    const unit = await t.as('unit');
    const input = { modelWorker: toGlobalId('ModelWorker', worker.id), to: await organizationId(t, '海淀区总工会'), keeping: 'LOCALITY', reason: '退休后居住在海淀，身体欠佳' };
    const both = await Promise.all([0, 1].map(() => unit.ok(REQUEST, { input })));
    expect(both.map((r) => codes(r.modelWorkerTransferRequest)).sort()).toEqual([[], ['registry/transfer_open']]);
    const told = await toldOf(t, 'REGISTRY_TRANSFER_ASKED');
    expect(told).toEqual([{ username: 'haidian', kind: 'REGISTRY_TRANSFER_ASKED', params: { name: '钱学文', from: '北京燕京精密机械有限公司工会' }, link: '/staff/registry/yearly' }]);
  });

  it('asked by the office that is to keep it: nobody hears of their own request', async () => {
    const { worker } = await newModelWorker(t, 'transfer-own', ['NATIONAL_MODEL_WORKER']);
    const input = { modelWorker: toGlobalId('ModelWorker', worker.id), to: dir.orgs[CHAOYANG], keeping: 'LOCALITY', reason: '由区总直接管理' };
    expect(codes((await (await t.as('chaoyang')).ok(REQUEST, { input })).modelWorkerTransferRequest)).toEqual([]);
    expect(await heard('REGISTRY_TRANSFER_ASKED')).toEqual(['haidian']);
  });
});

describe('the settings offer each person the kinds they can hear', () => {
  const kindsOf = async (who: string) =>
    [...new Set(((await (await t.as(who)).ok(`{ myNotificationPreferences { kind channel } }`)).myNotificationPreferences as { kind: string }[]).map((p) => p.kind))];

  it('staff kinds to staff, model workers’ kinds to model workers, and the kinds anyone may hear to everyone', async () => {
    const [district, unit, worker, member] = await Promise.all(['chaoyang', 'unit', 'modelworker', 'public'].map(kindsOf));
    expect(district).toEqual(expect.arrayContaining(['GRANT_APPLICATION_ARRIVED', 'NOMINATION_ARRIVED', 'REGISTRY_TRANSFER_ASKED', 'OBJECTION_ARRIVED', 'NOMINATION_STEP']));
    expect(district).not.toContain('ALLOWANCE_PAID');
    expect(unit).toEqual(expect.arrayContaining(['NOMINATION_ARRIVED', 'REGISTRY_TRANSFER_ASKED', 'REGISTRY_YEARLY_PENDING']));
    expect(unit).not.toContain('GRANT_APPLICATION_ARRIVED');
    expect(worker).toEqual(expect.arrayContaining(['ALLOWANCE_PAID', 'REGISTRY_YEARLY_UPDATE', 'NOMINATION_STEP', 'SUGGESTION_ANSWERED']));
    for (const staffKind of ['NOMINATION_ARRIVED', 'GRANT_APPLICATION_ARRIVED', 'REGISTRY_TRANSFER_ASKED', 'OBJECTION_ARRIVED', 'VISIT_COVERAGE_DUE']) {
      expect(worker).not.toContain(staffKind);
      expect(member).not.toContain(staffKind);
    }
    expect(member).not.toContain('ALLOWANCE_PAID');
    expect(member).toEqual(expect.arrayContaining(['NOMINATION_STEP', 'OBJECTION_ANSWERED', 'COMMENT_HIDDEN']));
  });
});
