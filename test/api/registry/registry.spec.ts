import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, directory, organizationId, signIn, startTestApp, CHAOYANG, UNIT, type ApiClient, type Directory, type TestApp } from '../../support/testkit/index.js';

/**
 * The staff registry (劳模信息数据库): who sees and keeps which records (分级管理), the yearly update,
 * transfers between keepers, reports of a death, and personal information (PIPL): masked in lists, whole
 * only by a logged reveal, sealed at rest.
 */
const LIST = `query($search: String, $pending: Boolean) { registryRecords(first: 100, search: $search, pendingThisYear: $pending) {
  totalCount nodes { id name idNumberMasked keeper { name } status confirmedYear } } }`;
const RECORD = `query($id: ID!) { registryRecord(id: $id) { id name idNumberMasked health familyHardship keeping keeper { name } status category categoryReason
  honors { honor { code } year conferredBy modelWorkerTreatment } transfers { state }
  history(first: 100) { nodes { action actorName fromState toState } } } }`;
const CREATE = `mutation($input: ModelWorkerCreateInput!) { modelWorkerCreate(input: $input) { userErrors { code field } record { id idNumberMasked } } }`;
const REVEAL = `mutation($id: ID!) { modelWorkerIdNumberReveal(input: { modelWorker: $id }) { userErrors { code } idNumber } }`;
const CONFIRM = `mutation($id: ID!) { modelWorkerConfirm(input: { modelWorker: $id, category: EXEMPLARY, categoryReason: "在岗骨干" }) { userErrors { code } record { confirmedYear } } }`;
const REQUEST = `mutation($input: ModelWorkerTransferRequestInput!) { modelWorkerTransferRequest(input: $input) { userErrors { code field } transfer { id state } } }`;
const ACCEPT = `mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { userErrors { code } transfer { state to { name } } } }`;
const REPORTS = `{ registryReports(first: 100) { nodes { kind name occurredOn organization { name } } } }`;

/** A valid ID number (its check character computed) from 17 digits. */
function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}
const ID_A = idNumber('11010519700315002');
const HAIDIAN_UNIT = '海淀区第一实验小学工会';

let t: TestApp;
let dir: Directory;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;
let recordA: string;

async function listed(client: ApiClient, search?: string, pending?: boolean) {
  return (await client.ok(LIST, { search, pending })).registryRecords;
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-11-20');
  dir = await directory(t);
  [unit, chaoyang, haidian, city] = await Promise.all([signIn(t, 'unit'), signIn(t, 'chaoyang'), signIn(t, 'haidian'), signIn(t, 'city')]);
  const created = await unit.ok(CREATE, { input: {
    organization: await organizationId(t, UNIT), name: '周卫国', gender: 'MALE', employerName: '北京燕京精密机械有限公司', post: '装配钳工',
    idNumber: ID_A, health: '高血压，需定期复查', familyHardship: '配偶长期患病', category: 'ASSISTANCE', categoryReason: '家庭困难',
    familyMembers: [{ relation: '配偶', name: '王秀兰', birthYear: 1972 }], workHistory: [{ employer: '北京第一机床厂', post: '学徒工', from: '1988-07-01', to: '1996-06-30' }],
  } });
  expect(created.modelWorkerCreate.userErrors).toEqual([]);
  recordA = created.modelWorkerCreate.record.id;
}, 120_000);
afterAll(async () => { await t.close(); });

describe('who sees which records (分级管理)', () => {
  it('a unit sees only the records it keeps; its district all of the district; the city all', async () => {
    const ofUnit = await listed(unit);
    expect(ofUnit.nodes.length).toBeGreaterThan(1);
    expect(new Set(ofUnit.nodes.map((n: any) => n.keeper.name))).toEqual(new Set([UNIT]));
    const ofChaoyang = await listed(chaoyang);
    expect(ofChaoyang.totalCount).toBeGreaterThan(ofUnit.totalCount);
    const ofCity = await listed(city);
    expect(ofCity.totalCount).toBeGreaterThan(ofChaoyang.totalCount);
    const BY_KEEPER = `query($org: ID) { registryRecords(first: 100, organization: $org) { totalCount nodes { keeper { name } } } }`;
    const narrowed = (await chaoyang.ok(BY_KEEPER, { org: await organizationId(t, UNIT) })).registryRecords;
    expect(narrowed.totalCount).toBe(ofUnit.totalCount);
    expect((await haidian.ok(BY_KEEPER, { org: await organizationId(t, UNIT) })).registryRecords.totalCount).toBe(0);
  });

  it('a district never reads another district’s records, by list, by id or by node', async () => {
    const ofHaidian = await listed(haidian);
    expect(ofHaidian.nodes.some((n: any) => n.id === recordA)).toBe(false);
    expect(ofHaidian.nodes.every((n: any) => n.keeper.name !== UNIT)).toBe(true);
    expect((await haidian.ok(RECORD, { id: recordA })).registryRecord).toBeNull();
    expect((await haidian.ok(`query($id: ID!) { registryRecord(id: $id) { id } }`, { id: ofHaidian.nodes[0].id })).registryRecord).not.toBeNull();
    expect((await chaoyang.ok(`query($id: ID!) { registryRecord(id: $id) { id } }`, { id: ofHaidian.nodes[0].id })).registryRecord).toBeNull();
    const refused = await haidian.gql(`mutation($id: ID!) { modelWorkerUpdate(input: { modelWorker: $id, needs: "x" }) { userErrors { code } } }`, { id: recordA });
    expect(codes(refused.data.modelWorkerUpdate)).toEqual(['auth/forbidden']);
  });

  it('administrators, handlers, employees, model workers and the public read no record', async () => {
    for (const who of ['admin', 'handler', 'employee', 'modelworker', 'public'] as const) {
      const client = await signIn(t, who);
      const result = await client.gql(LIST, {});
      expect(result.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect((await client.gql(RECORD, { id: recordA })).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect((await client.gql(REVEAL, { id: recordA })).data.modelWorkerIdNumberReveal.userErrors.map((e: any) => e.code), who).toEqual(['auth/forbidden']);
    }
    expect((await t.anonymous().gql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('personal information (PIPL)', () => {
  it('lists show the ID number masked; an ID number as the search finds its record', async () => {
    const found = await listed(unit, ID_A);
    expect(found.nodes).toEqual([expect.objectContaining({ id: recordA, idNumberMasked: `${ID_A.slice(0, 6)}********${ID_A.slice(-4)}` })]);
  });

  it('the whole number is a reveal away, for staff in scope only, and each reveal is in the history', async () => {
    expect((await unit.ok(REVEAL, { id: recordA })).modelWorkerIdNumberReveal.idNumber).toBe(ID_A);
    expect((await chaoyang.ok(REVEAL, { id: recordA })).modelWorkerIdNumberReveal.idNumber).toBe(ID_A);
    expect(codes((await haidian.ok(REVEAL, { id: recordA })).modelWorkerIdNumberReveal)).toEqual(['auth/forbidden']);
    const history = (await unit.ok(RECORD, { id: recordA })).registryRecord.history.nodes;
    expect(history.filter((l: any) => l.action === 'registry.id_number_viewed').map((l: any) => l.actorName)).toEqual(['燕京精密工会 陈芳', '朝阳区总工会 李强']);
    expect(JSON.stringify(history)).not.toContain(ID_A);
  });

  it('the record opens health and family hardship; the database holds neither, nor the ID number, in clear', async () => {
    const record = (await unit.ok(RECORD, { id: recordA })).registryRecord;
    expect(record).toMatchObject({ health: '高血压，需定期复查', familyHardship: '配偶长期患病', category: 'ASSISTANCE', categoryReason: '家庭困难' });
    const [{ row }] = await t.app.orm.em.fork().getConnection().execute(`select to_jsonb(m) as row from model_worker m where name = '周卫国'`);
    const stored = JSON.stringify(row);
    for (const secret of [ID_A, '高血压', '配偶长期患病']) expect(stored).not.toContain(secret);
    expect(row.id_number_sealed).toMatch(/^v1:/);
  });

  it('a bad or taken ID number is a clear user error', async () => {
    const input = { organization: await organizationId(t, UNIT), name: '李四', gender: 'MALE', employerName: 'x', post: 'x' };
    expect(codes((await unit.ok(CREATE, { input: { ...input, idNumber: '110105197003150021' } })).modelWorkerCreate)).toEqual(['registry/id_number_invalid']);
    expect(codes((await unit.ok(CREATE, { input: { ...input, idNumber: ID_A.toLowerCase() } })).modelWorkerCreate)).toEqual(['registry/id_number_taken']);
  });

  it('no public type carries a personal field: they are only on the staff record and the reveal', async () => {
    const schema = (await t.anonymous().ok(`{ __schema { types { name kind fields { name } } } }`)).__schema.types;
    const personal = ['idNumber', 'idNumberMasked', 'health', 'familyHardship', 'familyMembers', 'workHistory', 'needs', 'categoryReason', 'householdBeijing', 'migrantWorker', 'address'];
    const carrying = schema.filter((ty: any) => ty.kind === 'OBJECT' && ty.fields?.some((f: any) => personal.includes(f.name))).map((ty: any) => ty.name).sort();
    // The nomination file keeps its own staff-only personal fields (nomination/personal-access.spec.ts), its ID number masked
    // and whole only by its own logged reveal (nomination/id-number-sealed.spec.ts).
    expect(carrying).toEqual(['ModelWorkerIdNumberRevealPayload', 'Nomination', 'NominationIdNumberRevealPayload', 'RegistryRecord']);
    const publicProfile = schema.find((ty: any) => ty.name === 'ModelWorker').fields.map((f: any) => f.name).sort();
    // The public profile (劳模风采): what a consenting person shows, never a field of the information form's private parts.
    expect(publicProfile).toEqual(['deedsSummary', 'district', 'employerName', 'gender', 'honors', 'id', 'industry', 'name', 'photoUrl', 'post', 'studio']);
  });
});

describe('changing a record', () => {
  it('changes only the fields it names; a field given null is cleared', async () => {
    const UPDATE = `mutation($input: ModelWorkerUpdateInput!) { modelWorkerUpdate(input: $input) { userErrors { code field } record { needs phone health familyHardship familyMembers { name } } } }`;
    const changed = await unit.ok(UPDATE, { input: { modelWorker: recordA, needs: '希望参加技能交流', familyHardship: null } });
    expect(changed.modelWorkerUpdate).toEqual({ userErrors: [], record: { needs: '希望参加技能交流', phone: null, health: '高血压，需定期复查', familyHardship: null, familyMembers: [{ name: '王秀兰' }] } });
    const bad = await unit.ok(UPDATE, { input: { modelWorker: recordA, name: null, workHistory: [{ employer: 'x', post: 'x', from: '2001-01-01', to: '2000-01-01' }] } });
    expect(bad.modelWorkerUpdate.userErrors.map((e: any) => e.field?.join('.'))).toEqual(expect.arrayContaining(['name']));
    const backwards = await unit.ok(UPDATE, { input: { modelWorker: recordA, workHistory: [{ employer: 'x', post: 'x', from: '2001-01-01', to: '2000-01-01' }] } });
    expect(backwards.modelWorkerUpdate.userErrors).toEqual([{ code: 'registry/date_order', field: ['workHistory', '0', 'to'] }]);
  });
});

describe('the yearly update (年度更新)', () => {
  it('the district sees each keeper’s progress; a unit confirms every record and is done', async () => {
    const PROGRESS = `query($org: ID!) { registryProgress(organization: $org) { year total confirmed keepers(first: 100) { nodes { organization { name } total confirmed pending } } } }`;
    const unitRow = async () => (await chaoyang.ok(PROGRESS, { org: await organizationId(t, CHAOYANG) })).registryProgress.keepers.nodes.find((k: any) => k.organization.name === UNIT);
    const before = await unitRow();
    expect(before.pending).toBeGreaterThan(0);
    const pending = await listed(unit, undefined, true);
    expect(pending.totalCount).toBe(before.pending);
    for (const record of pending.nodes) expect((await unit.ok(CONFIRM, { id: record.id })).modelWorkerConfirm).toEqual({ userErrors: [], record: { confirmedYear: 2026 } });
    expect(await unitRow()).toMatchObject({ total: before.total, confirmed: before.total, pending: 0 });
    expect((await listed(unit, undefined, true)).totalCount).toBe(0);
    expect((await haidian.gql(PROGRESS, { org: await organizationId(t, CHAOYANG) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the confirmation reviews the class, and the record’s history tells it', async () => {
    const record = (await unit.ok(RECORD, { id: recordA })).registryRecord;
    expect(record).toMatchObject({ category: 'EXEMPLARY', categoryReason: '在岗骨干' });
    expect(record.history.nodes).toContainEqual(expect.objectContaining({ action: 'registry.confirmed', fromState: 'ASSISTANCE', toState: 'EXEMPLARY' }));
  });
});

describe('the yearly update’s progress, at the city’s size', () => {
  it('pages the keepers, least done first, and shows only those not done when asked', async () => {
    const PAGE = `query($org: ID!, $after: String, $pendingOnly: Boolean) { registryProgress(organization: $org) {
      total confirmed keepers(first: 1, after: $after, pendingOnly: $pendingOnly) { totalCount pageInfo { hasNextPage endCursor } nodes { organization { name } total confirmed pending } } } }`;
    const city = await t.as('city');
    const org = await organizationId(t, '北京市总工会');
    // Walk every page of one keeper each: they add up to the totals, in order of the share confirmed.
    const seen: { total: number; confirmed: number; pending: number }[] = [];
    let after: string | null = null;
    let progress: any;
    do {
      progress = (await city.ok(PAGE, { org, after })).registryProgress;
      expect(progress.keepers.nodes.length).toBeLessThanOrEqual(1);
      seen.push(...progress.keepers.nodes);
      after = progress.keepers.pageInfo.hasNextPage ? progress.keepers.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(progress.keepers.totalCount);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.reduce((n, k) => n + k.total, 0)).toBe(progress.total);
    expect(seen.reduce((n, k) => n + k.confirmed, 0)).toBe(progress.confirmed);
    const shares = seen.map((k) => k.confirmed / k.total);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // Only the keepers not done: as many as have a record pending.
    const pending = (await city.ok(PAGE, { org, pendingOnly: true })).registryProgress.keepers;
    expect(pending.totalCount).toBe(seen.filter((k) => k.pending > 0).length);
    expect(pending.nodes.every((k: any) => k.pending > 0)).toBe(true);
    const tooMany = await city.gql(`query($org: ID!) { registryProgress(organization: $org) { keepers(first: 101) { totalCount } } }`, { org });
    expect(tooMany.errors?.[0]).toMatchObject({ message: '每页数量须在 1 到 100 之间', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('a transfer between keepers', () => {
  let transferId: string;
  it('the unit asks the district where the person lives to keep the record (属地管理)', async () => {
    const haidianDistrict = await organizationId(t, '海淀区总工会');
    const wrongKind = await unit.ok(REQUEST, { input: { modelWorker: recordA, to: await organizationId(t, HAIDIAN_UNIT), keeping: 'LOCALITY', reason: '退休后居住在海淀' } });
    expect(codes(wrongKind.modelWorkerTransferRequest)).toEqual(['registry/keeper_kind']);
    const [first, second] = await Promise.all([1, 2].map(() => unit.ok(REQUEST, { input: { modelWorker: recordA, to: haidianDistrict, keeping: 'LOCALITY', reason: '退休后居住在海淀' } })));
    const outcomes = [first, second].map((r) => codes(r.modelWorkerTransferRequest)).sort();
    expect(outcomes).toEqual([[], ['registry/transfer_open']]);
    transferId = (first.modelWorkerTransferRequest.transfer ?? second.modelWorkerTransferRequest.transfer).id;
  });

  it('only the new keeper’s side accepts; then it keeps the record and the old side no longer sees it', async () => {
    expect(codes((await chaoyang.ok(ACCEPT, { id: transferId })).modelWorkerTransferAccept)).toEqual(['auth/forbidden']);
    const incoming = (await haidian.ok(`{ registryTransfers(first: 10, state: REQUESTED) { nodes { id name from { name } } } }`)).registryTransfers.nodes;
    expect(incoming).toContainEqual({ id: transferId, name: '周卫国', from: { name: UNIT } });
    expect((await haidian.ok(ACCEPT, { id: transferId })).modelWorkerTransferAccept).toEqual({ userErrors: [], transfer: { state: 'ACCEPTED', to: { name: '海淀区总工会' } } });
    expect(codes((await haidian.ok(ACCEPT, { id: transferId })).modelWorkerTransferAccept)).toEqual(['registry/transfer_decided']);
    const record = (await haidian.ok(RECORD, { id: recordA })).registryRecord;
    expect(record).toMatchObject({ keeping: 'LOCALITY', keeper: { name: '海淀区总工会' }, transfers: [{ state: 'ACCEPTED' }] });
    expect(record.history.nodes.filter((l: any) => l.action.startsWith('registry.transfer')).map((l: any) => [l.action, l.fromState, l.toState]))
      .toEqual([['registry.transfer_requested', UNIT, '海淀区总工会'], ['registry.transferred', UNIT, '海淀区总工会']]);
    expect((await unit.ok(RECORD, { id: recordA })).registryRecord).toBeNull();
    expect((await chaoyang.ok(RECORD, { id: recordA })).registryRecord).toBeNull();
  });
});

describe('a death is reported at once', () => {
  it('reaches the district and the city, not another district; the record is no longer kept', async () => {
    const record = (await listed(unit)).nodes.find((n: any) => n.status === 'ACTIVE');
    const reported = await unit.ok(`mutation($id: ID!) { modelWorkerReport(input: { modelWorker: $id, kind: DEATH, occurredOn: "2026-11-18", details: "因病去世" }) {
      userErrors { code } report { kind } } }`, { id: record.id });
    expect(reported.modelWorkerReport).toEqual({ userErrors: [], report: { kind: 'DEATH' } });
    const expected = { kind: 'DEATH', name: record.name, occurredOn: '2026-11-18', organization: { name: UNIT } };
    expect((await chaoyang.ok(REPORTS)).registryReports.nodes).toContainEqual(expected);
    expect((await city.ok(REPORTS)).registryReports.nodes).toContainEqual(expected);
    expect((await haidian.ok(REPORTS)).registryReports.nodes).not.toContainEqual(expected);
    expect((await unit.ok(RECORD, { id: record.id })).registryRecord.status).toBe('DECEASED');
    expect(codes((await unit.ok(CONFIRM, { id: record.id })).modelWorkerConfirm)).toEqual(['registry/not_kept']);
  });
});

describe('honors on the record', () => {
  it('one conferred before laomo is recorded with its body; the record lists it with its treatment', async () => {
    const ofChaoyang = (await listed(chaoyang)).nodes.find((n: any) => n.keeper.name === UNIT && n.status === 'ACTIVE');
    const ADD = `mutation($input: ModelWorkerHonorAddInput!) { modelWorkerHonorAdd(input: $input) { userErrors { code } record { honors { honor { code } year conferredBy modelWorkerTreatment } } } }`;
    const input = { modelWorker: ofChaoyang.id, honor: dir.honors.NATIONAL_MODEL_WORKER, year: 2005, conferredByName: '国务院' };
    const added = await chaoyang.ok(ADD, { input });
    expect(added.modelWorkerHonorAdd.record.honors).toContainEqual({ honor: { code: 'NATIONAL_MODEL_WORKER' }, year: 2005, conferredBy: '国务院', modelWorkerTreatment: true });
    expect(codes((await chaoyang.ok(ADD, { input })).modelWorkerHonorAdd)).toEqual(['registry/honor_held']);
  });

  it('the level filter lists each holder once, however many honors of the level they hold', async () => {
    const ofChaoyang = (await listed(chaoyang)).nodes.find((n: any) => n.keeper.name === UNIT && n.status === 'ACTIVE' && n.name !== '周卫国');
    const ADD = `mutation($input: ModelWorkerHonorAddInput!) { modelWorkerHonorAdd(input: $input) { userErrors { code } } }`;
    for (const [honor, year] of [['NATIONAL_MODEL_WORKER', 2010], ['NATIONAL_MAY1_MEDAL', 2012]] as const) {
      expect((await unit.ok(ADD, { input: { modelWorker: ofChaoyang.id, honor: dir.honors[honor], year } })).modelWorkerHonorAdd.userErrors).toEqual([]);
    }
    const national = (await unit.ok(`{ registryRecords(first: 100, level: NATIONAL) { totalCount nodes { id } } }`)).registryRecords;
    const ids = national.nodes.map((n: any) => n.id);
    expect(ids).toContain(ofChaoyang.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(national.totalCount).toBe(ids.length);
  });
});
