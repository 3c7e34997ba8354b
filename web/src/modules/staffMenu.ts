import type { Role } from '~/gql/graphql'

/**
 * The staff area's menu, and with it who may open which staff page: one row per entry.
 * A feature adds its row here and its route (with `meta.menu` = the row's key) in `routes.ts`;
 * rows whose route is not registered yet stay out of the menu.
 */
export interface StaffMenuEntry {
  /** Also the i18n key `staff.menu.<key>` and the `meta.menu` of the entry's routes. */
  key: string
  roles: readonly Role[]
  /** Name of the route the entry links to. */
  route: string
}

export const staffRoles = ['ADMIN', 'CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF', 'HANDLER'] as const satisfies readonly Role[]
const unionStaff = ['CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF'] as const satisfies readonly Role[]
/** Studios are certified by the city and district unions (DOMAIN: 劳模创新工作室); there is no separate studio role. */
const studioCertifiers = ['CITY_STAFF', 'DISTRICT_STAFF'] as const satisfies readonly Role[]

export const staffMenu = [
  { key: 'dashboard', roles: staffRoles, route: 'staff' },
  { key: 'workbench', roles: unionStaff, route: 'staff-workbench' },
  { key: 'campaigns', roles: unionStaff, route: 'staff-campaigns' },
  { key: 'nominations', roles: unionStaff, route: 'staff-nominations' },
  { key: 'notices', roles: unionStaff, route: 'staff-notices' },
  { key: 'objections', roles: unionStaff, route: 'staff-objections' },
  { key: 'moderation', roles: unionStaff, route: 'staff-moderation' },
  { key: 'suggestionQueue', roles: ['HANDLER'], route: 'staff-suggestions' },
  { key: 'studioCertification', roles: studioCertifiers, route: 'staff-studios' },
  { key: 'organizations', roles: ['ADMIN'], route: 'staff-organizations' },
  { key: 'honors', roles: ['ADMIN'], route: 'staff-honors' },
  { key: 'accounts', roles: ['ADMIN', ...unionStaff], route: 'staff-accounts' },
  { key: 'calendar', roles: ['ADMIN'], route: 'staff-calendar' },
] as const satisfies readonly StaffMenuEntry[]

export type StaffMenuKey = (typeof staffMenu)[number]['key']

function mayUse(entry: StaffMenuEntry, roles: readonly Role[]): boolean {
  return entry.roles.some((role) => roles.includes(role))
}

/** The entries the given roles may use whose page exists. */
export function staffMenuFor(roles: readonly Role[], routeExists: (name: string) => boolean): StaffMenuEntry[] {
  return staffMenu.filter((entry) => mayUse(entry, roles) && routeExists(entry.route))
}

export type StaffAccess = 'allowed' | 'signIn' | 'forbidden'

/** Who may open a staff page: the roles of its menu entry, or any staff role when it has none. */
export function staffAccess(menuKey: StaffMenuKey | undefined, viewer: { isSignedIn: boolean; roles: readonly Role[] }): StaffAccess {
  if (!viewer.isSignedIn) return 'signIn'
  const entry: StaffMenuEntry = staffMenu.find((row) => row.key === menuKey) ?? staffMenu[0]
  return mayUse(entry, viewer.roles) ? 'allowed' : 'forbidden'
}
