import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { StudioMember } from '@laomo/server/modules/studio/studio-parts.entity.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const PAGE = `query($id: ID!) { studio(id: $id) {
  name level status introduction venue facilities venueArea annualFunding fundingSource foundedOn certifiedOn
  organization { name } district { name } leader { name gender employerName post honors { honor { name } } }
  members(first: 50) { nodes { id name role } } projects { nodes { title goal status startsOn endsOn } }
  results { nodes { title kind achievedOn benefit valueYuan } }
  viewerActions viewerCanEdit certification { members(first: 50) { nodes { phone post } } criteria { evidence assessorNote } }
} }`;

/** Fields a visitor may read on the types a public studio page reaches. */
const PUBLIC_FIELDS: Record<string, string[]> = {
  StudioMember: ['id', 'name', 'role'],
  StudioProject: ['id', 'title', 'goal', 'status', 'startsOn', 'endsOn'],
  StudioResult: ['id', 'title', 'kind', 'achievedOn', 'benefit', 'valueYuan', 'studio'],
};

describe('what the public API shows of a studio', () => {
  it('members have only a name and a role in the public types', async () => {
    for (const [type, allowed] of Object.entries(PUBLIC_FIELDS)) {
      const { __type } = await t.anonymous().ok(`query($n: String!) { __type(name: $n) { fields { name } } }`, { n: type });
      expect(__type.fields.map((f: any) => f.name).sort(), type).toEqual([...allowed].sort());
    }
  });

  it('a visitor reads the team, projects and results but never contacts or the certification file', async () => {
    const visitor = t.anonymous();
    const { studios } = await visitor.ok(`{ studios(search: "张建国") { nodes { id } } }`);
    const { studio } = await visitor.ok(PAGE, { id: studios.nodes[0].id });
    expect(studio).toMatchObject({ name: '张建国劳模创新工作室', status: 'CERTIFIED', viewerActions: [], viewerCanEdit: false, certification: null });
    expect(studio.members.nodes.length).toBeGreaterThanOrEqual(8);
    expect(studio.results.nodes.length).toBeGreaterThanOrEqual(3);

    const em = t.app.orm.em.fork();
    const members = await em.find(StudioMember, { studio: idFromGlobal(studios.nodes[0].id) });
    const text = JSON.stringify(studio);
    expect(members).toHaveLength(studio.members.nodes.length);
    for (const m of members) {
      expect(m.phone).toBeTruthy();
      expect(text).not.toContain(m.phone!);
      expect(text).not.toContain(m.post!);
    }
  });

  it('the certification file with members’ contacts goes to the lead and staff in scope only', async () => {
    const { studios } = await t.anonymous().ok(`{ studios(search: "张建国") { nodes { id } } }`);
    const id = studios.nodes[0].id;
    const certificationOf = async (username: string) => (await (await t.as(username)).ok(PAGE, { id })).studio.certification;
    expect((await certificationOf('modelworker')).members.nodes[0].phone).toMatch(/^1\d{10}$/);
    expect((await certificationOf('chaoyang')).members.nodes[0].phone).toMatch(/^1\d{10}$/);
    const page = await (await t.as('chaoyang')).ok(`query($id: ID!) { studio(id: $id) { certification { members(first: 1) { pageInfo { hasNextPage } nodes { phone } } } } }`, { id });
    expect(page.studio.certification.members.pageInfo.hasNextPage).toBe(true);
    expect(page.studio.certification.members.nodes).toHaveLength(1);
    expect(await certificationOf('haidian')).toBeNull();
    expect(await certificationOf('public')).toBeNull();
    expect(await certificationOf('employee')).toBeNull();
  });

  it('drafts and applications are found by no public query', async () => {
    const visitor = t.anonymous();
    const staff = await (await t.as('city')).ok(`{ staffStudios(status: APPLIED) { nodes { id name } } }`);
    expect(staff.staffStudios.nodes.length).toBeGreaterThan(0);
    for (const s of staff.staffStudios.nodes) {
      expect((await visitor.ok(`query($id: ID!) { studio(id: $id) { id } node(id: $id) { id } }`, { id: s.id }))).toEqual({ studio: null, node: null });
      const { studios } = await visitor.ok(`query($q: String) { studios(search: $q) { nodes { id } } }`, { q: s.name });
      expect(studios.nodes.map((n: any) => n.id)).not.toContain(s.id);
    }
    expect((await visitor.gql(`{ staffStudios { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await (await t.as('modelworker')).gql(`{ staffStudios { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a district staffer lists only the studios of their district', async () => {
    const { staffStudios } = await (await t.as('haidian')).ok(`{ staffStudios(first: 100) { nodes { district { name } } } }`);
    expect(staffStudios.nodes.length).toBeGreaterThan(0);
    expect(staffStudios.nodes.every((s: any) => s.district.name === '海淀区总工会')).toBe(true);
  });
});

function idFromGlobal(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}
