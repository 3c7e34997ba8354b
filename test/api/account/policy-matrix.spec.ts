import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Operation, POLICY, Scope } from '@laomo/server/modules/account/policy.js';
import { Role } from '@laomo/server/modules/account/role.js';
import { beijingDate } from '@laomo/server/modules/calendar/working-calendar.js';
import { seedPlace, seedSecondCity, startTestApp, type ApiClient, type GqlResult, type PlaceFixture, type TestApp } from '../../support/testkit/index.js';

/**
 * The policy table, cell by cell, through the API: every role tries every operation at an organization
 * inside its scope (where it holds its role) and at one outside (sideways, or another city), and must be
 * allowed exactly where policy.ts says. The operations are read from the table itself, so a new row
 * without a probe fails here.
 */

const SECOND_CITY = '天津市总工会（测试）';
const WHO: Record<Role, { username: string; inside: string; outside: string }> = {
  ADMIN: { username: 'admin', inside: '北京市总工会', outside: SECOND_CITY },
  CITY_STAFF: { username: 'city', inside: '北京市总工会', outside: SECOND_CITY },
  DISTRICT_STAFF: { username: 'chaoyang', inside: '朝阳区总工会', outside: '海淀区总工会' },
  UNIT_STAFF: { username: 'unit', inside: '北京燕京精密机械有限公司工会', outside: '海淀区第一实验小学工会' },
  HANDLER: { username: 'handler', inside: '市总工会权益保障部', outside: '海淀区总工会' },
  EMPLOYEE: { username: 'employee', inside: '北京燕京精密机械有限公司工会', outside: '海淀区第一实验小学工会' },
  MODEL_WORKER: { username: 'modelworker', inside: '北京燕京精密机械有限公司工会', outside: '海淀区第一实验小学工会' },
  PUBLIC: { username: 'public', inside: '北京燕京精密机械有限公司工会', outside: '海淀区第一实验小学工会' },
};

/** The role each organization kind takes in a new staff account. */
const STAFF_ROLE_AT: Record<string, Role> = {
  CITY_FEDERATION: Role.CITY_STAFF, DISTRICT_UNION: Role.DISTRICT_STAFF, GRASSROOTS_UNION: Role.UNIT_STAFF, DEPARTMENT: Role.HANDLER,
};

const REFUSALS = new Set(['auth/forbidden', 'auth/required', 'account/role_out_of_scope']);

/** Allowed (true) or refused (false) from a mutation's payload; anything else fails the test. */
function outcome(result: GqlResult, field: string): boolean {
  if (result.errors?.length) throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
  const errors: { code: string }[] = result.data[field].userErrors;
  if (!errors.length) return true;
  if (errors.every((e) => REFUSALS.has(e.code))) return false;
  throw new Error(`${field}: not a refusal: ${JSON.stringify(errors)}`);
}

/** Allowed (true) when a query answered; refused (false) on FORBIDDEN / UNAUTHENTICATED. */
function answered(result: GqlResult): boolean {
  if (!result.errors?.length) return true;
  if (result.errors.every((e) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(e.extensions?.code))) return false;
  throw new Error(JSON.stringify(result.errors));
}

/** Two views of one permission (e.g. a list and a direct read) must agree. */
function agree(label: string, ...views: boolean[]): boolean {
  if (views.some((v) => v !== views[0])) throw new Error(`${label}: the views disagree: ${JSON.stringify(views)}`);
  return views[0];
}

const strong = 'Probe-lantern-harbor-7';
let t: TestApp;
let places: Record<string, PlaceFixture>;
let kinds: Record<string, string>;
let honor: string;
/** A district union that is no probe's place: where the registry probes send a record. */
let fengtai: string;
const clients: Partial<Record<Role, ApiClient>> = {};

type Probe = (who: ApiClient, at: PlaceFixture) => Promise<boolean>;

const PROBES: Partial<Record<Operation, Probe>> = {
  async [Operation.ACCOUNT_READ](who, at) {
    const node = await who.gql(`query($id: ID!) { node(id: $id) { ... on Account { username } } }`, { id: at.account });
    const list = await who.gql(`query($org: ID!) { accounts(first: 100, organization: $org) { nodes { username } } }`, { org: at.organization });
    const listed = answered(list) && list.data.accounts.nodes.some((a: any) => a.username === at.username);
    return agree('account.read', node.data?.node?.username === at.username, listed);
  },
  async [Operation.ACCOUNT_CREATE](who, at) {
    const username = `n${randomUUID().slice(0, 8)}`;
    const result = await who.gql(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { account { username } userErrors { code } } }`, {
      input: { username, displayName: '新账号', password: strong, roleGrants: [{ role: STAFF_ROLE_AT[kinds[at.name]], organization: at.organization }] },
    });
    const allowed = outcome(result, 'staffAccountCreate');
    // An account made is one that can sign in (and then must choose its own password).
    if (allowed) expect((await (await t.anonymous().signIn(username, strong)).ok(`{ viewer { mustChangePassword } }`)).viewer.mustChangePassword).toBe(true);
    return allowed;
  },
  async [Operation.ADMINISTRATOR_GRANT](who, at) {
    const city = at.name === SECOND_CITY ? places[SECOND_CITY] : places['北京市总工会'];
    const result = await who.gql(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { userErrors { code } } }`, {
      input: { username: `a${randomUUID().slice(0, 8)}`, displayName: '管理员', password: strong, roleGrants: [{ role: 'ADMIN', organization: city.organization }] },
    });
    return outcome(result, 'staffAccountCreate');
  },
  async [Operation.ORGANIZATION_CREATE_TOP_LEVEL](who) {
    const result = await who.gql(`mutation($input: OrganizationCreateInput!) { organizationCreate(input: $input) { userErrors { code } } }`, {
      input: { kind: 'CITY_FEDERATION', name: `顶级 ${randomUUID().slice(0, 6)}` },
    });
    return outcome(result, 'organizationCreate');
  },
  async [Operation.ORGANIZATION_MANAGE](who, at) {
    const update = await who.gql(`mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { userErrors { code } } }`, {
      input: { organization: at.organization, contact: `联系 ${randomUUID().slice(0, 4)}` },
    });
    const view = await who.gql(`query($id: ID!) { organization(id: $id) { viewerCanManage } }`, { id: at.organization });
    return agree('organization.manage', outcome(update, 'organizationUpdate'), view.data.organization.viewerCanManage);
  },
  async [Operation.HONOR_MANAGE](who) {
    const result = await who.gql(`mutation($input: HonorCreateInput!) { honorCreate(input: $input) { userErrors { code } } }`, {
      input: { code: `T_${randomUUID().slice(0, 8).toUpperCase()}`, name: '测试荣誉', level: 'DISTRICT', recipientKind: 'INDIVIDUAL', modelWorkerTreatment: false },
    });
    return outcome(result, 'honorCreate');
  },
  async [Operation.CALENDAR_MANAGE](who) {
    const result = await who.gql(`mutation($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { userErrors { code } } }`, {
      input: { date: '2031-10-08', kind: 'HOLIDAY', name: '国庆节' },
    });
    return outcome(result, 'calendarDaySet');
  },
  async [Operation.DEMO_CLOCK_MOVE](who) {
    // Setting the demo date to today puts the demo back on real time: a move that changes nothing for the other probes.
    const result = await who.gql(`mutation($input: DemoClockSetInput!) { demoClockSet(input: $input) { userErrors { code } } }`, {
      input: { date: beijingDate(t.clock.now()) },
    });
    return outcome(result, 'demoClockSet');
  },
  async [Operation.JOBS_READ](who) {
    return answered(await who.gql(`{ failedJobs(first: 1) { totalCount } }`));
  },
  async [Operation.CAMPAIGN_ORGANIZE](who, at) {
    const result = await who.gql(`mutation($input: CampaignCreateInput!) { campaignCreate(input: $input) { userErrors { code } } }`, {
      input: { organizer: at.organization, name: `评选 ${randomUUID().slice(0, 6)}`, year: 2027, nominationOpensOn: '2027-01-04', nominationClosesOn: '2027-02-12', honors: [honor] },
    });
    return outcome(result, 'campaignCreate');
  },
  async [Operation.OBJECTION_READ](who, at) {
    const id = await at.objection();
    const one = await who.gql(`query($id: ID!) { objection(id: $id) { id } }`, { id });
    const list = await who.gql(`query($notice: ID!) { objections(first: 100, notice: $notice) { nodes { id } } }`, { notice: at.notice });
    return agree('objection.read', answered(one) && one.data.objection?.id === id, answered(list) && list.data.objections.nodes.some((o: any) => o.id === id));
  },
  async [Operation.OBJECTION_ENTER](who, at) {
    const result = await who.gql(`mutation($input: ObjectionEnterInput!) { objectionEnter(input: $input) { userErrors { code } } }`, {
      input: { entry: at.entry, channel: 'PHONE', realName: false, content: '来电反映材料不实，请核查。' },
    });
    return outcome(result, 'objectionEnter');
  },
  async [Operation.OBJECTION_HANDLE](who, at) {
    const start = await who.gql(`mutation($id: ID!) { objectionInvestigationStart(input: { objection: $id }) { userErrors { code } } }`, { id: await at.objection() });
    const dismiss = await who.gql(`mutation($id: ID!) { objectionDismiss(input: { objection: $id, reply: \"经核查，反映不属实。\" }) { userErrors { code } } }`, { id: await at.objection() });
    return agree('objection.handle', outcome(start, 'objectionInvestigationStart'), outcome(dismiss, 'objectionDismiss'));
  },
  async [Operation.COMMENT_MODERATE](who, at) {
    const id = await at.comment();
    const queue = await who.gql(`query($notice: ID!) { commentModerationQueue(first: 100, notice: $notice, filter: ALL) { nodes { comment { id } } } }`, { notice: at.notice });
    const queued = answered(queue) && queue.data.commentModerationQueue.nodes.some((n: any) => n.comment.id === id);
    const hide = await who.gql(`mutation($id: ID!) { commentHide(input: { comment: $id, reason: \"含不实信息\" }) { userErrors { code } } }`, { id });
    return agree('comment.moderate', queued, outcome(hide, 'commentHide'));
  },
  async [Operation.VOTE_TALLY_READ](who, at) {
    const result = await who.ok(`query($id: ID!) { node(id: $id) { ... on NoticeEntry { voteCount } } }`, { id: at.entry });
    return result.node.voteCount !== null;
  },
  async [Operation.STUDIO_STAFF_READ](who, at) {
    const result = await who.gql(`query($search: String!) { staffStudios(first: 100, search: $search) { nodes { name } } }`, { search: at.studioName });
    return answered(result) && result.data.staffStudios.nodes.some((s: any) => s.name === at.studioName);
  },
  async [Operation.REGISTRY_READ](who, at) {
    const id = await at.registryRecord();
    const one = await who.gql(`query($id: ID!) { registryRecord(id: $id) { id } }`, { id });
    const list = await who.gql(`{ registryRecords(first: 100, search: "权限测") { nodes { id } } }`);
    return agree('registry.read', answered(one) && one.data.registryRecord !== null, answered(list) && list.data.registryRecords.nodes.some((n: any) => n.id === id));
  },
  async [Operation.REGISTRY_KEEP](who, at) {
    const id = await at.registryRecord();
    const update = await who.gql(`mutation($id: ID!) { modelWorkerUpdate(input: { modelWorker: $id, needs: "希望参加技能交流" }) { userErrors { code } } }`, { id });
    const confirm = await who.gql(`mutation($id: ID!) { modelWorkerConfirm(input: { modelWorker: $id, category: EXEMPLARY, categoryReason: "在岗" }) { userErrors { code } } }`, { id });
    return agree('registry.keep', outcome(update, 'modelWorkerUpdate'), outcome(confirm, 'modelWorkerConfirm'));
  },
  async [Operation.REGISTRY_TRANSFER](who, at) {
    const request = await who.gql(`mutation($id: ID!, $to: ID!) { modelWorkerTransferRequest(input: { modelWorker: $id, to: $to, keeping: LOCALITY, reason: "居住地变更" }) { userErrors { code } } }`,
      { id: await at.registryRecord(), to: fengtai });
    const accept = await who.gql(`mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { userErrors { code } } }`, { id: await at.transferHere() });
    return agree('registry.transfer', outcome(request, 'modelWorkerTransferRequest'), outcome(accept, 'modelWorkerTransferAccept'));
  },
  async [Operation.CARE_PAIRING_MANAGE](who, at) {
    const result = await who.gql(`mutation($id: ID!) { carePairingCreate(input: { modelWorker: $id, partnerKind: GRASSROOTS_CADRE, partnerName: "王干事", partnerPost: "工会干事", partnerPhone: "13800001111" }) { userErrors { code } } }`,
      { id: await at.registryRecord() });
    // The probe's record holds no honor: an office in scope gets past the policy to the pairing rule, which finds no level.
    if (result.data?.carePairingCreate?.userErrors.map((e: { code: string }) => e.code).join() === 'care_visit/no_honor') return true;
    return outcome(result, 'carePairingCreate');
  },
  async [Operation.CARE_VISIT_RECORD](who, at) {
    const result = await who.gql(`mutation($id: ID!, $on: String!) { careVisitRecord(input: { modelWorker: $id, visitedOn: $on, visitorName: "李干事", visitorKind: GRASSROOTS_CADRE, reason: HOME_VISIT, raised: "腿脚不便" }) { userErrors { code } } }`,
      { id: await at.registryRecord(), on: beijingDate(t.clock.now()) });
    return outcome(result, 'careVisitRecord');
  },
  async [Operation.CARE_BATCH_ORGANIZE](who, at) {
    const result = await who.gql(`mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { userErrors { code } } }`, {
      input: { organizer: at.organization, name: '劳模体检', venue: '北京工人疗养院', startsOn: '2031-03-03', endsOn: '2031-03-07', capacity: 10 },
    });
    return outcome(result, 'healthCheckBatchCreate');
  },
  async [Operation.CARE_INCOME_STATE](who, at) {
    const state = await who.gql(`mutation($id: ID!) { incomeStatementSet(input: { modelWorker: $id, year: 2030, retired: true, monthlyYuan: 3000 }) { userErrors { code } } }`,
      { id: await at.registryRecord() });
    return outcome(state, 'incomeStatementSet');
  },
  async [Operation.CARE_BUDGET_KEEP](who, at) {
    const set = await who.gql(`mutation($id: ID!) { careBudgetSet(input: { organization: $id, year: 2030, ownBudgetYuan: 10000 }) { userErrors { code } } }`,
      { id: at.organization });
    return outcome(set, 'careBudgetSet');
  },
  async [Operation.NOMINATION_BATCH_READ](who, at) {
    return answered(await who.gql(`query($c: ID!, $o: ID!) { batchStructure(campaign: $c, organization: $o) { __typename } }`, { c: at.campaign, o: at.organization }));
  },
};

/**
 * Operations of the process whose cells are walked by the workflow tests, where a file or studio in
 * the right state exists: each named with the spec that does it.
 */
const WALKED_ELSEWHERE: Partial<Record<Operation, string>> = {
  [Operation.NOMINATION_READ]: 'test/api/nomination/review.spec.ts',
  [Operation.NOMINATION_UNIT_STEP]: 'test/api/nomination/workflow.model.spec.ts',
  [Operation.NOMINATION_DISTRICT_STEP]: 'test/api/nomination/workflow.model.spec.ts',
  [Operation.NOMINATION_CITY_STEP]: 'test/api/nomination/workflow.model.spec.ts',
  [Operation.NOMINATION_NOTICE_STEP]: 'test/api/nomination/notice.spec.ts',
  [Operation.NOMINATION_CONFER]: 'test/api/nomination/walk.spec.ts',
  [Operation.STUDIO_STEWARD]: 'test/api/studio/certification.spec.ts',
  [Operation.STUDIO_CERTIFY_UNIT_LEVEL]: 'test/api/studio/certification.spec.ts',
  [Operation.STUDIO_CERTIFY_DISTRICT_LEVEL]: 'test/api/studio/certification.spec.ts',
  [Operation.STUDIO_CERTIFY_CITY_LEVEL]: 'test/api/studio/certification.spec.ts',
  [Operation.SUGGESTION_OVERSEE]: 'test/api/suggestion/privacy.spec.ts',
  [Operation.SUGGESTION_HANDLE]: 'test/api/suggestion/privacy.spec.ts',
  [Operation.HONOR_REVOCATION_REPORT]: 'test/api/revocation/revocation.spec.ts',
  [Operation.HONOR_REVOCATION_DECIDE]: 'test/api/revocation/revocation.spec.ts',
  [Operation.MODEL_WORKER_ACCOUNT_LINK]: 'test/api/registry/account-claim.spec.ts',
  [Operation.CARE_READ]: 'test/api/care/grants.spec.ts',
  [Operation.CARE_GRANT_APPLY]: 'test/api/care/grants.spec.ts',
  [Operation.CARE_GRANT_DECIDE]: 'test/api/care/grants.spec.ts',
  [Operation.CARE_ROLL_MANAGE]: 'test/api/care/rolls.spec.ts',
  [Operation.CARE_RULES_MANAGE]: 'test/api/care/rolls.spec.ts',
  [Operation.CARE_BOOK]: 'test/api/care/health-checks.spec.ts',
};

beforeAll(async () => {
  t = await startTestApp();
  await seedSecondCity(t, SECOND_CITY);
  const names = [...new Set(Object.values(WHO).flatMap((w) => [w.inside, w.outside]))];
  places = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await seedPlace(t, n)] as const)));
  kinds = Object.fromEntries(await Promise.all(names.map(async (n) =>
    [n, (await t.anonymous().ok(`query($id: ID!) { organization(id: $id) { kind } }`, { id: places[n].organization })).organization.kind] as const)));
  honor = (await t.anonymous().ok(`{ honors(first: 1) { nodes { id } } }`)).honors.nodes[0].id;
  fengtai = (await t.anonymous().ok(`{ organizations(search: "丰台区总工会", first: 1) { nodes { id } } }`)).organizations.nodes[0].id;
}, 120_000);
afterAll(async () => { await t.close(); });

describe('the policy table holds through the API', () => {
  it('every operation has a probe here or a named workflow spec', () => {
    const missing = Object.values(Operation).filter((op) => !PROBES[op] && !WALKED_ELSEWHERE[op]);
    expect(missing).toEqual([]);
  });

  const cells = Object.values(Operation).filter((op) => PROBES[op]).flatMap((op) =>
    Object.values(Role).flatMap((role) => (['inside', 'outside'] as const).map((where) => ({ op, role, where }))));

  it.each(cells)('$role · $op · $where', async ({ op, role, where }) => {
    const who = WHO[role];
    const scope = POLICY[op][role];
    const expected = scope === Scope.ANYWHERE || (scope === Scope.SUBTREE && where === 'inside');
    const client = (clients[role] ??= await t.as(who.username));
    expect(await PROBES[op]!(client, places[who[where]])).toBe(expected);
  });
});
