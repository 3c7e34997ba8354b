import type { OrganizationKind } from '~/gql/graphql'

/**
 * Which kinds of organization sit under which (DOMAIN: city federation → district / industry /
 * bureau unions → grassroots unions of employers). The form offers these; the server decides.
 */
export function childKinds(parent: OrganizationKind | null | undefined): OrganizationKind[] {
  switch (parent) {
    case undefined:
    case null:
      return ['CITY_FEDERATION']
    case 'CITY_FEDERATION':
      return ['DISTRICT_UNION', 'INDUSTRY_UNION', 'BUREAU_UNION']
    case 'DISTRICT_UNION':
    case 'INDUSTRY_UNION':
    case 'BUREAU_UNION':
      return ['GRASSROOTS_UNION']
    case 'GRASSROOTS_UNION':
      return []
  }
}

/** Only a grassroots union belongs to an employer, whose kind decides e.g. 劳动模范 vs 先进工作者. */
export function hasEmployer(kind: OrganizationKind | null | undefined): boolean {
  return kind === 'GRASSROOTS_UNION'
}
