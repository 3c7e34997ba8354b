import type { OrganizationKind } from '~/gql/graphql'

/**
 * Which kinds of organization may sit directly below which (DOMAIN: city federation → district /
 * industry / bureau unions → grassroots unions; answering departments under the city or a
 * district). Mirrors the server's ALLOWED_PARENTS so the form offers only kinds it will accept.
 */
const allowedParents: Record<OrganizationKind, readonly OrganizationKind[]> = {
  CITY_FEDERATION: [],
  DISTRICT_UNION: ['CITY_FEDERATION'],
  INDUSTRY_UNION: ['CITY_FEDERATION'],
  BUREAU_UNION: ['CITY_FEDERATION'],
  GRASSROOTS_UNION: ['DISTRICT_UNION', 'INDUSTRY_UNION', 'BUREAU_UNION'],
  DEPARTMENT: ['CITY_FEDERATION', 'DISTRICT_UNION'],
}

/** Kinds that may be created below `parent`; below nothing, only a city federation. */
export function childKinds(parent: OrganizationKind | null | undefined): OrganizationKind[] {
  const kinds = Object.keys(allowedParents) as OrganizationKind[]
  return parent ? kinds.filter((kind) => allowedParents[kind].includes(parent)) : kinds.filter((kind) => allowedParents[kind].length === 0)
}

/** Only a grassroots union belongs to an employer, whose kind decides e.g. 劳动模范 vs 先进工作者. */
export function hasEmployer(kind: OrganizationKind | null | undefined): boolean {
  return kind === 'GRASSROOTS_UNION'
}
