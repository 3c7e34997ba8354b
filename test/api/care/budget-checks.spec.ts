import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAOYANG, CITY, codes, newCareWorker, setCareBudget, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let city: ApiClient;
let chaoyang: ApiClient;
let pkg: Record<string, string>;

const YEAR = 2028;
const CHECK_BATCH = `mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id } userErrors { code } } }`;
const BOOK = `mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id cityShareFen } userErrors { code } } }`;
const CHECK_STEP = `mutation($input: HealthCheckBookingStepInput!) { healthCheckBookingStep(input: $input) { booking { id state } userErrors { code field message } } }`;
const CHECKS = `query($batch: String) { healthCheckBookings(first: 100, batch: $batch) { nodes { id state } } }`;
const RECUP_BATCH = `mutation($input: RecuperationBatchCreateInput!) { recuperationBatchCreate(input: $input) { batch { id } userErrors { code } } }`;
const ENROL = `mutation($input: RecuperationEnrolInput!) { recuperationEnrol(input: $input) { enrolment { id } userErrors { code } } }`;
const ALLOCATE = `mutation($input: RecuperationAllocateInput!) { recuperationBatchAllocate(input: $input) { batch { places { taken left } } userErrors { code message } } }`;
const RECUP_STEP = `mutation($input: RecuperationEnrolmentStepInput!) { recuperationEnrolmentStep(input: $input) { enrolment { state } userErrors { code } } }`;
const ENROLMENTS = `query($batch: String) { recuperationEnrolments(first: 100, batch: $batch) { nodes { id state } } }`;
const BUDGETS = `query($year: Int!) { careBudgets(year: $year, first: 10) { nodes { organization { name } totalYuan spentYuan
  charges(first: 20) { nodes { kind what amountYuan overrideReason overriddenByName chargedByName } } } } }`;

const budgetOf = async (who: ApiClient, name: string) =>
  (await who.ok(BUDGETS, { year: YEAR })).careBudgets.nodes.find((b: { organization: { name: string } }) => b.organization.name === name);
const attend = async (who: ApiClient, booking: string, budgetOverrideReason?: string) =>
  (await who.ok(CHECK_STEP, { input: { booking, action: 'ATTEND', budgetOverrideReason } })).healthCheckBookingStep;
const allocate = async (who: ApiClient, batch: string, budgetOverrideReason?: string) =>
  (await who.ok(ALLOCATE, { input: { batch, budgetOverrideReason } })).recuperationBatchAllocate;
const statesOf = async (query: string, batch: string) => {
  const data = await city.ok(query, { batch });
  return (Object.values(data)[0] as { nodes: { id: string; state: string }[] }).nodes.map((n) => n.state).sort();
};
const auditCount = async (action: string): Promise<number> => {
  const [{ n }] = await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from audit_entry where action = ?`, [action]);
  return n as number;
};

/** A municipal model worker of 朝阳 booked on the 1,200 yuan package: the unit pays 360, the organizer 840. */
async function booked(batch: string, name: string): Promise<string> {
  const worker = await newCareWorker(t, name, { withAccount: false });
  const { booking, userErrors } = (await chaoyang.ok(BOOK, { input: { batch, package: pkg.MUNICIPAL_1200, modelWorker: worker.id } })).healthCheckBook;
  expect(userErrors).toEqual([]);
  expect(booking.cityShareFen).toBe(84_000);
  return booking.id;
}

/** A 朝阳 district batch (the district pays all, 2,000 yuan a place) with the named model workers applied. */
async function districtBatch(name: string, workers: string[]): Promise<{ batch: string; enrolments: string[] }> {
  const { batch } = (await chaoyang.ok(RECUP_BATCH, {
    input: { name, destination: '怀柔', startsOn: '2028-05-10', endsOn: '2028-05-14', capacity: 10, arrangement: 'DISTRICT', transportYuan: 500, restYuan: 1_500 },
  })).recuperationBatchCreate;
  const enrolments: string[] = [];
  for (const worker of workers) {
    const { id } = await newCareWorker(t, worker, { withAccount: false });
    enrolments.push((await chaoyang.ok(ENROL, { input: { batch: batch.id, modelWorker: id } })).recuperationEnrol.enrolment.id);
  }
  return { batch: batch.id, enrolments };
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(`${YEAR}-03-02`);
  [city, chaoyang] = await Promise.all([t.as('city'), t.as('chaoyang')]);
  const packages = (await city.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages;
  pkg = Object.fromEntries(packages.map((p: { code: string; id: string }) => [p.code, p.id]));
  await setCareBudget(t, 'city', CITY, YEAR, 2_000);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('an attended health check charges the organizer’s share to its care budget', () => {
  let batch: string;
  let refused: string;

  it('a check that fits is charged at attendance, as a health check with its batch', async () => {
    batch = (await city.ok(CHECK_BATCH, { input: { name: '2028年劳模体检（预算）', venue: '北京工人疗养院', startsOn: '2028-03-01', endsOn: '2028-03-20', capacity: 50 } }))
      .healthCheckBatchCreate.batch.id;
    const booking = await booked(batch, '预算体检甲');
    expect((await budgetOf(city, CITY)).spentYuan).toBe(0);
    expect((await attend(city, booking)).booking.state).toBe('ATTENDED');
    const budget = await budgetOf(city, CITY);
    expect(budget).toMatchObject({ totalYuan: 2_000, spentYuan: 840 });
    expect(budget.charges.nodes).toEqual([
      { kind: 'HEALTH_CHECK', what: '2028年劳模体检（预算）', amountYuan: 840, overrideReason: null, overriddenByName: null, chargedByName: expect.any(String) },
    ]);
  });

  it('two attendances at once with 1,160 yuan left: one is charged, the other refused', async () => {
    const [b, c] = [await booked(batch, '预算体检乙'), await booked(batch, '预算体检丙')];
    const answers = await Promise.all([b, c].map(async (booking) => attend(await t.as('city'), booking)));
    expect(answers.filter((a) => a.booking?.state === 'ATTENDED')).toHaveLength(1);
    expect(answers.flatMap(codes)).toEqual(['care/over_budget']);
    refused = [b, c][answers.findIndex((a) => codes(a).length)]!;
    expect((await budgetOf(city, CITY)).spentYuan).toBe(1_680);
  });

  it('past the budget without a reason it is refused in the user’s language, and nothing is written', async () => {
    const overrides = await auditCount('care.budget_override');
    const zh = await attend(city, refused);
    expect(zh.userErrors).toEqual([{ code: 'care/over_budget', field: ['budgetOverrideReason'], message: expect.stringContaining(`超出 ${YEAR} 年关爱经费预算：预算 2000 元，已支出 1680 元，本次 840 元`) }]);
    const en = await attend(await t.as('city', 'en'), refused);
    expect(en.userErrors[0].message).toContain(`Past the ${YEAR} care budget`);
    expect(await statesOf(CHECKS, batch)).toEqual(['ATTENDED', 'ATTENDED', 'BOOKED']);
    expect((await budgetOf(city, CITY)).charges.nodes).toHaveLength(2);
    expect(await auditCount('care.budget_override')).toBe(overrides);
  });

  it('with an override it is kept, with the reason and who gave it', async () => {
    expect((await attend(city, refused, '体检已完成，医院费用须结算，追加预算待批')).booking.state).toBe('ATTENDED');
    const budget = await budgetOf(city, CITY);
    expect(budget.spentYuan).toBe(2_520);
    expect(budget.charges.nodes.filter((c: { overrideReason: string | null }) => c.overrideReason)).toEqual([{
      kind: 'HEALTH_CHECK', what: '2028年劳模体检（预算）', amountYuan: 840, overrideReason: '体检已完成，医院费用须结算，追加预算待批',
      overriddenByName: expect.any(String), chargedByName: expect.any(String),
    }]);
    expect(await auditCount('care.budget_override')).toBeGreaterThan(0);
  });
});

describe('confirmed recuperation places charge the organizer’s share to its care budget', () => {
  it('an allocation past the budget is refused whole without a reason; with one, each place is charged and the one past carries the reason', async () => {
    await setCareBudget(t, 'chaoyang', CHAOYANG, YEAR, 5_000);
    const { batch, enrolments } = await districtBatch('2028年朝阳劳模疗休养（怀柔）', ['疗养甲', '疗养乙', '疗养丙']);
    const refusedAnswer = await allocate(chaoyang, batch);
    expect(codes(refusedAnswer)).toEqual(['care/over_budget']);
    expect(refusedAnswer.userErrors[0].message).toContain('预算 5000 元，已支出 4000 元，本次 2000 元');
    expect(await statesOf(ENROLMENTS, batch)).toEqual(['APPLIED', 'APPLIED', 'APPLIED']);
    expect((await budgetOf(chaoyang, CHAOYANG)).spentYuan).toBe(0);

    expect((await allocate(chaoyang, batch, '区里安排的年度疗休养，超出部分由下年度预算弥补')).batch.places).toEqual({ taken: 3, left: 7 });
    const budget = await budgetOf(chaoyang, CHAOYANG);
    expect(budget.spentYuan).toBe(6_000);
    expect(budget.charges.nodes.map((c: { kind: string; amountYuan: number; overrideReason: string | null }) => [c.kind, c.amountYuan, c.overrideReason]).sort()).toEqual([
      ['RECUPERATION', 2_000, null], ['RECUPERATION', 2_000, null], ['RECUPERATION', 2_000, '区里安排的年度疗休养，超出部分由下年度预算弥补'],
    ]);

    // A place given up before the batch goes back to the budget.
    expect((await chaoyang.ok(RECUP_STEP, { input: { enrolment: enrolments[0], action: 'WITHDRAW' } })).recuperationEnrolmentStep.enrolment.state).toBe('WITHDRAWN');
    expect((await budgetOf(chaoyang, CHAOYANG)).spentYuan).toBe(4_000);
  });

  it('two batches allocated at once with room for one place: one is confirmed, the other refused', async () => {
    await setCareBudget(t, 'chaoyang', CHAOYANG, YEAR, 6_000);
    const [a, b] = [await districtBatch('并发疗休养甲', ['并发疗养甲']), await districtBatch('并发疗休养乙', ['并发疗养乙'])];
    const answers = await Promise.all([a, b].map(async (x) => allocate(await t.as('chaoyang'), x.batch)));
    expect(answers.flatMap(codes)).toEqual(['care/over_budget']);
    expect([...(await statesOf(ENROLMENTS, a.batch)), ...(await statesOf(ENROLMENTS, b.batch))].sort()).toEqual(['APPLIED', 'CONFIRMED']);
    expect((await budgetOf(chaoyang, CHAOYANG)).spentYuan).toBe(6_000);
  });

  it('a city batch charges the city only its part: the unit’s transport is not the city’s spending', async () => {
    await setCareBudget(t, 'city', CITY, YEAR, 100_000);
    const { batch } = (await city.ok(RECUP_BATCH, {
      input: { name: '2028年劳模疗休养（杭州）', destination: '杭州', startsOn: '2028-06-10', endsOn: '2028-06-16', capacity: 5, arrangement: 'CITY', transportYuan: 1_500, restYuan: 3_000 },
    })).recuperationBatchCreate;
    const { id } = await newCareWorker(t, '杭州疗养者', { withAccount: false });
    await chaoyang.ok(ENROL, { input: { batch: batch.id, modelWorker: id } });
    expect(codes(await allocate(city, batch.id))).toEqual([]);
    const charges = (await budgetOf(city, CITY)).charges.nodes.filter((c: { kind: string }) => c.kind === 'RECUPERATION');
    expect(charges).toEqual([expect.objectContaining({ what: '2028年劳模疗休养（杭州）', amountYuan: 3_000 })]);
  });
});
