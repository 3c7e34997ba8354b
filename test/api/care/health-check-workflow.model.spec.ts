import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEALTH_CHECK_WORKFLOW, BookingParty } from '@laomo/server/modules/care/health-check.workflow.js';
import { HealthCheckBookingAction as A, HealthCheckBookingState as S } from '@laomo/server/modules/care/health-check.enums.js';
import { setCareBudget, CITY, newCareWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random offices on a booking the unit made in a city batch that has begun.
 * The server must take a step exactly when the table's row allows it from the state and to the user's
 * party, and move the booking only as the row says.
 */
const ROWS = HEALTH_CHECK_WORKFLOW.steps;
const USERS = ['unit', 'chaoyang', 'haidian', 'city', 'admin'];
const PARTIES: Record<BookingParty, string[]> = { [BookingParty.BOOKER]: ['unit', 'chaoyang', 'city'], [BookingParty.ORGANIZER]: ['city'] };

let t: TestApp;
let batch: string;
let pkg: string;
let runs = 0;
const clients = new Map<string, ApiClient>();
const ended = new Set<S>();

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  // Attended checks and confirmed places are charged to the organizer's care budget of the year.
  await setCareBudget(t, 'city', CITY, 2027, 100_000_000);
  for (const user of USERS) clients.set(user, await t.as(user));
  batch = (await clients.get('city')!.ok(`mutation { healthCheckBatchCreate(input: { name: "模型测试批次", venue: "北京工人疗养院", startsOn: "2027-03-01", endsOn: "2027-03-31", capacity: 1000 }) {
    batch { id } } }`)).healthCheckBatchCreate.batch.id;
  pkg = (await clients.get('city')!.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages.find((p: { code: string }) => p.code === 'MUNICIPAL_1200').id;
}, 120_000);
afterAll(async () => { await t?.close(); });

const STEP = `mutation($input: HealthCheckBookingStepInput!) { healthCheckBookingStep(input: $input) { booking { state } userErrors { code } } }`;
const stateOf = async (id: string) =>
  (await clients.get('city')!.ok(`query($batch: String) { healthCheckBookings(first: 100, batch: $batch) { nodes { id state } } }`, { batch }))
    .healthCheckBookings.nodes.find((n: { id: string }) => n.id === id).state;

const by = (user: string, action: A) => ({ forward: false, rightUser: 9, user, action: ROWS.findIndex((r) => r.action === action) });
const step = fc.record({ forward: fc.boolean(), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat() });

describe('model-based: a health-check booking', () => {
  it('takes a step exactly when the table allows, and only as the table says', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), async (steps) => {
      const worker = await newCareWorker(t, `模型体检劳模${runs++}`, { withAccount: false });
      const booked = await clients.get('unit')!.ok(`mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`,
        { input: { batch, package: pkg, modelWorker: worker.id } });
      const id = booked.healthCheckBook.booking.id as string;
      let state = S.BOOKED;
      for (const s of steps) {
        const open = ROWS.filter((r) => r.from.includes(state));
        const row = s.forward && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const takers = row.who.flatMap((p) => PARTIES[p]);
        const user = s.forward && s.rightUser < 8 ? takers[s.rightUser % takers.length] : s.user;
        const result = await clients.get(user)!.gql(STEP, { input: { booking: id, action: row.action } });
        const errors = (result.data?.healthCheckBookingStep?.userErrors ?? [{ code: 'fault' }]) as { code: string }[];
        const expected = row.from.includes(state) && takers.includes(user);
        const now = await stateOf(id);
        expect({ action: row.action, user, from: state, taken: errors.length === 0, to: now }, errors.map((e) => e.code).join())
          .toEqual({ action: row.action, user, from: state, taken: expected, to: expected ? (row.to ?? state) : state });
        state = now;
      }
      ended.add(state);
    }), {
      numRuns: 8, endOnFailure: true,
      // Fixed walks reach every ending: attended, absent, cancelled.
      examples: [[[by('city', A.ATTEND)]], [[by('city', A.MARK_ABSENT)]], [[by('unit', A.CANCEL)]]],
    });
    for (const ending of [S.ATTENDED, S.ABSENT, S.CANCELLED]) expect(ended.has(ending), ending).toBe(true);
  }, 240_000);
});
