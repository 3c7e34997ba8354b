import type { Capability, Role } from '~/gql/graphql'

/**
 * The staff area's menu, and with it who may open which staff page: one row per entry.
 * A feature adds its row here and its route (with `meta.menu` = the row's key) in `routes.ts`;
 * rows whose route is not registered yet stay out of the menu.
 *
 * Rows name the capabilities that open them, not roles: the server keeps the one table of
 * role → capabilities (server/src/modules/account/capability.ts) and sends the viewer's
 * capabilities, so the web never repeats it.
 */
export interface StaffMenuEntry {
  /** Also the i18n key `staff.menu.<key>` and the `meta.menu` of the entry's routes. */
  key: string
  /** Any one of these opens the entry; none listed means every staff member. */
  capabilities: readonly Capability[]
  /** Name of the route the entry links to. */
  route: string
}

/** The roles of the union's office (the server's STAFF_ROLES); staff accounts are granted these. */
export const staffRoles = ['ADMIN', 'CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF', 'HANDLER'] as const satisfies readonly Role[]

const reviewers = ['REVIEW_UNIT', 'REVIEW_DISTRICT', 'REVIEW_CITY'] as const satisfies readonly Capability[]

export const staffMenu = [
  { key: 'dashboard', capabilities: [], route: 'staff' },
  { key: 'workbench', capabilities: reviewers, route: 'staff-workbench' },
  { key: 'campaigns', capabilities: ['RUN_CAMPAIGNS'], route: 'staff-campaigns' },
  { key: 'nominations', capabilities: reviewers, route: 'staff-nominations' },
  { key: 'notices', capabilities: reviewers, route: 'staff-notices' },
  { key: 'objections', capabilities: reviewers, route: 'staff-objections' },
  { key: 'moderation', capabilities: ['MODERATE'], route: 'staff-moderation' },
  { key: 'suggestionQueue', capabilities: ['HANDLE_SUGGESTIONS'], route: 'staff-suggestions' },
  { key: 'suggestionOverview', capabilities: ['MANAGE_SUGGESTIONS'], route: 'staff-suggestion-overview' },
  { key: 'studioCertification', capabilities: ['CERTIFY_STUDIOS'], route: 'staff-studios' },
  { key: 'registry', capabilities: ['KEEP_REGISTRY'], route: 'staff-registry' },
  { key: 'revocations', capabilities: ['KEEP_REGISTRY'], route: 'staff-revocations' },
  { key: 'careGrants', capabilities: ['CARE'], route: 'staff-care-grants' },
  { key: 'carePairings', capabilities: ['CARE'], route: 'staff-care-pairings' },
  { key: 'careVisits', capabilities: ['CARE'], route: 'staff-care-visits' },
  { key: 'careOccasions', capabilities: ['CARE'], route: 'staff-care-occasions' },
  { key: 'careCoverage', capabilities: ['CARE'], route: 'staff-care-coverage' },
  { key: 'careHealthChecks', capabilities: ['CARE'], route: 'staff-care-health-checks' },
  { key: 'careRecuperation', capabilities: ['CARE'], route: 'staff-care-recuperation' },
  { key: 'careStandards', capabilities: ['ADMINISTER'], route: 'staff-care-standards' },
  { key: 'careGrantApply', capabilities: ['CARE'], route: 'staff-care-grant-apply' },
  { key: 'careRolls', capabilities: ['CARE'], route: 'staff-care-rolls' },
  { key: 'careIncome', capabilities: ['CARE'], route: 'staff-care-income' },
  { key: 'careBudgets', capabilities: ['CARE'], route: 'staff-care-budgets' },
  { key: 'careReport', capabilities: ['CARE'], route: 'staff-care-report' },
  { key: 'organizations', capabilities: ['ADMINISTER'], route: 'staff-organizations' },
  { key: 'honors', capabilities: ['ADMINISTER'], route: 'staff-honors' },
  { key: 'accounts', capabilities: ['MANAGE_ACCOUNTS'], route: 'staff-accounts' },
  { key: 'calendar', capabilities: ['ADMINISTER'], route: 'staff-calendar' },
  { key: 'failedJobs', capabilities: ['ADMINISTER'], route: 'staff-failed-jobs' },
] as const satisfies readonly StaffMenuEntry[]

export type StaffMenuKey = (typeof staffMenu)[number]['key']

export interface StaffViewer {
  isSignedIn: boolean
  isStaff: boolean
  capabilities: readonly Capability[]
}

function mayUse(entry: StaffMenuEntry, viewer: StaffViewer): boolean {
  if (!viewer.isStaff) return false
  return entry.capabilities.length === 0 || entry.capabilities.some((capability) => viewer.capabilities.includes(capability))
}

/** The entries the viewer may use whose page exists. */
export function staffMenuFor(viewer: StaffViewer, routeExists: (name: string) => boolean): StaffMenuEntry[] {
  return staffMenu.filter((entry) => mayUse(entry, viewer) && routeExists(entry.route))
}

export type StaffAccess = 'allowed' | 'signIn' | 'forbidden'

/** Who may open a staff page: staff with a capability of its menu entry (any staff when it has none). */
export function staffAccess(menuKey: StaffMenuKey | undefined, viewer: StaffViewer): StaffAccess {
  if (!viewer.isSignedIn) return 'signIn'
  const entry: StaffMenuEntry = staffMenu.find((row) => row.key === menuKey) ?? staffMenu[0]
  return mayUse(entry, viewer) ? 'allowed' : 'forbidden'
}
