import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STUDIO_WORKFLOW, StudioAction, type StudioActor } from '@laomo/server/modules/studio/studio.workflow.js';
import { StudioStatus } from '@laomo/server/modules/studio/studio.enums.js';
import { HAVES, newModelWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random demo users on a municipal studio that meets every rule of its
 * level. The expected outcome of each step is computed from the server's own table (state, party,
 * reason) and a model of its guards (the annual review's year); the service must agree both ways.
 */
const ROWS = STUDIO_WORKFLOW.steps;
const USERS = ['lead', 'unit', 'chaoyang', 'haidian', 'city', 'admin', 'public', 'modelworker'];
/** Who each party of the table is for a municipal studio of 北京燕京精密 (朝阳区). */
const PARTY: Record<StudioActor, string[]> = { lead: ['lead'], steward: ['unit', 'chaoyang', 'city', 'admin'], certifier: ['city', 'admin'] };
const MUTATION: Record<StudioAction, string> = {
  SUBMIT: 'studioSubmit', RETURN: 'studioReturn', CERTIFY: 'studioCertify', REVIEW_PASS: 'studioReview', REVIEW_RECTIFY: 'studioReview',
  REVIEW_REVOKE: 'studioReview', ACCEPT_RECTIFICATION: 'studioRectificationAccept', REVOKE: 'studioRevoke',
};
const OUTCOME: Partial<Record<StudioAction, string>> = { REVIEW_PASS: 'PASS', REVIEW_RECTIFY: 'RECTIFY', REVIEW_REVOKE: 'REVOKE' };

let t: TestApp;
let runs = 0;
const clients = new Map<string, ApiClient>();
const moved = new Set<string>();

beforeAll(async () => {
  t = await startTestApp({ sessionDays: 3650 });
  t.clock.set('2026-03-10');
  for (const user of USERS.filter((u) => u !== 'lead')) clients.set(user, await t.as(user));
});
afterAll(async () => { await t.close(); });

const call = async (client: ApiClient, name: string, input: Record<string, unknown>) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await client.gql(`mutation($input: ${type}!) { ${name}(input: $input) { studio { id status } userErrors { code } } }`, { input });
  return result.data?.[name] as { studio: { id: string; status: string } | null; userErrors: { code: string }[] };
};

/** A draft that meets every municipal rule and has its six haves evidenced, led by a new model worker. */
async function certifiableDraft(): Promise<{ lead: ApiClient; id: string }> {
  runs += 1;
  const { client: lead } = await newModelWorker(t, `modellead${runs}`, ['BJ_MODEL_WORKER']);
  const created = await call(lead, 'studioCreate', {
    name: `模型测试工作室${runs}`, level: 'MUNICIPAL', industry: 'MANUFACTURING', field: 'PROCESS_IMPROVEMENT', introduction: '工艺攻关',
    venue: '创新室', facilities: '试验台', venueArea: 60, annualFunding: 150_000, fundingSource: '专项经费', foundedOn: '2023-01-01',
  });
  expect(created.userErrors).toEqual([]);
  const studio = created.studio!.id;
  const steps: [string, Record<string, unknown>][] = [
    ...Array.from({ length: 8 }, (_, i): [string, Record<string, unknown>] => ['studioMemberAdd', { studio, name: `成员${i}`, role: '技术骨干' }]),
    ...['误差控制', '工装快换'].map((title): [string, Record<string, unknown>] => ['studioProjectAdd', { studio, title, goal: '提质增效', status: 'IN_PROGRESS', startsOn: '2025-01-01' }]),
    ...['压装工装', '三查法', '追溯系统'].map((title): [string, Record<string, unknown>] => ['studioResultAdd', { studio, title, kind: 'PATENT', achievedOn: '2025-06-01', benefit: '效率提高' }]),
    ...HAVES.map((have): [string, Record<string, unknown>] => ['studioEvidenceSave', { studio, have, evidence: `${have} 的佐证材料` }]),
  ];
  for (const [name, input] of steps) expect((await call(lead, name, input)).userErrors).toEqual([]);
  return { lead, id: studio };
}

const step = fc.record({
  guided: fc.boolean(), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat(),
  reason: fc.boolean(), yearOffset: fc.integer({ min: -1, max: 1 }), days: fc.integer({ min: 0, max: 200 }),
});

describe('model-based: the studio lifecycle', () => {
  it('moves a studio exactly when the table and its guards allow, and only as the table says', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 20 }), async (steps) => {
      t.clock.set('2026-03-10');
      const { lead, id } = await certifiableDraft();
      const as = (user: string) => (user === 'lead' ? lead : clients.get(user)!);
      let status = StudioStatus.DRAFT as StudioStatus;
      let certifiedYear = 0;
      const reviewed = new Set<number>();
      for (const s of steps) {
        t.clock.set(new Date(t.clock.now().getTime() + s.days * 86_400_000));
        const thisYear = Number(t.clock.now().toISOString().slice(0, 4));
        const open = ROWS.filter((r) => r.from.includes(status));
        const row = s.guided && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const parties = row.who.flatMap((w) => PARTY[w]);
        const user = s.guided && s.rightUser < 8 ? parties[s.rightUser % parties.length] : s.user;
        const year = thisYear + s.yearOffset;
        const reason = s.reason ? '核实后决定' : null;
        // The certifier judges the six haves first: certification's guard is then the level's rules, which the draft meets.
        if (row.action === StudioAction.CERTIFY && status === StudioStatus.APPLIED) {
          for (const have of HAVES) await call(as(user), 'studioCriterionAssess', { studio: id, have, judgement: 'MET' });
        }
        const input = { studio: id, reason, ...(OUTCOME[row.action] ? { year, outcome: OUTCOME[row.action] } : {}) };
        const result = await call(as(user), MUTATION[row.action], input);

        const yearOpen = !OUTCOME[row.action] || (year > certifiedYear && year <= thisYear && !reviewed.has(year));
        const expected = parties.includes(user) && row.from.includes(status) && (!row.reason || !!reason) && yearOpen;
        const now = (await lead.ok(`query($id: ID!) { studio(id: $id) { status } }`, { id })).studio.status;
        expect({ action: row.action, user, from: status, moved: result.userErrors.length === 0, to: now }, result.userErrors.map((e) => e.code).join())
          .toEqual({ action: row.action, user, from: status, moved: expected, to: expected ? row.to : status });
        if (!expected) continue;
        moved.add(row.action);
        status = row.to!;
        if (row.action === StudioAction.CERTIFY) certifiedYear = Number(t.clock.now().toISOString().slice(0, 4));
        if (OUTCOME[row.action]) reviewed.add(year);
      }
    }), {
      numRuns: 8, endOnFailure: true,
      // One walk always goes the whole way: submitted, certified, then reviewed a year later.
      examples: [[[
        { guided: true, rightUser: 0, user: 'lead', action: 0, reason: false, yearOffset: 0, days: 0 },
        { guided: true, rightUser: 0, user: 'city', action: 1, reason: false, yearOffset: 0, days: 0 },
        { guided: true, rightUser: 0, user: 'city', action: 0, reason: false, yearOffset: 0, days: 366 },
      ]]],
    });
    // The walks must get past certification to prove anything about the reviews.
    expect(moved).toContain(StudioAction.CERTIFY);
    expect(moved).toContain(StudioAction.REVIEW_PASS);
  }, 240_000);
});
