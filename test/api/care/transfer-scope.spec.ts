import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCareBudget, CITY, codes, newCareWorker, organizationId, signIn, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * A model worker's record moved to another keeper (registry transfer, accepted): a booking or enrolment made
 * while the old office kept them stays on its lists (it was that office's work), but acting on it for the
 * person and reading their health-check conclusion go by the offices over them now. The old district must
 * not read a conclusion recorded after the person left it, nor cancel or withdraw their places; the new
 * keeper may cancel or withdraw a place it would otherwise find stranded.
 */
let t: TestApp;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;

const BOOKINGS = `{ healthCheckBookings(first: 100) { nodes { id state result } } }`;
const CHECK_STEP = `mutation($input: HealthCheckBookingStepInput!) { healthCheckBookingStep(input: $input) { booking { id state result } userErrors { code } } }`;
const ENROL_STEP = `mutation($input: RecuperationEnrolmentStepInput!) { recuperationEnrolmentStep(input: $input) { enrolment { id state } userErrors { code } } }`;
const TRANSFER = `mutation($input: ModelWorkerTransferRequestInput!) { modelWorkerTransferRequest(input: $input) { transfer { id } userErrors { code } } }`;
const ACCEPT = `mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { transfer { state } userErrors { code } } }`;
const CONCLUSION = '空腹血糖偏高，建议内分泌科复诊';

let booking: string;
let laterBooking: string;
let enrolment: string;
let pairing: string;
let otherId: string;
let worker: Awaited<ReturnType<typeof newCareWorker>>;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  await setCareBudget(t, 'city', CITY, 2027, 100_000_000);
  [unit, chaoyang, haidian, city] = await Promise.all((['unit', 'chaoyang', 'haidian', 'city'] as const).map((u) => signIn(t, u)));
  worker = await newCareWorker(t, '迁出海淀劳模');
  const other = await newCareWorker(t, '迁出海淀劳模乙', { withAccount: false });
  otherId = other.id;
  const packages = (await unit.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages as { id: string; code: string }[];
  const checkBatch = (await city.ok(`mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id } userErrors { code } } }`, {
    input: { name: '2027年劳模体检', venue: '北京工人疗养院', startsOn: '2027-03-10', endsOn: '2027-03-12', capacity: 50 },
  })).healthCheckBatchCreate.batch.id;
  const book = async (modelWorker: string) => (await unit.ok(`mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`, {
    input: { batch: checkBatch, package: packages.find((p) => p.code === 'MUNICIPAL_1200')!.id, modelWorker },
  })).healthCheckBook.booking.id;
  booking = await book(worker.id);
  laterBooking = await book(other.id);
  const restBatch = (await city.ok(`mutation($input: RecuperationBatchCreateInput!) { recuperationBatchCreate(input: $input) { batch { id } userErrors { code } } }`, {
    input: { name: '2027年劳模疗休养（杭州）', destination: '杭州', startsOn: '2027-05-10', endsOn: '2027-05-16', capacity: 30, arrangement: 'CITY', transportYuan: 1_500, restYuan: 3_000 },
  })).recuperationBatchCreate.batch.id;
  enrolment = (await unit.ok(`mutation($input: RecuperationEnrolInput!) { recuperationEnrol(input: $input) { enrolment { id } userErrors { code } } }`, {
    input: { batch: restBatch, modelWorker: other.id },
  })).recuperationEnrol.enrolment.id;
  pairing = (await unit.ok(`mutation($input: CarePairingCreateInput!) { carePairingCreate(input: $input) { pairing { id } userErrors { code } } }`, {
    input: { modelWorker: other.id, partnerKind: 'DISTRICT_UNION_LEADER', partnerName: '马主席', partnerPost: '朝阳区总工会副主席', partnerPhone: '010-65001234' },
  })).carePairingCreate.pairing.id;
  // The unit hands both records to 海淀 (both changed jobs there); 海淀 takes them over.
  const haidianUnion = await organizationId(t, '海淀区总工会');
  for (const moved of [worker.id, other.id]) {
    const asked = (await unit.ok(TRANSFER, { input: { modelWorker: moved, to: haidianUnion, keeping: 'LOCALITY', reason: '工作调动至海淀' } })).modelWorkerTransferRequest;
    expect(asked.userErrors).toEqual([]);
    expect((await haidian.ok(ACCEPT, { id: asked.transfer.id })).modelWorkerTransferAccept).toEqual({ transfer: { state: 'ACCEPTED' }, userErrors: [] });
  }
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('care of a model worker whose record moved to another district', () => {
  it('the old unit and district can no longer cancel the check or withdraw the place; the new keeper can do both', async () => {
    expect(codes((await unit.ok(CHECK_STEP, { input: { booking: laterBooking, action: 'CANCEL' } })).healthCheckBookingStep)).toEqual(['auth/forbidden']);
    expect(codes((await chaoyang.ok(CHECK_STEP, { input: { booking: laterBooking, action: 'CANCEL' } })).healthCheckBookingStep)).toEqual(['auth/forbidden']);
    expect(codes((await unit.ok(ENROL_STEP, { input: { enrolment, action: 'WITHDRAW' } })).recuperationEnrolmentStep)).toEqual(['auth/forbidden']);
    expect((await haidian.ok(ENROL_STEP, { input: { enrolment, action: 'WITHDRAW' } })).recuperationEnrolmentStep).toEqual({ enrolment: { id: enrolment, state: 'WITHDRAWN' }, userErrors: [] });
    expect((await haidian.ok(CHECK_STEP, { input: { booking: laterBooking, action: 'CANCEL' } })).healthCheckBookingStep)
      .toEqual({ booking: { id: laterBooking, state: 'CANCELLED', result: null }, userErrors: [] });
  });

  it('the old offices can no longer end the person’s pairing; the new keeper ends it and pairs them anew', async () => {
    const END = `mutation($input: CarePairingEndInput!) { carePairingEnd(input: $input) { pairing { id endedOn } userErrors { code } } }`;
    expect(codes((await unit.ok(END, { input: { pairing, reason: '已调往海淀' } })).carePairingEnd)).toEqual(['auth/forbidden']);
    expect(codes((await chaoyang.ok(END, { input: { pairing, reason: '已调往海淀' } })).carePairingEnd)).toEqual(['auth/forbidden']);
    const ended = (await haidian.ok(END, { input: { pairing, reason: '调入海淀，改由海淀区总工会结对' } })).carePairingEnd;
    expect(ended.userErrors).toEqual([]);
    expect(ended.pairing.endedOn).not.toBeNull();
    const paired = (await haidian.ok(`mutation($input: CarePairingCreateInput!) { carePairingCreate(input: $input) { pairing { organization { name } } userErrors { code } } }`, {
      input: { modelWorker: otherId, partnerKind: 'DISTRICT_UNION_LEADER', partnerName: '周主席', partnerPost: '海淀区总工会副主席', partnerPhone: '010-62001234' },
    })).carePairingCreate;
    expect(paired).toEqual({ pairing: { organization: { name: '海淀区总工会' } }, userErrors: [] });
  });

  it('a conclusion recorded after the move reaches the person and the offices over them now, not the district they left', async () => {
    t.clock.set('2027-03-10');
    try {
      expect((await city.ok(CHECK_STEP, { input: { booking, action: 'ATTEND', result: CONCLUSION } })).healthCheckBookingStep)
        .toEqual({ booking: { id: booking, state: 'ATTENDED', result: CONCLUSION }, userErrors: [] });
    } finally {
      t.clock.set('2027-03-01');
    }
    const seenBy = async (who: ApiClient) => (await who.ok(BOOKINGS)).healthCheckBookings.nodes.find((n: { id: string }) => n.id === booking);
    // The booking stays on the old offices' lists as their work, without the health information.
    expect(await seenBy(unit)).toEqual({ id: booking, state: 'ATTENDED', result: null });
    expect(await seenBy(chaoyang)).toEqual({ id: booking, state: 'ATTENDED', result: null });
    expect(await seenBy(city)).toEqual({ id: booking, state: 'ATTENDED', result: CONCLUSION });
    const own = (await worker.client!.ok(`{ viewerHealthCheckBookings(first: 10) { nodes { id result } } }`)).viewerHealthCheckBookings.nodes;
    expect(own).toEqual([{ id: booking, result: CONCLUSION }]);
  });
});
