import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerStatus } from '@laomo/server/modules/registry/registry.enums.js';
import { setIdNumber } from '@laomo/server/modules/registry/registry.service.js';
import { CITY, codes, newModelWorker, setCareBudget, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let city: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let kinds: Record<string, string>;
let entitled: number;

const ROLL = 'id year state kind { code } totals { district level people amountYuan } lines(first: 100) { totalCount nodes { modelWorkerName level amountYuan organization { name } } }';
const GENERATE = `mutation($input: AllowanceRollGenerateInput!) { allowanceRollGenerate(input: $input) { roll { ${ROLL} } userErrors { code } } }`;
const STEP = `mutation($input: AllowanceRollStepInput!) { allowanceRollStep(input: $input) { roll { state } paymentFile userErrors { code } } }`;
const READ = `query($year: Int) { allowanceRolls(year: $year, first: 10) { nodes { ${ROLL} } } }`;

const generate = async (who: ApiClient, kind: string, year: number) => (await who.ok(GENERATE, { input: { kind: kinds[kind], year } })).allowanceRollGenerate;
const step = async (who: ApiClient, roll: string, action: string) => (await who.ok(STEP, { input: { roll, action } })).allowanceRollStep;
const readRoll = async (who: ApiClient, year: number) => (await who.ok(READ, { year })).allowanceRolls.nodes[0];

beforeAll(async () => {
  t = await startTestApp();
  [city, chaoyang, haidian] = await Promise.all(['city', 'chaoyang', 'haidian'].map((u) => t.as(u)));
  const national = await newModelWorker(t, 'roll-national', ['NATIONAL_MODEL_WORKER']);
  // Neither the dead nor those who lost the title are on a roll.
  const revoked = await newModelWorker(t, 'roll-revoked', ['BJ_MODEL_WORKER']);
  const dead = await newModelWorker(t, 'roll-dead', ['BJ_MODEL_WORKER']);
  const em = t.app.orm.em.fork();
  // The payment file carries the whole ID number, which the registry keeps sealed.
  const worker = await em.findOneOrFail(ModelWorker, national.worker.id);
  setIdNumber(worker, '110105197001011234');
  await em.flush();
  await em.nativeUpdate(ModelWorker, { id: dead.worker.id }, { status: ModelWorkerStatus.DECEASED });
  await em.getConnection().execute(`update model_worker_honor set revoked_at = now() where model_worker_id = ?`, [revoked.worker.id]);
  [{ n: entitled }] = await em.getConnection().execute(`
    select count(distinct w.id)::int as n from model_worker w join model_worker_honor h on h.model_worker_id = w.id join honor o on o.id = h.honor_id
    where w.status = 'ACTIVE' and h.revoked_at is null and o.model_worker_treatment and o.treatment_level in ('NATIONAL', 'PROVINCIAL')`);
  await setCareBudget(t, 'city', CITY, 2026, 100_000_000);
  kinds = Object.fromEntries((await city.ok(`{ allowanceKinds { id code } }`)).allowanceKinds.map((k: { id: string; code: string }) => [k.code, k.id]));
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('the Spring Festival roll, from the registry, once per person and year', () => {
  it('two rolls generated at once: one is made, the other refused by the one-line-per-person constraint', async () => {
    const answers = await Promise.all([generate(city, 'SPRING_FESTIVAL', 2026), generate(await t.as('city'), 'SPRING_FESTIVAL', 2026)]);
    expect(answers.flatMap(codes)).toEqual(['care/roll_exists']);
    const made = answers.find((a) => a.roll)!.roll;
    expect(made.lines.totalCount).toBe(entitled);
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from allowance_roll_line where year = 2026`);
    expect(n).toBe(entitled);
    expect(codes(await generate(city, 'SPRING_FESTIVAL', 2026))).toEqual(['care/roll_exists']);
  });

  it('2,000 yuan a national model worker, 1,000 a municipal one; the dead and the revoked are left out', async () => {
    const roll = await readRoll(city, 2026);
    const names = roll.lines.nodes.map((l: { modelWorkerName: string }) => l.modelWorkerName);
    expect(roll.lines.nodes.filter((l: { level: string }) => l.level === 'NATIONAL')).toEqual([
      expect.objectContaining({ amountYuan: 2_000, organization: { name: '北京燕京精密机械有限公司工会' } }),
    ]);
    expect(roll.lines.nodes.filter((l: { level: string }) => l.level === 'PROVINCIAL').every((l: { amountYuan: number }) => l.amountYuan === 1_000)).toBe(true);
    // newModelWorker names every worker 钱学文: only the national one of the three is on the roll.
    expect(names.filter((n: string) => n === '钱学文')).toHaveLength(1);
  });

  it('totals per district and level add up to the roll', async () => {
    const roll = await readRoll(city, 2026);
    const sum = roll.lines.nodes.reduce((s: number, l: { amountYuan: number }) => s + l.amountYuan, 0);
    expect(roll.totals.reduce((s: number, x: { amountYuan: number }) => s + x.amountYuan, 0)).toBe(sum);
    expect(roll.totals.reduce((s: number, x: { people: number }) => s + x.people, 0)).toBe(entitled);
    expect(roll.totals).toContainEqual({ district: '朝阳区总工会', level: 'NATIONAL', people: 1, amountYuan: 2_000 });
  });

  it('a district sees only its own lines and totals', async () => {
    const mine = await readRoll(chaoyang, 2026);
    const theirs = await readRoll(haidian, 2026);
    expect(mine.lines.totalCount).toBeGreaterThan(0);
    expect(theirs.lines.totalCount).toBeGreaterThan(0);
    expect(mine.totals.map((x: { district: string }) => x.district)).toEqual(expect.arrayContaining(['朝阳区总工会']));
    expect(new Set(mine.totals.map((x: { district: string }) => x.district))).toEqual(new Set(['朝阳区总工会']));
    expect(new Set(theirs.totals.map((x: { district: string }) => x.district))).toEqual(new Set(['海淀区总工会']));
    const theirNames = new Set(theirs.lines.nodes.map((l: { organization: { name: string } }) => l.organization.name));
    expect(mine.lines.nodes.some((l: { organization: { name: string } }) => theirNames.has(l.organization.name))).toBe(false);
  });

  it('a roll is read by its id, its people a page at a time and in the reader’s scope, as the roll page opens it', async () => {
    const LINES = `query($id: ID!, $after: String) { node(id: $id) { ... on AllowanceRoll { lines(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }`;
    const { id } = await readRoll(city, 2026);
    const first = (await city.ok(LINES, { id })).node.lines;
    expect(first.totalCount).toBe(entitled);
    expect(first.nodes).toHaveLength(2);
    const second = (await city.ok(LINES, { id, after: first.pageInfo.endCursor })).node.lines;
    expect(second.nodes.map((n: { id: string }) => n.id)).not.toContain(first.nodes[0].id);
    expect((await chaoyang.ok(LINES, { id })).node.lines.totalCount).toBe((await readRoll(chaoyang, 2026)).lines.totalCount);
    expect((await t.anonymous().gql(LINES, { id })).data?.node ?? null).toBeNull();
  });

  it('only the city generates and steps a roll', async () => {
    expect(codes(await generate(chaoyang, 'SPRING_FESTIVAL', 2027))).toEqual(['auth/forbidden']);
    const roll = await readRoll(chaoyang, 2026);
    expect(codes(await step(chaoyang, roll.id, 'REVIEW'))).toEqual(['auth/forbidden']);
    expect((await t.anonymous().gql(READ, { year: 2026 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reviewed, approved, exported as a payment file, and paid once under concurrent requests', async () => {
    const roll = await readRoll(city, 2026);
    expect(codes(await step(city, roll.id, 'PAY'))).toEqual(['care/not_now']);
    expect((await step(city, roll.id, 'REVIEW')).roll.state).toBe('REVIEWED');
    const approvals = await Promise.all([step(city, roll.id, 'APPROVE'), step(await t.as('city'), roll.id, 'APPROVE')]);
    expect(approvals.flatMap(codes)).toEqual(['care/not_now']);
    const exported = await step(city, roll.id, 'EXPORT');
    const rows = exported.paymentFile.replace(/^\uFEFF/, '').trim().split('\n');
    expect(rows[0]).toBe('序号,姓名,身份证号,所在工会,待遇级别,补助项目,年度,金额（元）');
    expect(rows).toHaveLength(entitled + 1);
    expect(rows).toContainEqual(expect.stringMatching(/,钱学文,110105197001011234,北京燕京精密机械有限公司工会,全国,春节慰问金,2026,2000$/));
    const payments = await Promise.all([city, await t.as('city'), city].map((who) => step(who, roll.id, 'PAY')));
    expect(payments.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    expect(payments.flatMap(codes)).toEqual(['care/not_now', 'care/not_now']);
  });

  it('an allowance without an amount is not rolled', async () => {
    expect(codes(await generate(city, 'MAY_DAY', 2026))).toEqual(['care/amount_not_set']);
    expect(codes(await generate(city, 'LIVING_HARDSHIP', 2026))).toEqual(['care/amount_not_set']);
  });
});

describe('the amounts and rules are data the administrator keeps', () => {
  const UPDATE_KIND = `mutation($input: AllowanceKindUpdateInput!) { allowanceKindUpdate(input: $input) { kind { code nationalYuan municipalYuan } userErrors { code } } }`;
  const UPDATE_RULE = `mutation($input: GrantRuleUpdateInput!) { grantRuleUpdate(input: $input) { rule { cause thresholdYuan ratePercent capYuan } userErrors { code field } } }`;

  it('once the administrator sets 五一 for national model workers, its roll holds only them', async () => {
    expect(codes((await city.ok(UPDATE_KIND, { input: { kind: kinds.MAY_DAY, nationalYuan: 2_000 } })).allowanceKindUpdate)).toEqual(['auth/forbidden']);
    const admin = await t.as('admin');
    const set = (await admin.ok(UPDATE_KIND, { input: { kind: kinds.MAY_DAY, nationalYuan: 2_000 } })).allowanceKindUpdate;
    expect(set.kind).toEqual({ code: 'MAY_DAY', nationalYuan: 2_000, municipalYuan: null });
    const roll = (await generate(city, 'MAY_DAY', 2026)).roll;
    expect(roll.lines.nodes).toEqual([expect.objectContaining({ level: 'NATIONAL', amountYuan: 2_000 })]);
  });

  it('an amount cleared is not paid at that level; a negative amount is refused', async () => {
    const admin = await t.as('admin');
    expect(codes((await admin.ok(UPDATE_KIND, { input: { kind: kinds.NATIONAL_DAY, nationalYuan: -1 } })).allowanceKindUpdate)).toEqual(['common/invalid']);
    await admin.ok(UPDATE_KIND, { input: { kind: kinds.NATIONAL_DAY, nationalYuan: 2_000 } });
    const cleared = (await admin.ok(UPDATE_KIND, { input: { kind: kinds.NATIONAL_DAY, nationalYuan: null } })).allowanceKindUpdate;
    expect(cleared).toEqual({ kind: { code: 'NATIONAL_DAY', nationalYuan: null, municipalYuan: null }, userErrors: [] });
    expect(codes(await generate(city, 'NATIONAL_DAY', 2026))).toEqual(['care/amount_not_set']);
  });

  it('a rule’s figures change as named, and a figure its computation needs cannot be cleared', async () => {
    const admin = await t.as('admin');
    const rules = (await admin.ok(`{ grantRules { id cause } }`)).grantRules as { id: string; cause: string }[];
    const illness = rules.find((r) => r.cause === 'OWN_SERIOUS_ILLNESS')!.id;
    expect(codes((await city.ok(UPDATE_RULE, { input: { rule: illness, capYuan: 30_000 } })).grantRuleUpdate)).toEqual(['auth/forbidden']);
    expect((await admin.ok(UPDATE_RULE, { input: { rule: illness, capYuan: -1 } })).grantRuleUpdate.userErrors).toEqual([{ code: 'common/invalid', field: ['capYuan'] }]);
    const changed = (await admin.ok(UPDATE_RULE, { input: { rule: illness, capYuan: 30_000 } })).grantRuleUpdate;
    expect(changed.rule).toEqual({ cause: 'OWN_SERIOUS_ILLNESS', thresholdYuan: 10_000, ratePercent: 25, capYuan: 30_000 });
    const cleared = (await admin.ok(UPDATE_RULE, { input: { rule: illness, ratePercent: null } })).grantRuleUpdate;
    expect(cleared.userErrors).toEqual([{ code: 'care/figure_required', field: ['ratePercent'] }]);
  });
});
