import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { beijingYear, CHAOYANG, CITY, codes, newModelWorker, organizationId, setCareBudget, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let admin: ApiClient;
let city: ApiClient;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let kinds: Record<string, string>;
const year = beijingYear();

const ROLL = 'id state byCase lines(first: 100) { totalCount nodes { level amountYuan } } viewerActionOptions { action }';
const GENERATE = `mutation($input: AllowanceRollGenerateInput!) { allowanceRollGenerate(input: $input) { roll { ${ROLL} } userErrors { code } } }`;
const STEP = `mutation($input: AllowanceRollStepInput!) { allowanceRollStep(input: $input) { roll { state } paymentFile userErrors { code } } }`;
const CASE = `mutation($input: AllowanceRollCaseAddInput!) { allowanceRollCaseAdd(input: $input) { roll { ${ROLL} } userErrors { code } } }`;
const FIGURES = `mutation($input: HardshipFigureSetInput!) { hardshipFigureSet(input: $input) { figure { year averageWageYuan } userErrors { code } } }`;
const INCOME = `mutation($input: IncomeStatementSetInput!) { incomeStatementSet(input: $input) { statement { year retired monthlyYuan } userErrors { code } } }`;
const KIND = `mutation($input: AllowanceKindUpdateInput!) { allowanceKindUpdate(input: $input) { userErrors { code } } }`;
const APPLY = `mutation($input: GrantApplyInput!) { grantApply(input: $input) { application { id amountYuan } userErrors { code } } }`;
const GRANT_STEP = `mutation($input: GrantApplicationStepInput!) { grantApplicationStep(input: $input) { application { state } userErrors { code message } } }`;
const BUDGETS = `query($year: Int!) { careBudgets(year: $year, first: 50) { nodes { organization { name } allocatedYuan ownBudgetYuan matchedYuan donatedYuan totalYuan spentYuan
  charges(first: 20) { nodes { what amountYuan overrideReason overriddenByName chargedByName } } } } }`;

const generate = async (who: ApiClient, kind: string, y: number) => (await who.ok(GENERATE, { input: { kind: kinds[kind], year: y } })).allowanceRollGenerate;
const rollStep = async (who: ApiClient, roll: string, action: string, budgetOverrideReason?: string) =>
  (await who.ok(STEP, { input: { roll, action, budgetOverrideReason } })).allowanceRollStep;
const addCase = async (who: ApiClient, roll: string, modelWorker: string, amountYuan: number) =>
  (await who.ok(CASE, { input: { roll, modelWorker, amountYuan, reason: '配偶重病失业，家庭生活困难' } })).allowanceRollCaseAdd;
const state = async (who: ApiClient, modelWorker: string, y: number, retired: boolean, monthlyYuan: number) =>
  (await who.ok(INCOME, { input: { modelWorker, year: y, retired, monthlyYuan } })).incomeStatementSet;
const grantStep = async (who: ApiClient, application: string, action: string, budgetOverrideReason?: string) =>
  (await who.ok(GRANT_STEP, { input: { application, action, budgetOverrideReason } })).grantApplicationStep;
const budgetOf = async (who: ApiClient, y: number, name: string) =>
  (await who.ok(BUDGETS, { year: y })).careBudgets.nodes.find((b: { organization: { name: string } }) => b.organization.name === name);

beforeAll(async () => {
  t = await startTestApp();
  [admin, city, unit, chaoyang, haidian] = await Promise.all(['admin', 'city', 'unit', 'chaoyang', 'haidian'].map((u) => t.as(u)));
  kinds = Object.fromEntries((await city.ok(`{ allowanceKinds { id code } }`)).allowanceKinds.map((k: { id: string; code: string }) => [k.code, k.id]));
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('the living-hardship allowance: those under the city’s figures for the year', () => {
  const Y = 2031;
  let people: Record<string, string>;

  beforeAll(async () => {
    const made = await Promise.all([
      ['lh-wage-under', 'NATIONAL_MODEL_WORKER'], ['lh-wage-at', 'NATIONAL_MODEL_WORKER'],
      ['lh-pension-under', 'BJ_MODEL_WORKER'], ['lh-municipal-in-post', 'BJ_MODEL_WORKER'],
    ].map(async ([name, honor]) => [name, (await newModelWorker(t, name, [honor])).worker.nodeId] as const));
    people = Object.fromEntries(made);
  });

  it('needs its amounts and the year’s figures, which only the administrator sets', async () => {
    expect(codes(await generate(city, 'LIVING_HARDSHIP', Y))).toEqual(['care/amount_not_set']);
    expect(codes((await admin.ok(KIND, { input: { kind: kinds.LIVING_HARDSHIP, nationalYuan: 15_000, municipalYuan: 5_000 } })).allowanceKindUpdate)).toEqual([]);
    expect(codes(await generate(city, 'LIVING_HARDSHIP', Y))).toEqual(['care/figures_not_set']);
    const figures = { year: Y, averageWageYuan: 9_000, pensionLevelYuan: 4_000, basicPensionYuan: 3_500 };
    expect(codes((await city.ok(FIGURES, { input: figures })).hardshipFigureSet)).toEqual(['auth/forbidden']);
    expect((await admin.ok(FIGURES, { input: figures })).hardshipFigureSet.figure).toEqual({ year: Y, averageWageYuan: 9_000 });
  });

  it('the union states incomes, sealed at rest; another district may not', async () => {
    expect(codes(await state(haidian, people['lh-wage-under'], Y, false, 8_999))).toEqual(['auth/forbidden']);
    expect((await state(unit, people['lh-wage-under'], Y, false, 8_999)).statement).toEqual({ year: Y, retired: false, monthlyYuan: 8_999 });
    await state(unit, people['lh-wage-at'], Y, false, 9_000);
    await state(unit, people['lh-pension-under'], Y, true, 3_499);
    await state(unit, people['lh-municipal-in-post'], Y, false, 100);
    const rows = await t.app.orm.em.fork().getConnection().execute(`select monthly_yuan_sealed as v from care_income_statement where year = ?`, [Y]);
    expect(rows).toHaveLength(4);
    expect(rows.some((r) => /8999|3499/.test(String(r.v)))).toBe(false);
  });

  it('the roll holds those under the figures (8,999 < 9,000; 3,499 < 3,500), not those at them or a municipal one in post', async () => {
    const made = await generate(city, 'LIVING_HARDSHIP', Y);
    expect(codes(made)).toEqual([]);
    expect(made.roll.lines.totalCount).toBe(2);
    expect(made.roll.lines.nodes).toEqual(expect.arrayContaining([{ level: 'NATIONAL', amountYuan: 15_000 }, { level: 'PROVINCIAL', amountYuan: 5_000 }]));
  });
});

describe('special-hardship aid by case, and one payment a person under concurrent requests', () => {
  let roll: string;
  let worker: string;

  it('the roll starts empty; the city adds a case; the same person twice at once is refused by the constraint', async () => {
    worker = (await newModelWorker(t, 'sh-case', ['NATIONAL_MODEL_WORKER'])).worker.nodeId;
    const made = await generate(city, 'SPECIAL_HARDSHIP', year);
    expect(made.roll).toMatchObject({ state: 'DRAFT', byCase: true, lines: { totalCount: 0 } });
    roll = made.roll.id;
    expect(codes(await addCase(chaoyang, roll, worker, 5_000))).toEqual(['auth/forbidden']);
    const answers = await Promise.all([addCase(city, roll, worker, 5_000), addCase(await t.as('city'), roll, worker, 5_000)]);
    expect(answers.flatMap(codes)).toEqual(['care/already_on_roll']);
    const second = (await generate(city, 'SPECIAL_HARDSHIP', year)).roll.id;
    expect(codes(await addCase(city, second, worker, 2_000))).toEqual(['care/already_on_roll']);
    const spring = await generate(city, 'SPRING_FESTIVAL', 2032);
    expect(codes(await addCase(city, spring.roll.id, worker, 2_000))).toEqual(['care/not_case_roll']);
  });

  it('approved once under concurrent approvals, charged once, exported and paid', async () => {
    await setCareBudget(t, 'city', CITY, year, 1_000_000);
    expect((await rollStep(city, roll, 'REVIEW')).roll.state).toBe('REVIEWED');
    const approvals = await Promise.all([rollStep(city, roll, 'APPROVE'), rollStep(await t.as('city'), roll, 'APPROVE'), rollStep(await t.as('city'), roll, 'APPROVE')]);
    expect(approvals.flatMap(codes)).toEqual(['care/not_now', 'care/not_now']);
    const budget = await budgetOf(city, year, CITY);
    expect(budget.charges.nodes).toEqual([expect.objectContaining({ what: `特殊困难帮扶金（${year}）`, amountYuan: 5_000, overrideReason: null })]);
    const file = (await rollStep(city, roll, 'EXPORT')).paymentFile.replace(/^\uFEFF/, '').trim().split('\n');
    expect(file).toHaveLength(2);
    expect(file[1]).toMatch(/,钱学文,,北京燕京精密机械有限公司工会,全国,特殊困难帮扶金,\d{4},5000$/);
    expect((await rollStep(city, roll, 'PAY')).roll.state).toBe('PAID');
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from allowance_roll_line l join allowance_kind k on k.id = l.kind_id where k.code = 'SPECIAL_HARDSHIP' and l.year = ?`, [year]);
    expect(n).toBe(1);
  });
});

describe('funds: nothing approved past the budget without a recorded override', () => {
  const grants: string[] = [];
  let refused = '';

  beforeAll(async () => {
    for (const name of ['fund-a', 'fund-b', 'fund-c']) {
      const worker = (await newModelWorker(t, name, ['BJ_MODEL_WORKER'])).worker.nodeId;
      const applied = (await unit.ok(APPLY, { input: { modelWorker: worker, cause: 'DEATH', description: '家属报告去世，申请慰问金' } })).grantApply;
      expect(applied.application.amountYuan).toBe(3_000);
      grants.push(applied.application.id);
      await grantStep(chaoyang, applied.application.id, 'REVIEW');
    }
  });

  it('with no budget there is nothing to spend: approval needs an override', async () => {
    const refused = await grantStep(chaoyang, grants[0], 'APPROVE');
    expect(codes(refused)).toEqual(['care/over_budget']);
    expect(refused.userErrors[0].message).toContain('预算 0 元');
  });

  it('a budget by source; three approvals at once against 6,000: two fit exactly, the third is refused', async () => {
    const input = { organization: await organizationId(t, CHAOYANG), year, allocatedYuan: 2_000, ownBudgetYuan: 3_000, matchedYuan: 500, donatedYuan: 500 };
    expect(codes((await haidian.ok(`mutation($input: CareBudgetSetInput!) { careBudgetSet(input: $input) { userErrors { code } } }`, { input })).careBudgetSet)).toEqual(['auth/forbidden']);
    await chaoyang.ok(`mutation($input: CareBudgetSetInput!) { careBudgetSet(input: $input) { userErrors { code } } }`, { input });
    const answers = await Promise.all(grants.map(async (g) => grantStep(await t.as('chaoyang'), g, 'APPROVE')));
    expect(answers.filter((a) => a.application?.state === 'APPROVED')).toHaveLength(2);
    expect(answers.flatMap(codes)).toEqual(['care/over_budget']);
    refused = grants[answers.findIndex((a) => codes(a).length)];
    const budget = await budgetOf(chaoyang, year, CHAOYANG);
    expect(budget).toMatchObject({ allocatedYuan: 2_000, ownBudgetYuan: 3_000, matchedYuan: 500, donatedYuan: 500, totalYuan: 6_000, spentYuan: 6_000 });
  });

  it('the override is approved with its reason and who gave it; the budget shows it spent past', async () => {
    const still = refused;
    expect(codes(await grantStep(chaoyang, still, 'APPROVE', '    '))).toEqual(['care/over_budget']);
    const approved = await grantStep(chaoyang, still, 'APPROVE', '劳模去世，慰问不能延误，下年度预算补足');
    expect(approved.application.state).toBe('APPROVED');
    const budget = await budgetOf(chaoyang, year, CHAOYANG);
    expect(budget.spentYuan).toBe(9_000);
    expect(budget.charges.nodes.filter((c: { overrideReason: string | null }) => c.overrideReason)).toEqual([
      { what: `去世慰问（${year}）`, amountYuan: 3_000, overrideReason: '劳模去世，慰问不能延误，下年度预算补足', overriddenByName: expect.any(String), chargedByName: expect.any(String) },
    ]);
    // A district sees its budget; another district does not.
    expect(await budgetOf(haidian, year, CHAOYANG)).toBeUndefined();
    expect((await grantStep(chaoyang, still, 'PAY')).application.state).toBe('PAID');
  });
});

describe('the year’s care report, per district and for the city, and its export', () => {
  const REPORT = `query($year: Int!) { careReport(year: $year) { year total { paidYuan allowances { code people amountYuan } grants { cause count amountYuan } }
    districts { district paidYuan allowances { code amountYuan } grants { cause count amountYuan } } } }`;

  it('money paid by kind and grants by cause; only what is paid counts', async () => {
    const report = (await city.ok(REPORT, { year })).careReport;
    expect(report.total.allowances).toEqual([{ code: 'SPECIAL_HARDSHIP', people: 1, amountYuan: 5_000 }]);
    expect(report.total.grants).toEqual([{ cause: 'DEATH', count: 1, amountYuan: 3_000 }]);
    expect(report.total.paidYuan).toBe(8_000);
    expect(report.districts).toEqual([expect.objectContaining({ district: CHAOYANG, paidYuan: 8_000 })]);
  });

  it('a district sees its own figures only', async () => {
    expect((await chaoyang.ok(REPORT, { year })).careReport.total.paidYuan).toBe(8_000);
    const theirs = (await haidian.ok(REPORT, { year })).careReport;
    expect(theirs.total.paidYuan).toBe(0);
    expect(theirs.districts).toEqual([]);
    expect((await admin.gql(REPORT, { year })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports an XLSX workbook with the money by kind per district', async () => {
    const base64 = (await city.ok(`query($year: Int!) { careReportWorkbook(year: $year) }`, { year })).careReportWorkbook;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('发放金额')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '区域', '特殊困难帮扶金', '困难救助', '合计']);
    expect(sheet.getRow(3).values).toEqual([undefined, CHAOYANG, 5_000, 3_000, 8_000]);
    expect(sheet.getRow(4).values).toEqual([undefined, '全市合计', 5_000, 3_000, 8_000]);
    expect(book.getWorksheet('困难救助')!.getRow(2).values).toEqual([undefined, CHAOYANG, '去世慰问', 1, 3_000]);
  });
});
