import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCareBudget, CITY, codes, newCareWorker, signIn, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let self: ApiClient;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;
let pkg: Record<string, string>;

const BOOKING = 'id state level year priceFen unitShareFen cityShareFen result modelWorker { name } organization { name } package { code }';
const CREATE = `mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id year places { taken left } } userErrors { code } } }`;
const BOOK = `mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { ${BOOKING} } userErrors { code } } }`;
const STEP = `mutation($input: HealthCheckBookingStepInput!) { healthCheckBookingStep(input: $input) { booking { ${BOOKING} } userErrors { code } } }`;
const BOOKINGS = `query($batch: String) { healthCheckBookings(first: 100, batch: $batch) { totalCount nodes { id modelWorker { name } } } }`;
const MISSING = `query($year: Int!) { healthCheckMissing(year: $year, first: 100) { totalCount nodes { modelWorker { name } level organization { name } } } }`;

const batch = async (who: ApiClient, input: Record<string, unknown> = {}) => (await who.ok(CREATE, {
  input: { name: '2027年劳模体检', venue: '北京工人疗养院', startsOn: '2027-04-06', endsOn: '2027-04-09', capacity: 50, ...input },
})).healthCheckBatchCreate;
const book = async (who: ApiClient, input: Record<string, unknown>) => (await who.ok(BOOK, { input })).healthCheckBook;
const step = async (who: ApiClient, booking: string, action: string, result?: string) =>
  (await who.ok(STEP, { input: { booking, action, result } })).healthCheckBookingStep;
const names = (nodes: { modelWorker: { name: string } }[]) => nodes.map((n) => n.modelWorker.name);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  // Attended checks and confirmed places are charged to the organizer's care budget of the year.
  await setCareBudget(t, 'city', CITY, 2027, 100_000_000);
  [self, unit, chaoyang, haidian, city] = await Promise.all((['modelworker', 'unit', 'chaoyang', 'haidian', 'city'] as const).map((u) => signIn(t, u)));
  const packages = (await self.ok(`{ healthCheckPackages { id code level priceYuan unitSharePercent } }`)).healthCheckPackages;
  pkg = Object.fromEntries(packages.map((p: { code: string; id: string }) => [p.code, p.id]));
  expect(packages.map(({ code, level, priceYuan, unitSharePercent }: Record<string, unknown>) => ({ code, level, priceYuan, unitSharePercent }))).toEqual([
    { code: 'NATIONAL_2400', level: 'NATIONAL', priceYuan: 2_400, unitSharePercent: 0 },
    { code: 'MUNICIPAL_1200', level: 'PROVINCIAL', priceYuan: 1_200, unitSharePercent: 30 },
    { code: 'MUNICIPAL_2400', level: 'PROVINCIAL', priceYuan: 2_400, unitSharePercent: 30 },
  ]);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('packages by level, the cost split per person in fen (seed 000)', () => {
  it('a municipal model worker books for themself: the unit pays 30% of 1,200 yuan', async () => {
    const { batch: b } = await batch(city);
    expect(b.year).toBe(2027);
    const { booking } = await book(self, { batch: b.id, package: pkg.MUNICIPAL_1200 });
    expect(booking).toMatchObject({ state: 'BOOKED', level: 'PROVINCIAL', priceFen: 120_000, unitShareFen: 36_000, cityShareFen: 84_000, modelWorker: { name: '张建国' } });
    expect(codes(await book(self, { batch: b.id, package: pkg.MUNICIPAL_2400 }))).toEqual(['care/checked_this_year']);
  });

  it('a national model worker’s 2,400 yuan is wholly the city federation’s; a package of another level is refused', async () => {
    const { batch: b } = await batch(city);
    const national = await newCareWorker(t, '全国劳模甲', { honors: ['NATIONAL_MODEL_WORKER'], withAccount: false });
    expect(codes(await book(unit, { batch: b.id, package: pkg.MUNICIPAL_2400, modelWorker: national.id }))).toEqual(['care/package_level']);
    const { booking } = await book(unit, { batch: b.id, package: pkg.NATIONAL_2400, modelWorker: national.id });
    expect(booking).toMatchObject({ level: 'NATIONAL', priceFen: 240_000, unitShareFen: 0, cityShareFen: 240_000 });
  });

  it('equal treatment counts (全国五一劳动奖章 in Beijing: municipal); a title without treatment does not', async () => {
    const { batch: b } = await batch(city);
    const medal = await newCareWorker(t, '奖章获得者', { honors: ['NATIONAL_MAY1_MEDAL'], withAccount: false });
    expect((await book(unit, { batch: b.id, package: pkg.MUNICIPAL_2400, modelWorker: medal.id })).booking.unitShareFen).toBe(72_000);
    const district = await newCareWorker(t, '区级劳模乙', { honors: ['DISTRICT_MODEL_WORKER'], withAccount: false });
    expect(codes(await book(unit, { batch: b.id, package: pkg.MUNICIPAL_1200, modelWorker: district.id }))).toEqual(['care/not_entitled']);
  });

  it('an office books only for those it serves; only the city and districts set up batches', async () => {
    const { batch: b } = await batch(city);
    const worker = await newCareWorker(t, '朝阳劳模丙', { withAccount: false });
    expect(codes(await book(haidian, { batch: b.id, package: pkg.MUNICIPAL_1200, modelWorker: worker.id }))).toEqual(['auth/forbidden']);
    expect(codes(await batch(unit))).toEqual(['auth/forbidden']);
    // A district's batch is for its own: 海淀's batch refuses a 朝阳 model worker.
    const { batch: haidianBatch } = await batch(haidian);
    expect(codes(await book(chaoyang, { batch: haidianBatch.id, package: pkg.MUNICIPAL_1200, modelWorker: worker.id }))).toEqual(['care/outside_organizer']);
    expect(codes(await batch(city, { startsOn: '2027-04-09', endsOn: '2027-04-08' }))).toEqual(['care/batch_dates']);
  });
});

describe('capacity holds under concurrent bookings', () => {
  it('eight model workers book a batch of three places at once: three get one, five are told it is full', async () => {
    const { batch: b } = await batch(city, { capacity: 3 });
    const workers = await Promise.all(Array.from({ length: 8 }, (_, i) => newCareWorker(t, `并发劳模${i}`)));
    const answers = await Promise.all(workers.map((w) => book(w.client!, { batch: b.id, package: pkg.MUNICIPAL_1200 })));
    expect(answers.filter((a) => a.userErrors.length === 0)).toHaveLength(3);
    expect(answers.flatMap(codes)).toEqual(Array(5).fill('care/batch_full'));
    expect((await city.ok(BOOKINGS, { batch: b.id })).healthCheckBookings.totalCount).toBe(3);
    expect((await city.ok(`{ healthCheckBatches(first: 100) { nodes { id places { taken left } } } }`))
      .healthCheckBatches.nodes.find((n: { id: string }) => n.id === b.id).places).toEqual({ taken: 3, left: 0 });
  });

  it('one model worker booked into two batches at once gets one check a year', async () => {
    const [a, b] = await Promise.all([batch(city), batch(city)]);
    const worker = await newCareWorker(t, '两处预约者');
    const other = await t.as('两处预约者');
    const answers = await Promise.all([
      book(worker.client!, { batch: a.batch.id, package: pkg.MUNICIPAL_1200 }),
      book(other, { batch: b.batch.id, package: pkg.MUNICIPAL_1200 }),
    ]);
    expect(answers.flatMap(codes)).toEqual(['care/checked_this_year']);
  });
});

describe('every booking list is scoped: a unit its own, a district its units, the city all', () => {
  it('a district never sees another district’s bookings', async () => {
    const { batch: b } = await batch(haidian);
    const worker = await newCareWorker(t, '海淀预约劳模', { organization: '海淀区总工会', withAccount: false });
    const { booking } = await book(haidian, { batch: b.id, package: pkg.MUNICIPAL_1200, modelWorker: worker.id });
    const seen = async (who: ApiClient) => (await who.ok(BOOKINGS, {})).healthCheckBookings.nodes.map((n: { id: string }) => n.id);
    expect(await seen(haidian)).toEqual([booking.id]);
    const chaoyangSees = await seen(chaoyang);
    expect(chaoyangSees).not.toContain(booking.id);
    expect(chaoyangSees.length).toBeGreaterThan(3);
    expect(await seen(city)).toEqual(expect.arrayContaining([...chaoyangSees, booking.id]));
    expect((await seen(unit)).length).toBeLessThanOrEqual(chaoyangSees.length);
    expect((await t.anonymous().gql(BOOKINGS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('attendance, the sealed conclusion, and who has had no check this year', () => {
  it('the organizer records attendance from the first day; the conclusion is sealed and shown only to the person and their offices', async () => {
    const { batch: b } = await batch(city, { startsOn: '2027-03-10', endsOn: '2027-03-12' });
    const worker = await newCareWorker(t, '到检劳模');
    const absent = await newCareWorker(t, '未到劳模');
    const { booking } = await book(worker.client!, { batch: b.id, package: pkg.MUNICIPAL_2400 });
    const { booking: missed } = await book(absent.client!, { batch: b.id, package: pkg.MUNICIPAL_2400 });
    expect(codes(await step(city, booking.id, 'ATTEND'))).toEqual(['care/batch_not_started']);
    t.clock.set('2027-03-10');
    try {
      expect(codes(await step(chaoyang, booking.id, 'ATTEND'))).toEqual(['auth/forbidden']);
      const attended = await step(city, booking.id, 'ATTEND', '血压偏高，建议三个月后复查');
      expect(attended.booking).toMatchObject({ state: 'ATTENDED', result: '血压偏高，建议三个月后复查' });
      expect((await step(city, missed.id, 'MARK_ABSENT')).booking.state).toBe('ABSENT');
      expect(codes(await step(city, booking.id, 'CANCEL'))).toEqual(['care/not_now']);
    } finally {
      t.clock.set('2027-03-01');
    }
    const own = (await worker.client!.ok(`{ viewerHealthCheckBookings(first: 10) { nodes { id state result } } }`)).viewerHealthCheckBookings.nodes;
    expect(own).toEqual([{ id: booking.id, state: 'ATTENDED', result: '血压偏高，建议三个月后复查' }]);
    // Another model worker cannot list it; at rest and in the audit it is not in plain text.
    expect((await self.gql(BOOKINGS, { batch: b.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rows = await t.app.orm.em.fork().getConnection().execute(
      `select (select count(*)::int from health_check_booking where result_sealed like '%血压%') as plain,
              (select count(*)::int from health_check_booking where result_sealed is not null) as sealed,
              (select count(*)::int from audit_entry where data::text like '%血压%') as audited`);
    expect(rows[0]).toEqual({ plain: 0, sealed: 1, audited: 0 });
  });

  it('the list of who has had no check: attended ones leave it; each office sees its own', async () => {
    const list = async (who: ApiClient) => names((await who.ok(MISSING, { year: 2027 })).healthCheckMissing.nodes);
    const haidianWorker = await newCareWorker(t, '海淀未检劳模', { organization: '海淀区总工会', withAccount: false });
    expect(haidianWorker.id).toBeTruthy();
    const chaoyangSees = await list(chaoyang);
    expect(chaoyangSees).toContain('未到劳模');
    expect(chaoyangSees).toContain('张建国');
    expect(chaoyangSees).not.toContain('到检劳模');
    expect(chaoyangSees).not.toContain('区级劳模乙');
    expect(chaoyangSees).not.toContain('海淀未检劳模');
    expect(await list(haidian)).toContain('海淀未检劳模');
    expect(await list(haidian)).not.toContain('未到劳模');
    expect(await list(city)).toEqual(expect.arrayContaining(['海淀未检劳模', '未到劳模']));
    const unitSees = (await unit.ok(MISSING, { year: 2027 })).healthCheckMissing.nodes;
    expect(new Set(unitSees.map((n: { organization: { name: string } }) => n.organization.name))).toEqual(new Set(['北京燕京精密机械有限公司工会']));
    expect(unitSees.length).toBeGreaterThan(3);
    expect((await self.gql(MISSING, { year: 2027 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.anonymous().gql(MISSING, { year: 2027 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
