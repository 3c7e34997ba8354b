import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRANSITIONS } from '@laomo/server/modules/nomination/nomination.workflow.js';
import { Actor } from '@laomo/server/modules/nomination/nomination.actors.js';
import { PATH } from '@laomo/server/modules/nomination/nomination.states.js';
import { NominationState } from '@laomo/server/modules/nomination/nomination.enums.js';
import { act, CHAOYANG, createFile, directory, fileInput, openCampaign, partyConsent, publish, recommend, reportDeeds, startTestApp, UNIT, type ApiClient, type Directory, type NominationAction, type NoticeStage, type TestApp } from '../../support/testkit/index.js';

/**
 * The server's own table, read here: for a file of 北京燕京精密 (朝阳区), which demo users each party of
 * a row stands for. The walk then checks that the service moves a file only as the table says.
 */
const ROWS = new Map(TRANSITIONS.map((row) => [row.action as string, row]));
const ORDER: readonly string[] = PATH;
/** States no row leaves (withdrawn, rejected, declined, revoked). */
const ENDS = Object.values(NominationState).filter((s) => !TRANSITIONS.some((row) => row.from.includes(s)));
const ACTIONS = [...ROWS.keys()];
const USERS = ['unit', 'chaoyang', 'haidian', 'city', 'admin', 'employee', 'modelworker', 'public', 'handler'];
/** The staff of a notice's organization and of the unions above it (who handle its objections). */
const NOTICE_STAFF: Record<string, string[]> = { UNIT_NOTICE: ['unit', 'chaoyang', 'city'], DISTRICT_NOTICE: ['chaoyang', 'city'], CITY_NOTICE: ['city'] };

function usersFor(who: readonly Actor[], state: string, author: string): string[] {
  return who.flatMap((actor) => ({
    [Actor.PROPOSER]: author === 'employee' ? ['employee'] : [],
    [Actor.UNIT]: ['unit'],
    [Actor.DISTRICT]: ['chaoyang'],
    [Actor.CITY]: ['city'],
    [Actor.CONFERRING_BODY]: ['city'],
    [Actor.NOTICE_ORGANIZATION]: NOTICE_STAFF[state] ?? [],
  })[actor]);
}

let t: TestApp;
let dir: Directory;
let campaign: string;
const clients = new Map<string, ApiClient>();
/** The furthest step any run reached: the runs must get deep into the process to prove anything. */
let furthest = 0;
/** The rows that moved a file, and the ends files reached, over all walks. */
const taken = new Set<string>();
const reachedEnds = new Set<string>();

beforeAll(async () => {
  t = await startTestApp({ sessionDays: 3650 });
  dir = await directory(t);
  t.clock.set('2026-01-05');
  for (const user of USERS) clients.set(user, await t.as(user));
  campaign = await openCampaign(clients.get('city')!, dir, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 1000 }] });
});
afterAll(async () => { await t.close(); });

const OBJECTION = `mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { id } } }`;
const DECIDE = (outcome: 'Uphold' | 'Dismiss') => `mutation($input: ObjectionDecideInput!) { objection${outcome}(input: $input) { objection { status } } }`;

/**
 * UPHOLD_OBJECTION is taken by deciding an objection: the public objects to the listed candidate and
 * `user` upholds it. An objection `user` may not uphold is dismissed by the notice's staff, so that it
 * does not hold up the rest of the walk.
 */
async function upholdObjection(user: string, id: string, state: string): Promise<void> {
  // Only a file on a notice has an entry to object to (and an employee's draft is theirs alone).
  const file = await clients.get('city')!.gql(`query($id: ID!) { nomination(id: $id) { noticeEntries { id status } } }`, { id });
  const entry = (file.data?.nomination?.noticeEntries ?? []).filter((e: { status: string }) => e.status === 'LISTED').at(-1);
  if (!entry) return;
  const filed = await clients.get('public')!.gql(OBJECTION, { input: { entry: entry.id, content: '反映该候选人事迹材料与实际不符，请予核实。', realName: false } });
  const objection = filed.data?.objectionFile?.objection?.id;
  if (!objection) return;
  const input = { objection, reply: '经调查核实后决定。' };
  const upheld = await clients.get(user)!.gql(DECIDE('Uphold'), { input });
  if (upheld.data?.objectionUphold?.objection?.status !== 'UPHELD') await clients.get(NOTICE_STAFF[state]?.[0] ?? 'city')!.gql(DECIDE('Dismiss'), { input });
}

/** Takes `action` as `user` through the API the pages use for it. */
async function attempt(user: string, action: string, id: string, state: string): Promise<void> {
  const client = clients.get(user)!;
  if (action === 'UPHOLD_OBJECTION') return upholdObjection(user, id, state);
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
        const open = ACTIONS.filter((a) => ROWS.get(a)!.from.includes(state as NominationState));
        const action = s.guided && open.length ? open[s.action % open.length] : ACTIONS[s.action % ACTIONS.length];
        const rule = ROWS.get(action)!;
        const rightUsers = usersFor(rule.who, state, author);
        const user = s.guided && s.rightUser < 8 && rightUsers.length ? rightUsers[s.rightUser % rightUsers.length] : s.user;
        await attempt(user, action, id, state);
        const now = await stateOf(id, author);
        if (now === state) continue;
        // A change happened: it must be exactly this row of the table, from here, by one of the parties it names.
        expect({ action, from: state, to: now, user: rightUsers.includes(user) }).toEqual({ action, from: state, to: rule.to, user: true });
        expect(rule.from).toContain(state);
        taken.add(action);
        expect(author === 'unit' ? action !== 'PROPOSE' : action !== 'NOMINATE').toBe(true);
        const forward = ORDER.indexOf(now) - ORDER.indexOf(state);
        expect(forward === 1 || (forward === 2 && action === 'NOMINATE') || forward < 0 || ENDS.includes(now as NominationState), `${state} -> ${now} by ${action}`).toBe(true);
        if (forward < 0 && !ENDS.includes(now as NominationState)) expect(action.startsWith('RETURN_')).toBe(true);
        state = now;
        furthest = Math.max(furthest, ORDER.indexOf(now));
        if (ENDS.includes(now as NominationState)) reachedEnds.add(now);
      }
      const history = await clients.get('city')!.gql(`query($id: ID!) { nomination(id: $id) { history(first: 100) { nodes { fromState toState } } } }`, { id });
      const moves = (history.data?.nomination?.history.nodes ?? []).filter((l: any) => l.fromState && l.fromState !== l.toState);
      if (state !== 'DRAFT' && !(state === 'PROPOSED' && author === 'employee')) expect(moves.at(-1)?.toState).toBe(state);
    }), {
      numRuns: 12, endOnFailure: true,
      // One walk always reaches a notice and has the objection upheld (the unit nominates; index 1 picks UPHOLD_OBJECTION there).
      examples: [[false, Array.from({ length: 6 }, () => ({ guided: true, rightUser: 0, user: 'unit', action: 1, days: 0 }))]],
    });
    // The fixed example always takes a file onto its unit notice; how much further the random walks get
    // varies from run to run (a notice must also end), so the depth asserted is the one that is certain.
    expect(furthest).toBeGreaterThanOrEqual(ORDER.indexOf('UNIT_NOTICE'));
    expect(taken).toContain('UPHOLD_OBJECTION');
    expect(reachedEnds).toContain('WITHDRAWN');
  }, 240_000); // twelve random walks over HTTP: minutes, not seconds, on a busy two-core machine
});
