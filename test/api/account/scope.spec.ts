import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

let t: TestApp;
let orgIds: Record<string, string>;

const CREATE = `mutation($input: StaffAccountCreateInput!) {
  staffAccountCreate(input: $input) { account { username roleGrants { role organization { name } } } userErrors { code field } }
}`;

beforeAll(async () => {
  t = await startTestApp();
  const data = await t.anonymous().ok(`{ organizations(search: "", kind: null, first: 100) { nodes { id name } } }`);
  const all = await t.anonymous().ok(`query { a: organizations(kind: DISTRICT_UNION, first: 100) { nodes { id name } } b: organizations(kind: GRASSROOTS_UNION, first: 100) { nodes { id name } } }`);
  orgIds = Object.fromEntries([...data.organizations.nodes, ...all.a.nodes, ...all.b.nodes].map((o: any) => [o.name, o.id]));
});
afterAll(async () => { await t.close(); });

describe('staff are scoped to their organization and below, never sideways', () => {
  it('a district reviewer lists only accounts of their own district', async () => {
    const chaoyang = await t.as('chaoyang');
    const names = (await chaoyang.ok(`{ accounts(first: 100) { nodes { username } } }`)).accounts.nodes.map((a: any) => a.username);
    expect(names).toEqual(expect.arrayContaining(['chaoyang', 'unit', 'employee', 'modelworker']));
    expect(names).not.toContain('haidian');
    expect(names).not.toContain('city');
  });

  it('a district reviewer cannot open an account of another district by id, but opens one of its own', async () => {
    const haidian = await t.as('haidian');
    const own = await haidian.ok(`{ viewer { account { id } } }`);
    const unit = await (await t.as('unit')).ok(`{ viewer { account { id } } }`);
    const chaoyang = await t.as('chaoyang');
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Account { username } } }`;
    expect((await chaoyang.ok(NODE, { id: own.viewer.account.id })).node).toBeNull();
    expect((await chaoyang.ok(NODE, { id: unit.viewer.account.id })).node).toEqual({ id: unit.viewer.account.id, username: 'unit' });
  });

  it('a district reviewer can create a unit staff account in a unit below it', async () => {
    const chaoyang = await t.as('chaoyang');
    const result = await chaoyang.ok(CREATE, { input: {
      username: 'cy-unit-2', displayName: '新工会干事', password: 'secret-pass-1',
      roleGrants: [{ role: 'UNIT_STAFF', organization: orgIds['北京星河智造科技有限公司工会'] }],
    } });
    expect(result.staffAccountCreate.userErrors).toEqual([]);
    expect(result.staffAccountCreate.account.roleGrants).toEqual([{ role: 'UNIT_STAFF', organization: { name: '北京星河智造科技有限公司工会' } }]);
  });

  it('a district reviewer cannot grant a role in another district, nor make an administrator', async () => {
    const chaoyang = await t.as('chaoyang');
    const sideways = await chaoyang.ok(CREATE, { input: {
      username: 'sideways', displayName: '越权', password: 'secret-pass-1',
      roleGrants: [{ role: 'UNIT_STAFF', organization: orgIds['海淀区第一实验小学工会'] }],
    } });
    expect(sideways.staffAccountCreate.userErrors).toEqual([{ code: 'account/role_out_of_scope', field: ['roleGrants', '0', 'organization'] }]);
    const admin = await chaoyang.ok(CREATE, { input: {
      username: 'upwards', displayName: '越级', password: 'secret-pass-1',
      roleGrants: [{ role: 'ADMIN', organization: orgIds['北京市总工会'] }],
    } });
    expect(admin.staffAccountCreate.userErrors[0].code).toBe('account/role_out_of_scope');
  });

  it('a district reviewer cannot change another district’s organization but may change its own', async () => {
    const chaoyang = await t.as('chaoyang');
    const UPDATE = `mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { organization { name contact } userErrors { code } } }`;
    const other = await chaoyang.ok(UPDATE, { input: { organization: orgIds['海淀区总工会'], contact: '改' } });
    expect(other.organizationUpdate).toEqual({ organization: null, userErrors: [{ code: 'auth/forbidden' }] });
    const own = await chaoyang.ok(UPDATE, { input: { organization: orgIds['朝阳区总工会'], contact: '朝阳区总工会 010-1234' } });
    expect(own.organizationUpdate.organization.contact).toBe('朝阳区总工会 010-1234');
    const view = await chaoyang.ok(`query($a: ID!, $b: ID!) { a: organization(id: $a) { viewerCanManage } b: organization(id: $b) { viewerCanManage } }`, {
      a: orgIds['朝阳区总工会'], b: orgIds['海淀区总工会'],
    });
    expect(view).toEqual({ a: { viewerCanManage: true }, b: { viewerCanManage: false } });
  });
});

describe('an anonymous caller gets no personal field of any account', () => {
  it('cannot list accounts', async () => {
    const result = await t.anonymous().gql(`{ accounts { nodes { displayName phoneMasked } } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot open an account through node(id:)', async () => {
    const employee = await t.as('employee');
    const { viewer } = await employee.ok(`{ viewer { account { id } } }`);
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Account { displayName phoneMasked } } }`;
    expect((await t.anonymous().ok(NODE, { id: viewer.account.id })).node).toBeNull();
    // The same id does open the account for its owner: the refusal is about the caller, not the id.
    expect((await employee.ok(NODE, { id: viewer.account.id })).node).toMatchObject({ id: viewer.account.id, displayName: '职工 周晓东' });
  });

  it('a signed-in member of the public cannot list staff accounts either', async () => {
    const member = await t.as('public');
    const result = await member.gql(`{ accounts { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
