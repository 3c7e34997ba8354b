import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRANT_WORKFLOW, GrantParty } from '@laomo/server/modules/care/grant-application.workflow.js';
import { GrantApplicationAction as A, GrantApplicationState as S } from '@laomo/server/modules/care/care.enums.js';
import { startTestApp, type ApiClient, type TestApp, CHAOYANG, beijingYear, setCareBudget } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random demo users on a grant the unit applied for (for the demo model worker
 * of 朝阳区). The server must take a step exactly when the table's row allows it from the state and to the
 * user's party, and move the application only as the row says.
 */
const ROWS = GRANT_WORKFLOW.steps;
const USERS = ['modelworker', 'unit', 'chaoyang', 'haidian', 'city', 'admin'];
const PARTIES: Record<GrantParty, string[]> = { [GrantParty.APPLICANT]: ['modelworker', 'unit', 'chaoyang', 'city'], [GrantParty.DISTRICT]: ['chaoyang'] };

let t: TestApp;
const clients = new Map<string, ApiClient>();
const ended = new Set<S>();

beforeAll(async () => {
  t = await startTestApp();
  for (const user of USERS) clients.set(user, await t.as(user));
  // Approving charges the district's care budget; a budget ample for any walk keeps this test to the steps.
  await setCareBudget(t, 'chaoyang', CHAOYANG, beijingYear(), 100_000_000);
});
afterAll(async () => { await t?.close(); });

const STEP = `mutation($input: GrantApplicationStepInput!) { grantApplicationStep(input: $input) { userErrors { code } } }`;
const stateOf = async (id: string) =>
  (await clients.get('city')!.ok(`{ grantApplications(first: 100) { nodes { id state } } }`)).grantApplications.nodes.find((n: { id: string }) => n.id === id).state;

/** A fixed step: this user takes this action (the row is picked by its place in the table). */
const by = (user: string, action: A) => ({ forward: false, rightUser: 9, user, action: ROWS.findIndex((r) => r.action === action) });
const step = fc.record({ forward: fc.boolean(), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat() });

describe('model-based: a hardship grant', () => {
  it('takes a step exactly when the table allows, and only as the table says', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 12 }), async (steps) => {
      const applied = await clients.get('modelworker')!.ok(`mutation { grantApply(input: { cause: DEATH, description: "家属代为申请去世慰问" }) { application { id } userErrors { code } } }`);
      const id = applied.grantApply.application.id as string;
      let state = S.APPLIED;
      for (const s of steps) {
        const open = ROWS.filter((r) => r.from.includes(state));
        const row = s.forward && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const takers = row.who.flatMap((p) => PARTIES[p]);
        const user = s.forward && s.rightUser < 8 ? takers[s.rightUser % takers.length] : s.user;
        const result = await clients.get(user)!.gql(STEP, { input: { application: id, action: row.action, reason: '经核实后决定' } });
        const errors = (result.data?.grantApplicationStep?.userErrors ?? [{ code: 'fault' }]) as { code: string }[];
        const expected = row.from.includes(state) && takers.includes(user);
        const now = await stateOf(id);
        expect({ action: row.action, user, from: state, taken: errors.length === 0, to: now }, errors.map((e) => e.code).join())
          .toEqual({ action: row.action, user, from: state, taken: expected, to: expected ? (row.to ?? state) : state });
        state = now;
      }
      ended.add(state);
    }), {
      numRuns: 10, endOnFailure: true,
      // Fixed walks reach every ending: paid (review, approve, pay), refused, withdrawn.
      examples: [
        [[A.REVIEW, A.APPROVE, A.PAY].map((a) => by('chaoyang', a))],
        [[by('chaoyang', A.REVIEW), by('chaoyang', A.REFUSE)]],
        [[by('unit', A.WITHDRAW)]],
      ],
    });
    for (const ending of [S.PAID, S.REFUSED, S.WITHDRAWN]) expect(ended.has(ending), ending).toBe(true);
  }, 240_000);
});
