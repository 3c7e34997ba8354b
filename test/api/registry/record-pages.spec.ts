import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, idNumber, organizationId, signIn, startTestApp, UNIT, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * What the registry pages send (issue 13, item 10): a record entered with per-field errors, an honor added,
 * the family members and work history changed on their tabs (only the named field, audited, in scope), and
 * the import page's list of past imports, scoped to the viewer's organizations.
 */
const CREATE = `mutation($input: ModelWorkerCreateInput!) { modelWorkerCreate(input: $input) { userErrors { code field message } record { id name } } }`;
const UPDATE = `mutation($input: ModelWorkerUpdateInput!) { modelWorkerUpdate(input: $input) { userErrors { code field message }
  record { familyMembers { relation name birthYear employer } workHistory { employer post from to } } } }`;
const RECORD = `query($id: ID!) { registryRecord(id: $id) { name phone needs employerName post familyMembers { relation name birthYear employer }
  workHistory { employer post from to } honors { honor { code } year conferredBy modelWorkerTreatment } history(first: 100) { nodes { action } } } }`;
const HONOR_ADD = `mutation($input: ModelWorkerHonorAddInput!) { modelWorkerHonorAdd(input: $input) { userErrors { code field } record { honors { honor { code } year conferredBy } } } }`;
const IMPORTS = `query($after: String, $first: Int) { registryImports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id fileName state rowsTotal problemCount createdByName organization { name } } } }`;
const IMPORT = `query($id: ID!) { registryImport(id: $id) { state } }`;

let t: TestApp;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let record: string;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-11-20');
  [unit, chaoyang, haidian] = await Promise.all([signIn(t, 'unit'), signIn(t, 'chaoyang'), signIn(t, 'haidian')]);
  const created = await unit.ok(CREATE, { input: {
    organization: await organizationId(t, UNIT), name: '邵建华', gender: 'MALE', employerName: '北京燕京精密机械有限公司', post: '数控车工',
    phone: '13600001111', needs: '希望参加技能交流',
  } });
  expect(created.modelWorkerCreate.userErrors).toEqual([]);
  record = created.modelWorkerCreate.record.id;
}, 120_000);
afterAll(async () => { await t.close(); });

describe('entering a record from the list page', () => {
  it('every missing or bad field is named, in the user’s language, and nothing is written', async () => {
    const en = await signIn(t, 'unit', 'en');
    const refused = await en.ok(CREATE, { input: { organization: await organizationId(t, UNIT), name: '', gender: 'MALE', employerName: '', post: '钳工', idNumber: '110105197001010000' } });
    const fields = refused.modelWorkerCreate.userErrors.map((e: { field: string[] }) => e.field.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['name', 'employerName']));
    expect(refused.modelWorkerCreate.record).toBeNull();
    for (const error of refused.modelWorkerCreate.userErrors) expect(error.message).toMatch(/^[\x20-\x7E’“”]+$/);
    const zh = await unit.ok(CREATE, { input: { organization: await organizationId(t, UNIT), name: '某', gender: 'MALE', employerName: 'x', post: 'x', idNumber: '110105197001010000' } });
    expect(zh.modelWorkerCreate.userErrors).toEqual([expect.objectContaining({ code: 'registry/id_number_invalid', field: ['idNumber'] })]);
    expect(zh.modelWorkerCreate.userErrors[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a record entered twice at once (a double click) with an ID number is made once; the second is told the number is on file', async () => {
    const organization = await organizationId(t, UNIT);
    for (let round = 0; round < 4; round++) {
      const input = {
        organization, name: `同时录入${round}`, gender: 'FEMALE', employerName: '北京燕京精密机械有限公司', post: '质检员', idNumber: idNumber(`11010519800101${String(round + 700).padStart(3, '0')}`),
      };
      const both = await Promise.all([unit.gql(CREATE, { input }), unit.gql(CREATE, { input })]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(both.map((r) => codes(r.data!.modelWorkerCreate)).sort()).toEqual([[], ['registry/id_number_taken']]);
    }
  });

  it('a district cannot enter a record for another district’s union', async () => {
    const refused = await haidian.gql(CREATE, { input: { organization: await organizationId(t, UNIT), name: '越权', gender: 'MALE', employerName: 'x', post: 'x' } });
    expect(codes(refused.data.modelWorkerCreate)).toEqual(['auth/forbidden']);
  });
});

describe('the family and work-history tabs', () => {
  it('a list saved alone changes only that list; the history names the field, never a value', async () => {
    const family = [{ relation: '配偶', name: '李淑芬', birthYear: 1971, employer: '退休' }, { relation: '子女', name: '邵明', birthYear: 1998, employer: null }];
    const saved = await unit.ok(UPDATE, { input: { modelWorker: record, familyMembers: family } });
    expect(saved.modelWorkerUpdate).toEqual({ userErrors: [], record: { familyMembers: family, workHistory: [] } });
    const work = [{ employer: '北京第一机床厂', post: '学徒工', from: '1990-07-01', to: '1998-06-30' }];
    expect((await unit.ok(UPDATE, { input: { modelWorker: record, workHistory: work } })).modelWorkerUpdate.userErrors).toEqual([]);
    const after = (await unit.ok(RECORD, { id: record })).registryRecord;
    expect(after).toMatchObject({ name: '邵建华', phone: '13600001111', needs: '希望参加技能交流', employerName: '北京燕京精密机械有限公司', post: '数控车工',
      familyMembers: family, workHistory: work });
    const audit = await t.app.orm.em.fork().getConnection().execute<{ data: unknown }[]>(
      `select data from audit_entry where action = 'registry.updated' and subject_id = (select id from model_worker where name = '邵建华')`);
    expect(audit.map((a) => a.data)).toEqual(expect.arrayContaining([{ fields: ['familyMembers'] }, { fields: ['workHistory'] }]));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('李淑芬');
  });

  it('a bad row is named by its place in the list', async () => {
    const refused = await unit.ok(UPDATE, { input: { modelWorker: record, workHistory: [
      { employer: '甲厂', post: '钳工', from: '1990-01-01', to: null }, { employer: '乙厂', post: '钳工', from: '2001-01-01', to: '2000-01-01' }] } });
    expect(refused.modelWorkerUpdate.userErrors).toEqual([expect.objectContaining({ code: 'registry/date_order', field: ['workHistory', '1', 'to'] })]);
    expect((await unit.ok(RECORD, { id: record })).registryRecord.workHistory).toHaveLength(1);
  });

  it('a district never edits another district’s family members or work history; its own district does', async () => {
    const refused = await haidian.gql(UPDATE, { input: { modelWorker: record, familyMembers: [], workHistory: [] } });
    expect(codes(refused.data.modelWorkerUpdate)).toEqual(['auth/forbidden']);
    expect((await unit.ok(RECORD, { id: record })).registryRecord.familyMembers).toHaveLength(2);
    const byDistrict = await chaoyang.ok(UPDATE, { input: { modelWorker: record, familyMembers: [{ relation: '配偶', name: '李淑芬', birthYear: 1971 }] } });
    expect(byDistrict.modelWorkerUpdate.userErrors).toEqual([]);
    expect((await unit.ok(RECORD, { id: record })).registryRecord).toMatchObject({ familyMembers: [{ relation: '配偶', name: '李淑芬', birthYear: 1971, employer: null }], workHistory: [{ employer: '北京第一机床厂' }] });
  });
});

describe('the honors tab', () => {
  it('an honor held before laomo is added with its year and body; a district out of scope cannot', async () => {
    const { honors } = await unit.ok(`{ honors(first: 100) { nodes { id code modelWorkerTreatment } } }`);
    const honor = honors.nodes.find((h: { modelWorkerTreatment: boolean }) => h.modelWorkerTreatment);
    const added = await unit.ok(HONOR_ADD, { input: { modelWorker: record, honor: honor.id, year: 2005, conferredByName: '北京市人民政府' } });
    expect(added.modelWorkerHonorAdd.userErrors).toEqual([]);
    expect((await unit.ok(RECORD, { id: record })).registryRecord.honors).toEqual([{ honor: { code: honor.code }, year: 2005, conferredBy: '北京市人民政府', modelWorkerTreatment: true }]);
    const refused = await haidian.gql(HONOR_ADD, { input: { modelWorker: record, honor: honor.id, year: 2006 } });
    expect(codes(refused.data.modelWorkerHonorAdd)).toEqual(['auth/forbidden']);
    const future = await unit.ok(HONOR_ADD, { input: { modelWorker: record, honor: honor.id, year: 2030 } });
    expect(future.modelWorkerHonorAdd.userErrors).toEqual([{ code: 'registry/year_invalid', field: ['year'] }]);
  });
});

describe('past imports on the import page', () => {
  async function upload(client: ApiClient, name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from('\uFEFF姓名,性别\r\n某某,男\r\n'))]), name);
    const response = await fetch(`${t.url}/api/registry/imports`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader, 'x-laomo-upload': '1' } });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    for (let waited = 0; waited < 30_000; waited += 200) {
      if ((await client.ok(IMPORT, { id })).registryImport.state !== 'CHECKING') return id;
      await sleep(200);
    }
    throw new Error('the check did not finish');
  }

  it('lists who imported which file, when, its rows, state and problems; a district sees its units’, another district none; pages by cursor', async () => {
    const first = await upload(unit, '朝阳-1.csv');
    const second = await upload(unit, '朝阳-2.csv');
    const ofUnit = (await unit.ok(IMPORTS, { first: 1 })).registryImports;
    expect(ofUnit.totalCount).toBe(2);
    expect(ofUnit.nodes).toEqual([expect.objectContaining({ id: second, fileName: '朝阳-2.csv', organization: { name: UNIT } })]);
    expect(ofUnit.nodes[0].createdByName).toBeTruthy();
    expect(ofUnit.nodes[0].problemCount).toBeGreaterThan(0);
    expect(ofUnit.nodes[0].state).toBe('INVALID');
    const next = (await unit.ok(IMPORTS, { first: 1, after: ofUnit.pageInfo.endCursor })).registryImports;
    expect(next.nodes.map((n: { id: string }) => n.id)).toEqual([first]);
    expect((await chaoyang.ok(IMPORTS, { first: 20 })).registryImports.nodes.map((n: { id: string }) => n.id)).toEqual([second, first]);
    expect((await haidian.ok(IMPORTS, { first: 20 })).registryImports.totalCount).toBe(0);
  });

  it('the public and those who keep no records are refused', async () => {
    expect((await t.anonymous().gql(IMPORTS, { first: 5 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const who of ['admin', 'employee', 'modelworker', 'public'] as const) {
      expect((await (await signIn(t, who)).gql(IMPORTS, { first: 5 })).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
  });
});
