import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const CREATE = `mutation($input: OrganizationCreateInput!) { organizationCreate(input: $input) { organization { name kind employerKind ancestry { name } } userErrors { code field } } }`;

describe('the organization tree', () => {
  it('is public and paginated, with the demo city of 16 districts', async () => {
    const visitor = t.anonymous();
    const roots = await visitor.ok(`{ organizations { totalCount nodes { name kind children(first: 100) { totalCount } } } }`);
    expect(roots.organizations.nodes).toHaveLength(1);
    expect(roots.organizations.nodes[0].name).toBe('北京市总工会');
    const districts = await visitor.ok(`{ organizations(kind: DISTRICT_UNION, first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`);
    expect(districts.organizations.totalCount).toBe(16);
    expect(districts.organizations.pageInfo.hasNextPage).toBe(true);
    const next = await visitor.ok(`query($after: String) { organizations(kind: DISTRICT_UNION, first: 10, after: $after) { pageInfo { hasNextPage } nodes { name } } }`, {
      after: districts.organizations.pageInfo.endCursor,
    });
    expect(next.organizations.nodes).toHaveLength(6);
    expect(next.organizations.pageInfo.hasNextPage).toBe(false);
  });

  it('caps the page size at 100 with a clear error', async () => {
    const result = await t.anonymous('en').gql(`{ organizations(first: 101) { totalCount } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'Page size must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('an administrator adds a grassroots union below a district; its employer kind is required', async () => {
    const admin = await t.as('admin');
    const { organizations } = await admin.ok(`{ organizations(search: "朝阳区总工会") { nodes { id } } }`);
    const parent = organizations.nodes[0].id;
    const missing = await admin.ok(CREATE, { input: { parent, name: '北京朝阳某合作社工会', kind: 'GRASSROOTS_UNION' } });
    expect(missing.organizationCreate.userErrors).toEqual([{ code: 'organization/employer_kind_required', field: ['employerKind'] }]);
    const made = await admin.ok(CREATE, { input: { parent, name: '北京朝阳某合作社工会', kind: 'GRASSROOTS_UNION', employerKind: 'FARMERS_COOPERATIVE' } });
    expect(made.organizationCreate.organization).toEqual({
      name: '北京朝阳某合作社工会', kind: 'GRASSROOTS_UNION', employerKind: 'FARMERS_COOPERATIVE',
      ancestry: [{ name: '北京市总工会' }, { name: '朝阳区总工会' }, { name: '北京朝阳某合作社工会' }],
    });
  });

  it('refuses a district below a district', async () => {
    const admin = await t.as('admin');
    const { organizations } = await admin.ok(`{ organizations(search: "海淀区总工会") { nodes { id } } }`);
    const result = await admin.ok(CREATE, { input: { parent: organizations.nodes[0].id, name: 'X', kind: 'DISTRICT_UNION' } });
    expect(result.organizationCreate.userErrors).toEqual([{ code: 'organization/parent_kind', field: ['parent'] }]);
  });
});

describe('the honor catalogue', () => {
  it('holds the honors of the domain with treatment and prerequisites as data', async () => {
    const { honors } = await t.anonymous().ok(`{ honors(first: 50) { nodes { code level recipientKind modelWorkerTreatment treatmentLevel employerKinds prerequisites { code } } } }`);
    const medal = honors.nodes.find((h: any) => h.code === 'NATIONAL_MAY1_MEDAL');
    expect(medal).toMatchObject({ level: 'NATIONAL', modelWorkerTreatment: true, treatmentLevel: 'PROVINCIAL' });
    expect(medal.prerequisites.map((p: any) => p.code).sort()).toEqual(['BJ_ADVANCED_WORKER', 'BJ_MODEL_WORKER', 'CAPITAL_LABOR_MEDAL']);
    const advanced = honors.nodes.find((h: any) => h.code === 'BJ_ADVANCED_WORKER');
    expect(advanced.employerKinds).toEqual(['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION']);
  });

  it('only an administrator changes it, and prerequisites may not form a cycle', async () => {
    const city = await t.as('city');
    const refused = await city.ok(`mutation { honorCreate(input: { code: "X_TEST", name: "x", level: DISTRICT, recipientKind: TEAM, modelWorkerTreatment: false }) { userErrors { code } } }`);
    expect(refused.honorCreate.userErrors).toEqual([{ code: 'auth/forbidden' }]);
    const admin = await t.as('admin');
    const { honors } = await admin.ok(`{ honors(first: 50) { nodes { id code } } }`);
    const id = (code: string) => honors.nodes.find((h: any) => h.code === code).id;
    const cycle = await admin.ok(`mutation($input: HonorUpdateInput!) { honorUpdate(input: $input) { userErrors { code field } } }`, {
      input: { honor: id('DISTRICT_LABOR_MEDAL'), prerequisites: [id('CAPITAL_LABOR_MEDAL')] },
    });
    expect(cycle.honorUpdate.userErrors).toEqual([{ code: 'honor/prerequisite_cycle', field: ['prerequisites'] }]);
  });
});
