import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECUPERATION_WORKFLOW, EnrolmentParty } from '@laomo/server/modules/care/recuperation.workflow.js';
import { RecuperationEnrolmentAction as A, RecuperationEnrolmentState as S } from '@laomo/server/modules/care/recuperation.enums.js';
import { setCareBudget, CITY, newCareWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random offices on an enrolment the unit made and the city's allocation
 * confirmed, once the batch has begun. The rows with a mutation of their own (allocation, feedback) are
 * walked in recuperation.spec.ts; here the generic step must follow the table for the others.
 */
const ROWS = RECUPERATION_WORKFLOW.steps.filter((r) => !r.via);
const USERS = ['unit', 'chaoyang', 'haidian', 'city', 'admin'];
const PARTIES: Record<EnrolmentParty, string[]> = {
  [EnrolmentParty.PARTICIPANT]: [], [EnrolmentParty.ENROLLER]: ['unit', 'chaoyang', 'city'], [EnrolmentParty.ORGANIZER]: ['city'],
};

let t: TestApp;
let batch: string;
let runs = 0;
const clients = new Map<string, ApiClient>();
const ended = new Set<S>();

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  // Attended checks and confirmed places are charged to the organizer's care budget of the year.
  await setCareBudget(t, 'city', CITY, 2027, 100_000_000);
  for (const user of USERS) clients.set(user, await t.as(user));
  batch = (await clients.get('city')!.ok(`mutation { recuperationBatchCreate(input: { name: "模型测试批次", destination: "北戴河", startsOn: "2027-03-02", endsOn: "2027-03-08",
    capacity: 1000, arrangement: BEIDAIHE, transportYuan: 300, restYuan: 2700 }) { batch { id } } }`)).recuperationBatchCreate.batch.id;
}, 120_000);
afterAll(async () => { await t?.close(); });

const STEP = `mutation($input: RecuperationEnrolmentStepInput!) { recuperationEnrolmentStep(input: $input) { userErrors { code } } }`;
const stateOf = async (id: string) =>
  (await clients.get('city')!.ok(`query($batch: String) { recuperationEnrolments(first: 100, batch: $batch) { nodes { id state } } }`, { batch }))
    .recuperationEnrolments.nodes.find((n: { id: string }) => n.id === id).state;

const by = (user: string, action: A) => ({ forward: false, rightUser: 9, user, action: ROWS.findIndex((r) => r.action === action) });
const step = fc.record({ forward: fc.boolean(), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat() });

describe('model-based: a recuperation enrolment', () => {
  it('takes a step exactly when the table allows, and only as the table says', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), async (steps) => {
      t.clock.set('2027-03-01');
      const worker = await newCareWorker(t, `模型休养劳模${runs++}`, { withAccount: false });
      const enrolled = await clients.get('unit')!.ok(`mutation($input: RecuperationEnrolInput!) { recuperationEnrol(input: $input) { enrolment { id } userErrors { code } } }`,
        { input: { batch, modelWorker: worker.id } });
      const id = enrolled.recuperationEnrol.enrolment.id as string;
      await clients.get('city')!.ok(`mutation($batch: ID!) { recuperationBatchAllocate(input: { batch: $batch }) { userErrors { code } } }`, { batch });
      t.clock.set('2027-03-02');
      let state = S.CONFIRMED;
      expect(await stateOf(id)).toBe(state);
      for (const s of steps) {
        const open = ROWS.filter((r) => r.from.includes(state));
        const row = s.forward && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const takers = row.who.flatMap((p) => PARTIES[p]);
        const user = s.forward && s.rightUser < 8 && takers.length ? takers[s.rightUser % takers.length] : s.user;
        const result = await clients.get(user)!.gql(STEP, { input: { enrolment: id, action: row.action } });
        const errors = (result.data?.recuperationEnrolmentStep?.userErrors ?? [{ code: 'fault' }]) as { code: string }[];
        const expected = row.from.includes(state) && takers.includes(user);
        const now = await stateOf(id);
        expect({ action: row.action, user, from: state, taken: errors.length === 0, to: now }, errors.map((e) => e.code).join())
          .toEqual({ action: row.action, user, from: state, taken: expected, to: expected ? (row.to ?? state) : state });
        state = now;
      }
      ended.add(state);
    }), {
      numRuns: 8, endOnFailure: true,
      // Fixed walks reach every ending: attended, absent, withdrawn.
      examples: [[[by('city', A.ATTEND)]], [[by('city', A.MARK_ABSENT)]], [[by('unit', A.WITHDRAW)]]],
    });
    for (const ending of [S.ATTENDED, S.ABSENT, S.WITHDRAWN]) expect(ended.has(ending), ending).toBe(true);
  }, 240_000);
});
