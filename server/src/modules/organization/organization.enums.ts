import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  CITY_FEDERATION = 'CITY_FEDERATION',
  DISTRICT_UNION = 'DISTRICT_UNION',
  INDUSTRY_UNION = 'INDUSTRY_UNION',
  BUREAU_UNION = 'BUREAU_UNION',
  GRASSROOTS_UNION = 'GRASSROOTS_UNION',
  DEPARTMENT = 'DEPARTMENT',
}

export enum EmployerKind {
  ENTERPRISE = 'ENTERPRISE',
  NON_PUBLIC_ENTERPRISE = 'NON_PUBLIC_ENTERPRISE',
  FARMERS_COOPERATIVE = 'FARMERS_COOPERATIVE',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  valuesConfig: {
    CITY_FEDERATION: { description: '市总工会' },
    DISTRICT_UNION: { description: '区县总工会' },
    INDUSTRY_UNION: { description: '产业工会' },
    BUREAU_UNION: { description: '局（系统）工会' },
    GRASSROOTS_UNION: { description: '基层工会（用人单位）' },
    DEPARTMENT: { description: '承办部门（答复建言）' },
  },
});
registerEnumType(EmployerKind, {
  name: 'EmployerKind',
  valuesConfig: {
    ENTERPRISE: { description: '企业' },
    NON_PUBLIC_ENTERPRISE: { description: '非公有制企业' },
    FARMERS_COOPERATIVE: { description: '农民专业合作社' },
    GOVERNMENT_AGENCY: { description: '机关' },
    PUBLIC_INSTITUTION: { description: '事业单位' },
    SOCIAL_ORGANIZATION: { description: '社会组织' },
  },
});

/** Which kinds of organization may sit directly below which: the shape of the tree. */
export const ALLOWED_PARENTS: Record<OrganizationKind, OrganizationKind[]> = {
  CITY_FEDERATION: [],
  DISTRICT_UNION: [OrganizationKind.CITY_FEDERATION],
  INDUSTRY_UNION: [OrganizationKind.CITY_FEDERATION],
  BUREAU_UNION: [OrganizationKind.CITY_FEDERATION],
  GRASSROOTS_UNION: [OrganizationKind.DISTRICT_UNION, OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION],
  DEPARTMENT: [OrganizationKind.CITY_FEDERATION, OrganizationKind.DISTRICT_UNION],
};
