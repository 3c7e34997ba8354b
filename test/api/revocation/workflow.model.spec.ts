import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { REVOCATION_WORKFLOW, type RevocationActor } from '@laomo/server/modules/revocation/revocation.workflow.js';
import { RevocationAction, RevocationState } from '@laomo/server/modules/revocation/revocation.enums.js';
import { newModelWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random demo users on a report made by the person's unit (北京燕京精密,
 * 朝阳区) about an honor conferred before laomo, so the city decides. The expected answer of each step
 * is computed from the server's own table and a model of where the report sits; the service must agree.
 */
const ROWS = REVOCATION_WORKFLOW.steps;
const USERS = ['unit', 'chaoyang', 'haidian', 'city', 'admin', 'public'];
/** The offices the report passes, from the unit up: each is the holder while the report sits there. */
const OFFICES = ['unit', 'chaoyang', 'city'];
const partyOf = (actor: RevocationActor, at: number) => (actor === 'holder' ? [OFFICES[at]] : ['city']);

let t: TestApp;
let runs = 0;
const clients = new Map<string, ApiClient>();
beforeAll(async () => {
  t = await startTestApp({ sessionDays: 3650 });
  for (const user of USERS) clients.set(user, await t.as(user));
});
afterAll(async () => { await t.close(); });

const REPORT = `mutation($input: HonorRevocationReportInput!) { honorRevocationReport(input: $input) { revocation { id state } userErrors { code } } }`;
const STEP = `mutation($input: HonorRevocationStepInput!) { honorRevocationStep(input: $input) { revocation { state at { name } } userErrors { code } } }`;

async function freshReport(): Promise<string> {
  runs += 1;
  const { worker } = await newModelWorker(t, `revmodel${runs}`, ['BJ_MODEL_WORKER']);
  const held = await t.app.orm.em.fork().findOneOrFail(ModelWorkerHonor, { modelWorker: worker.id });
  const made = (await clients.get('unit')!.ok(REPORT, { input: { held: toGlobalId('ModelWorkerHonor', held.id), reason: '违法违纪' } })).honorRevocationReport;
  expect(made.userErrors).toEqual([]);
  return made.revocation.id;
}

/** The refusal the table and its guards give, or none. */
function expected(state: RevocationState, at: number, action: RevocationAction, user: string, withReason: boolean): string[] {
  if (user === 'haidian') return ['common/not_found'];
  const row = ROWS.find((r) => r.action === action)!;
  if (!row.who.some((w) => partyOf(w, at).includes(user))) return ['auth/forbidden'];
  if (!row.from.includes(state)) return ['revocation/not_now'];
  const problems = action === RevocationAction.FORWARD
    ? (at === OFFICES.length - 1 ? ['revocation/at_conferring_body'] : [])
    : (at === OFFICES.length - 1 ? [] : ['revocation/not_at_conferring_body']);
  if (row.reason && !withReason) problems.push('revocation/reason_required');
  return problems;
}

const step = fc.record({ guided: fc.boolean(), user: fc.constantFrom(...USERS), action: fc.nat(), reason: fc.boolean() });

describe('model-based: revocation reports', () => {
  it('move exactly when the table and where the report sits allow, and reach both endings', async () => {
    const endings = new Set<string>();
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 8 }), async (steps) => {
      const id = await freshReport();
      let state = RevocationState.REPORTED;
      let at = 0;
      for (const s of steps) {
        const open = ROWS.filter((r) => r.from.includes(state));
        const row = s.guided && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const user = s.guided ? row.who.flatMap((w) => partyOf(w, at))[0] : s.user;
        const want = expected(state, at, row.action, user, s.reason);
        const got = (await clients.get(user)!.ok(STEP, { input: { revocation: id, action: row.action, reason: s.reason ? '经研究决定' : null } })).honorRevocationStep;
        expect(got.userErrors.map((e: { code: string }) => e.code), `${row.action} by ${user} at ${OFFICES[at]} in ${state}`).toEqual(want);
        if (want.length) continue;
        if (row.to) state = row.to;
        else at += 1;
        expect(got.revocation).toMatchObject({ state });
        if (row.to) endings.add(row.to);
      }
    }), { numRuns: 12 });
    // A fixed walk that reaches both endings, whatever the random ones did.
    for (const ending of [RevocationAction.REVOKE, RevocationAction.DISMISS]) {
      const id = await freshReport();
      for (const office of ['unit', 'chaoyang']) expect(codesOf(await clients.get(office)!.ok(STEP, { input: { revocation: id, action: 'FORWARD' } }))).toEqual([]);
      const decided = (await clients.get('city')!.ok(STEP, { input: { revocation: id, action: ending, reason: '经研究决定' } })).honorRevocationStep;
      expect(decided.userErrors).toEqual([]);
      endings.add(decided.revocation.state);
    }
    expect([...endings].sort()).toEqual([RevocationState.DISMISSED, RevocationState.REVOKED]);
  });
});

const codesOf = (data: { honorRevocationStep: { userErrors: { code: string }[] } }) => data.honorRevocationStep.userErrors.map((e) => e.code);
