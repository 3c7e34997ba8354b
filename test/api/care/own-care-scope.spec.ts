import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { codes, newCareWorker, signIn, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * A model worker reaches their own care only, also by mutation: a colleague who is a model worker too (same
 * unit), or an employee of the unit, can neither act on nor learn of another's grant or booking by its id.
 */
let t: TestApp;
let self: ApiClient;
let colleague: ApiClient;
let employee: ApiClient;
let selfWorker: string;
let grant: string;
let booking: string;

const GRANT_STEP = `mutation($input: GrantApplicationStepInput!) { grantApplicationStep(input: $input) { application { id state description } userErrors { code } } }`;
const CHECK_STEP = `mutation($input: HealthCheckBookingStepInput!) { healthCheckBookingStep(input: $input) { booking { id state } userErrors { code } } }`;
const BOOK = `mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`;
const OWN = `{ viewerGrantApplications(first: 10) { nodes { id } } viewerHealthCheckBookings(first: 10) { nodes { id } } }`;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  [self, employee] = await Promise.all((['modelworker', 'employee'] as const).map((u) => signIn(t, u)));
  colleague = (await newCareWorker(t, '同厂劳模')).client!;
  selfWorker = toGlobalId('ModelWorker', (await t.app.orm.em.fork().findOneOrFail(ModelWorker, { name: '张建国' })).id);
  grant = (await self.ok(`mutation($input: GrantApplyInput!) { grantApply(input: $input) { application { id } userErrors { code } } }`, {
    input: { cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 40_000, description: '本人住院手术，自付四万元' },
  })).grantApply.application.id;
  const packages = (await self.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages as { id: string; code: string }[];
  const city = await signIn(t, 'city');
  const batch = (await city.ok(`mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id } userErrors { code } } }`, {
    input: { name: '2027年劳模体检', venue: '北京工人疗养院', startsOn: '2027-04-06', endsOn: '2027-04-09', capacity: 50 },
  })).healthCheckBatchCreate.batch.id;
  const pkg = packages.find((p) => p.code === 'MUNICIPAL_1200')!.id;
  booking = (await self.ok(BOOK, { input: { batch, package: pkg } })).healthCheckBook.booking.id;
  // Booking for someone else is an office's work: a model worker is refused before anything about the person is looked at.
  expect(codes((await colleague.ok(BOOK, { input: { batch, package: pkg, modelWorker: selfWorker } })).healthCheckBook)).toEqual(['auth/forbidden']);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('a model worker’s own care, and nobody else’s', () => {
  it('a colleague or an employee cannot withdraw the grant, cancel the check or apply in their name, and is told nothing of them', async () => {
    for (const who of [colleague, employee]) {
      expect(await who.ok(GRANT_STEP, { input: { application: grant, action: 'WITHDRAW' } })).toEqual({ grantApplicationStep: { application: null, userErrors: [{ code: 'common/not_found' }] } });
      expect(await who.ok(CHECK_STEP, { input: { booking, action: 'CANCEL' } })).toEqual({ healthCheckBookingStep: { booking: null, userErrors: [{ code: 'common/not_found' }] } });
      expect(codes((await who.ok(`mutation($input: GrantApplyInput!) { grantApply(input: $input) { userErrors { code } } }`, {
        input: { modelWorker: selfWorker, cause: 'DEATH', description: '冒名申请' },
      })).grantApply)).toEqual(['auth/forbidden']);
    }
    expect((await colleague.ok(OWN)).viewerGrantApplications.nodes).toEqual([]);
    expect((await employee.ok(OWN)).viewerHealthCheckBookings.nodes).toEqual([]);
  });

  it('the model worker withdraws their own application and cancels their own check', async () => {
    expect((await self.ok(OWN)).viewerGrantApplications.nodes).toEqual([{ id: grant }]);
    expect((await self.ok(GRANT_STEP, { input: { application: grant, action: 'WITHDRAW' } })).grantApplicationStep)
      .toEqual({ application: { id: grant, state: 'WITHDRAWN', description: '本人住院手术，自付四万元' }, userErrors: [] });
    expect((await self.ok(CHECK_STEP, { input: { booking, action: 'CANCEL' } })).healthCheckBookingStep).toEqual({ booking: { id: booking, state: 'CANCELLED' }, userErrors: [] });
  });
});
