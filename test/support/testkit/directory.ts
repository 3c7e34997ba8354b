import { graphql } from './gql/index.js';
import { send, type TestApp } from './app.js';

/** Organizations of the demo tree the flows use, by name. */
export const UNIT = '北京燕京精密机械有限公司工会';
export const AGENCY_UNIT = '朝阳区人力资源和社会保障局工会';
export const CHAOYANG = '朝阳区总工会';
export const CITY = '北京市总工会';

const DirectoryQuery = graphql(`
  query KitDirectory {
    orgs: organizations(first: 100) { nodes { id name } }
    districts: organizations(kind: DISTRICT_UNION, first: 100) { nodes { id name } }
    units: organizations(kind: GRASSROOTS_UNION, first: 100) { nodes { id name } }
    honors(first: 100) { nodes { id code } }
  }
`);

/** The global ids of the demo organizations (by name) and honors (by code). */
export async function directory(t: TestApp) {
  const data = await send(t.anonymous(), DirectoryQuery, {});
  const orgs: Record<string, string> = Object.fromEntries([...data.orgs.nodes, ...data.districts.nodes, ...data.units.nodes].map((o) => [o.name, o.id]));
  const honors: Record<string, string> = Object.fromEntries(data.honors.nodes.map((h) => [h.code, h.id]));
  return { orgs, honors };
}

export type Directory = Awaited<ReturnType<typeof directory>>;

const OrganizationSearch = graphql(`
  query KitOrganizationSearch($search: String) { organizations(search: $search, first: 5) { nodes { id name } } }
`);

/** The global id of the organization with exactly this name. */
export async function organizationId(t: TestApp, name: string): Promise<string> {
  const data = await send(t.anonymous(), OrganizationSearch, { search: name });
  const found = data.organizations.nodes.find((o) => o.name === name);
  if (!found) throw new Error(`no organization named ${name}`);
  return found.id;
}
