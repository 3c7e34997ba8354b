import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { idOf, toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { beijingYear, CHAOYANG, codes, newModelWorker, setCareBudget, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let self: ApiClient;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;
let national: string;
let haidianWorker: string;

const FILE = 'id state cause claimedYuan amountYuan amountReason ruleName level modelWorkerName refuseReason organization { name }';
const APPLY = `mutation($input: GrantApplyInput!) { grantApply(input: $input) { application { ${FILE} } userErrors { code field } } }`;
const STEP = `mutation($input: GrantApplicationStepInput!) { grantApplicationStep(input: $input) { application { ${FILE} } userErrors { code } } }`;
const LIST = `{ grantApplications(first: 100) { totalCount nodes { id organization { name } } } }`;

const apply = async (who: ApiClient, input: Record<string, unknown>) =>
  (await who.ok(APPLY, { input: { description: '住院治疗，附医院收费票据', ...input } })).grantApply;
const step = async (who: ApiClient, application: string, action: string, reason?: string) =>
  (await who.ok(STEP, { input: { application, action, reason } })).grantApplicationStep;

beforeAll(async () => {
  t = await startTestApp();
  [self, unit, chaoyang, haidian, city] = await Promise.all(['modelworker', 'unit', 'chaoyang', 'haidian', 'city'].map((u) => t.as(u)));
  national = (await newModelWorker(t, 'care-national', ['NATIONAL_MODEL_WORKER'])).worker.nodeId;
  const em = t.app.orm.em.fork();
  const haidianUnion = await em.findOneOrFail(Organization, { name: '海淀区总工会' });
  const worker = await em.findOneOrFail(ModelWorker, { organization: { path: { $like: `${haidianUnion.path}%` } } }, { orderBy: { name: 'asc' } });
  haidianWorker = toGlobalId('ModelWorker', worker.id);
  await setCareBudget(t, 'chaoyang', CHAOYANG, beijingYear(), 1_000_000);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('the amount is the rule’s, on both sides of each edge', () => {
  it('own serious illness: 9,999 yuan is refused, 10,000 gives 25% with the reason and the rule recorded', async () => {
    expect(codes(await apply(self, { cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 9_999 }))).toEqual(['care/below_threshold']);
    const granted = await apply(self, { cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 10_000 });
    expect(granted.application).toMatchObject({
      state: 'APPLIED', amountYuan: 2_500, ruleName: '本人患重大疾病', level: 'PROVINCIAL', modelWorkerName: '张建国',
      amountReason: expect.stringContaining('按 25% 计 2,500 元'),
    });
  });

  it('own serious illness is capped at 25,000', async () => {
    expect((await apply(unit, { modelWorker: national, cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 100_000 })).application.amountYuan).toBe(25_000);
    expect((await apply(unit, { modelWorker: national, cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 180_000 })).application.amountYuan).toBe(25_000);
    expect((await apply(unit, { modelWorker: national, cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 99_996 })).application.amountYuan).toBe(24_999);
  });

  it('a dependent’s illness: 14,999 is refused; 15,000 gives 5,000 national and 3,000 municipal', async () => {
    expect(codes(await apply(unit, { modelWorker: national, cause: 'DEPENDENT_SERIOUS_ILLNESS', claimedYuan: 14_999 }))).toEqual(['care/below_threshold']);
    expect((await apply(unit, { modelWorker: national, cause: 'DEPENDENT_SERIOUS_ILLNESS', claimedYuan: 15_000 })).application.amountYuan).toBe(5_000);
    expect((await apply(self, { cause: 'DEPENDENT_SERIOUS_ILLNESS', claimedYuan: 15_000 })).application.amountYuan).toBe(3_000);
  });

  it('a fire from 10,000 of losses; an accident only with serious disability; costs are required where the rule reads them', async () => {
    expect(codes(await apply(self, { cause: 'HOME_FIRE', claimedYuan: 9_999 }))).toEqual(['care/below_threshold']);
    expect((await apply(self, { cause: 'HOME_FIRE', claimedYuan: 10_000 })).application.amountYuan).toBe(2_000);
    expect(codes(await apply(self, { cause: 'ACCIDENT_DISABILITY' }))).toEqual(['care/not_serious_disability']);
    expect((await apply(self, { cause: 'ACCIDENT_DISABILITY', seriousDisability: true })).application.amountYuan).toBe(2_000);
    expect(codes(await apply(self, { cause: 'OWN_SERIOUS_ILLNESS' }))).toEqual(['care/amount_required']);
  });

  it('another district’s office cannot apply for a model worker it does not serve', async () => {
    expect(codes(await apply(haidian, { modelWorker: national, cause: 'DEATH' }))).toEqual(['auth/forbidden']);
  });
});

describe('applied → reviewed by the district → approved → paid', () => {
  it('the district takes the steps; a refusal needs a reason; the unit and another district cannot', async () => {
    const { application } = await apply(unit, { modelWorker: national, cause: 'HOME_FIRE', claimedYuan: 30_000 });
    expect(codes(await step(unit, application.id, 'REVIEW'))).toEqual(['auth/forbidden']);
    expect(codes(await step(haidian, application.id, 'REVIEW'))).toEqual(['common/not_found']);
    expect((await step(chaoyang, application.id, 'REVIEW')).application.state).toBe('REVIEWED');
    expect(codes(await step(chaoyang, application.id, 'RETURN'))).toEqual(['care/reason_required']);
    expect((await step(chaoyang, application.id, 'RETURN', '票据不全，请补充后重审')).application.state).toBe('APPLIED');
    await step(chaoyang, application.id, 'REVIEW');
    expect((await step(chaoyang, application.id, 'APPROVE')).application.state).toBe('APPROVED');
    expect((await step(chaoyang, application.id, 'PAY')).application.state).toBe('PAID');
    expect(codes(await step(chaoyang, application.id, 'PAY'))).toEqual(['care/not_now']);
  });

  it('a refusal keeps its reason', async () => {
    const { application } = await apply(self, { cause: 'DEATH' });
    expect((await step(chaoyang, application.id, 'REFUSE', '经核实不符合条件')).application).toMatchObject({ state: 'REFUSED', refuseReason: '经核实不符合条件' });
  });

  it('concurrent requests to pay pay once', async () => {
    const { application } = await apply(unit, { modelWorker: national, cause: 'DEATH' });
    await step(chaoyang, application.id, 'REVIEW');
    await step(chaoyang, application.id, 'APPROVE');
    const second = await t.as('chaoyang');
    const answers = await Promise.all([chaoyang, second, chaoyang, second].map((who) => step(who, application.id, 'PAY')));
    expect(answers.filter((a) => a.userErrors.length === 0)).toHaveLength(1);
    expect(answers.flatMap(codes).sort()).toEqual(['care/not_now', 'care/not_now', 'care/not_now']);
    const paid = await t.app.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from audit_entry where action = 'care.grant_pay' and subject_id = ?`, [idOf(application.id, 'GrantApplication')]);
    expect(paid[0].n).toBe(1);
  });
});

describe('every list is scoped: a unit its own, a district its units, the city all; nobody else', () => {
  it('a district never sees another district’s grants', async () => {
    const { application } = await apply(haidian, { modelWorker: haidianWorker, cause: 'DEATH' });
    expect(application.organization.name).not.toBe('北京燕京精密机械有限公司工会');
    const seen = async (who: ApiClient) => (await who.ok(LIST)).grantApplications.nodes.map((n: { id: string }) => n.id);
    expect(await seen(haidian)).toEqual([application.id]);
    const chaoyangSees = await seen(chaoyang);
    expect(chaoyangSees).not.toContain(application.id);
    expect(chaoyangSees.length).toBeGreaterThan(5);
    expect((await seen(unit)).sort()).toEqual([...chaoyangSees].sort());
    expect(await seen(city)).toEqual(expect.arrayContaining([...chaoyangSees, application.id]));
  });

  it('health and hardship details never reach the public, a model worker’s list or the administrator', async () => {
    expect((await t.anonymous().gql(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await self.gql(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await (await t.as('admin')).gql(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
