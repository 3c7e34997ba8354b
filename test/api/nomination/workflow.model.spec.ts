import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { act, CHAOYANG, createFile, directory, fileInput, openCampaign, partyConsent, publish, recommend, reportDeeds, startTestApp, UNIT, type ApiClient, type Directory, type NominationAction, type NoticeStage, type TestApp } from '../../support/testkit/index.js';

/**
 * The process as DOMAIN.md orders it, written here independently of the server's table, for a file
 * of 北京燕京精密 (朝阳区): which demo user may take each step, from where, to where.
 */
const ORDER = ['DRAFT', 'PROPOSED', 'NOMINATED', 'RECOMMENDED', 'REPORTED', 'UNIT_NOTICE', 'UNIT_NOTICE_PASSED', 'PARTY_CONSENTED', 'SUBMITTED',
  'PRELIMINARY_APPROVED', 'DISTRICT_NOTICE', 'DISTRICT_NOTICE_PASSED', 'FORWARDED', 'SECONDARY_APPROVED', 'CITY_NOTICE', 'CITY_NOTICE_PASSED', 'APPROVED'];
const ENDS = ['DECLINED', 'REJECTED', 'REVOKED'];
const SPEC: Record<string, { from: string; to: string; by: string }> = {
  PROPOSE: { from: 'DRAFT', to: 'PROPOSED', by: 'employee' },
  NOMINATE: { from: 'DRAFT', to: 'NOMINATED', by: 'unit' },
  TAKE_UP: { from: 'PROPOSED', to: 'NOMINATED', by: 'unit' },
  DECLINE: { from: 'PROPOSED', to: 'DECLINED', by: 'unit' },
  RECORD_RECOMMENDATION: { from: 'NOMINATED', to: 'RECOMMENDED', by: 'unit' },
  REPORT_DEEDS: { from: 'RECOMMENDED', to: 'REPORTED', by: 'unit' },
  START_UNIT_NOTICE: { from: 'REPORTED', to: 'UNIT_NOTICE', by: 'unit' },
  PASS_UNIT_NOTICE: { from: 'UNIT_NOTICE', to: 'UNIT_NOTICE_PASSED', by: 'unit' },
  RECORD_PARTY_CONSENT: { from: 'UNIT_NOTICE_PASSED', to: 'PARTY_CONSENTED', by: 'unit' },
  SUBMIT_TO_DISTRICT: { from: 'PARTY_CONSENTED', to: 'SUBMITTED', by: 'unit' },
  APPROVE_PRELIMINARY: { from: 'SUBMITTED', to: 'PRELIMINARY_APPROVED', by: 'chaoyang' },
  RETURN_PRELIMINARY: { from: 'SUBMITTED', to: 'PARTY_CONSENTED', by: 'chaoyang' },
  REJECT_PRELIMINARY: { from: 'SUBMITTED', to: 'REJECTED', by: 'chaoyang' },
  START_DISTRICT_NOTICE: { from: 'PRELIMINARY_APPROVED', to: 'DISTRICT_NOTICE', by: 'chaoyang' },
  PASS_DISTRICT_NOTICE: { from: 'DISTRICT_NOTICE', to: 'DISTRICT_NOTICE_PASSED', by: 'chaoyang' },
  FORWARD_TO_CITY: { from: 'DISTRICT_NOTICE_PASSED', to: 'FORWARDED', by: 'chaoyang' },
  APPROVE_SECONDARY: { from: 'FORWARDED', to: 'SECONDARY_APPROVED', by: 'city' },
  RETURN_SECONDARY: { from: 'FORWARDED', to: 'DISTRICT_NOTICE_PASSED', by: 'city' },
  REJECT_SECONDARY: { from: 'FORWARDED', to: 'REJECTED', by: 'city' },
  START_CITY_NOTICE: { from: 'SECONDARY_APPROVED', to: 'CITY_NOTICE', by: 'city' },
  PASS_CITY_NOTICE: { from: 'CITY_NOTICE', to: 'CITY_NOTICE_PASSED', by: 'city' },
  APPROVE: { from: 'CITY_NOTICE_PASSED', to: 'APPROVED', by: 'city' },
  REVOKE: { from: 'APPROVED', to: 'REVOKED', by: 'city' },
};
const ACTIONS = Object.keys(SPEC);
const USERS = ['unit', 'chaoyang', 'haidian', 'city', 'admin', 'employee', 'modelworker', 'public', 'handler'];

let t: TestApp;
let dir: Directory;
let campaign: string;
const clients = new Map<string, ApiClient>();
/** The furthest step any run reached: the runs must get deep into the process to prove anything. */
let furthest = 0;

beforeAll(async () => {
  t = await startTestApp({ sessionDays: 3650 });
  dir = await directory(t);
  t.clock.set('2026-01-05');
  for (const user of USERS) clients.set(user, await t.as(user));
  campaign = await openCampaign(clients.get('city')!, dir, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 1000 }] });
});
afterAll(async () => { await t.close(); });

/** Takes `action` as `user` through the API the pages use for it. */
async function attempt(user: string, action: string, id: string): Promise<void> {
  const client = clients.get(user)!;
  const notice = ({ START_UNIT_NOTICE: ['UNIT', UNIT], START_DISTRICT_NOTICE: ['DISTRICT', CHAOYANG], START_CITY_NOTICE: ['CITY', '北京市总工会'] } as Record<string, [NoticeStage, string]>)[action];
  if (notice) await publish(client, campaign, notice[0], dir.orgs[notice[1]], [id]);
  else if (action === 'RECORD_RECOMMENDATION') await recommend(client, id);
  else if (action === 'REPORT_DEEDS') await reportDeeds(client, id);
  else if (action === 'RECORD_PARTY_CONSENT') await partyConsent(client, id);
  else await act(client, id, action as NominationAction, '核实后决定');
}

/** The file's state as its author sees it (an employee's draft is theirs alone). */
const stateOf = async (id: string, author: string) => (await clients.get(author)!.ok(`query($id: ID!) { nomination(id: $id) { state } }`, { id })).nomination.state as string;

const step = fc.record({
  guided: fc.boolean(), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat(), days: fc.integer({ min: 0, max: 4 }),
});

describe('model-based: random actions by random demo roles', () => {
  it('never reach an illegal state, skip a step, or let a role or organization act that may not', async () => {
    await fc.assert(fc.asyncProperty(fc.boolean(), fc.array(step, { minLength: 10, maxLength: 30 }), async (byEmployee, steps) => {
      t.clock.set('2026-03-02');
      const author = byEmployee ? 'employee' : 'unit';
      const created = await createFile(clients.get(author)!, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir) });
      const id = created.nomination!.id as string;
      let state = 'DRAFT';
      for (const s of steps) {
        t.clock.set(new Date(t.clock.now().getTime() + s.days * 86_400_000));
        const open = ACTIONS.filter((a) => SPEC[a].from === state);
        const action = s.guided && open.length ? open[s.action % open.length] : ACTIONS[s.action % ACTIONS.length];
        const user = s.guided && s.rightUser < 8 ? (action === 'PROPOSE' ? author : SPEC[action].by) : s.user;
        await attempt(user, action, id);
        const now = await stateOf(id, author);
        if (now === state) continue;
        const rule = SPEC[action];
        // A change happened: it must be exactly this step, from here, by whoever may take it.
        expect({ action, from: state, to: now, user }).toEqual({ action, from: rule.from, to: rule.to, user: action === 'PROPOSE' ? author : rule.by });
        expect(author === 'unit' ? action !== 'PROPOSE' : action !== 'NOMINATE').toBe(true);
        const forward = ORDER.indexOf(now) - ORDER.indexOf(state);
        expect(forward === 1 || (forward === 2 && action === "NOMINATE") || forward < 0 || ENDS.includes(now), `${state} -> ${now} by ${action}`).toBe(true);
        if (forward < 0 && !ENDS.includes(now)) expect(action.startsWith('RETURN_')).toBe(true);
        state = now;
        furthest = Math.max(furthest, ORDER.indexOf(now));
      }
      const history = await clients.get('city')!.gql(`query($id: ID!) { nomination(id: $id) { history(first: 100) { nodes { fromState toState } } } }`, { id });
      const moves = (history.data?.nomination?.history.nodes ?? []).filter((l: any) => l.fromState && l.fromState !== l.toState);
      if (state !== 'DRAFT' && !(state === 'PROPOSED' && author === 'employee')) expect(moves.at(-1)?.toState).toBe(state);
    }), { numRuns: 12, endOnFailure: true });
    expect(furthest).toBeGreaterThanOrEqual(ORDER.indexOf('UNIT_NOTICE_PASSED'));
  }, 240_000); // twelve random walks over HTTP: minutes, not seconds, on a busy two-core machine
});
