import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, newCareWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let chaoyang: ApiClient;
let haidian: ApiClient;
let batch: string;
let pkg: string;

const RECORD = `mutation($input: HealthCheckElsewhereRecordInput!) { healthCheckElsewhereRecord(input: $input) { record { year checkedOn hospital } userErrors { code field } } }`;
const BOOK = `mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`;
const MISSING = `query($year: Int!) { healthCheckMissing(year: $year, first: 100) { nodes { modelWorker { name } } } }`;

const record = async (who: ApiClient, modelWorker: string, checkedOn = '2027-02-20') =>
  (await who.ok(RECORD, { input: { modelWorker, checkedOn, hospital: '北京协和医院' } })).healthCheckElsewhereRecord;
const book = async (who: ApiClient, modelWorker: string) => (await who.ok(BOOK, { input: { batch, package: pkg, modelWorker } })).healthCheckBook;
const missing = async (who: ApiClient) => (await who.ok(MISSING, { year: 2027 })).healthCheckMissing.nodes.map((n: { modelWorker: { name: string } }) => n.modelWorker.name);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  [chaoyang, haidian] = await Promise.all([t.as('chaoyang'), t.as('haidian')]);
  const city = await t.as('city');
  batch = (await city.ok(`mutation { healthCheckBatchCreate(input: { name: "2027年劳模体检", venue: "北京工人疗养院", startsOn: "2027-04-06", endsOn: "2027-04-09", capacity: 50 }) { batch { id } } }`))
    .healthCheckBatchCreate.batch.id;
  pkg = (await city.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages.find((p: { code: string }) => p.code === 'MUNICIPAL_1200').id;
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('a health check done elsewhere counts as the year’s check', () => {
  it('the district records it: the model worker leaves the “no check this year” list and is not booked again', async () => {
    const worker = await newCareWorker(t, '院外体检劳模', { withAccount: true });
    expect(await missing(chaoyang)).toContain('院外体检劳模');
    expect(codes(await record(haidian, worker.id))).toEqual(['auth/forbidden']);
    expect(codes(await record((await t.as('院外体检劳模')), worker.id))).toEqual(['auth/forbidden']);
    expect(codes(await record(chaoyang, worker.id, '2027-03-02'))).toEqual(['care_visit/future_date']);
    expect(await record(chaoyang, worker.id)).toEqual({ record: { year: 2027, checkedOn: '2027-02-20', hospital: '北京协和医院' }, userErrors: [] });
    expect(await missing(chaoyang)).not.toContain('院外体检劳模');
    expect(await missing(await t.as('city'))).not.toContain('院外体检劳模');
    expect(codes(await book(chaoyang, worker.id))).toEqual(['care/checked_this_year']);
    expect(codes(await record(chaoyang, worker.id, '2027-01-05'))).toEqual(['care/checked_this_year']);
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from audit_entry where action = 'care.check_elsewhere'`);
    expect(n).toBe(1);
  });

  it('a booking and a check recorded elsewhere at the same moment: only one stands', async () => {
    const worker = await newCareWorker(t, '同时登记劳模', { withAccount: false });
    const [booked, recorded] = await Promise.all([book(await t.as('chaoyang'), worker.id), record(await t.as('chaoyang'), worker.id)]);
    expect([...codes(booked), ...codes(recorded)]).toEqual(['care/checked_this_year']);
  });

  it('a check last year does not count for this year', async () => {
    const worker = await newCareWorker(t, '去年体检劳模', { withAccount: false });
    expect(codes(await record(chaoyang, worker.id, '2026-11-20'))).toEqual([]);
    expect(await missing(chaoyang)).toContain('去年体检劳模');
  });
});
