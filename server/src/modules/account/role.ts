import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CITY_STAFF = 'CITY_STAFF',
  DISTRICT_STAFF = 'DISTRICT_STAFF',
  UNIT_STAFF = 'UNIT_STAFF',
  HANDLER = 'HANDLER',
  EMPLOYEE = 'EMPLOYEE',
  MODEL_WORKER = 'MODEL_WORKER',
  PUBLIC = 'PUBLIC',
}

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: '系统管理员 administrator' },
    CITY_STAFF: { description: '市总工会 city federation staff' },
    DISTRICT_STAFF: { description: '区县/产业/局工会 district, industry or bureau union staff' },
    UNIT_STAFF: { description: '基层工会 grassroots union staff' },
    HANDLER: { description: '承办部门 department answering suggestions' },
    EMPLOYEE: { description: '职工 employee' },
    MODEL_WORKER: { description: '劳模 model worker' },
    PUBLIC: { description: '公众 registered member of the public' },
  },
});

/** Roles that work inside the union's office and see files of their organization's subtree. */
export const STAFF_ROLES: ReadonlySet<Role> = new Set([Role.ADMIN, Role.CITY_STAFF, Role.DISTRICT_STAFF, Role.UNIT_STAFF, Role.HANDLER]);

/** Roles an organization-scoped grant may carry; PUBLIC alone has no organization. */
export const ORGANIZATION_ROLES: ReadonlySet<Role> = new Set(Object.values(Role).filter((r) => r !== Role.PUBLIC));
