import type { FilterQuery } from '@mikro-orm/core';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { Role } from './role.js';
import type { ViewerState } from './viewer-state.js';

/** What is guarded by role and organization; each service asks `may`/`requireMay` with one of these. */
export enum Operation {
  /** List accounts, open one, see its username. */
  ACCOUNT_READ = 'account.read',
  /** Create a staff account with a role at an organization. */
  ACCOUNT_CREATE = 'account.create',
  /** Grant the administrator role. */
  ADMINISTRATOR_GRANT = 'account.grant_administrator',
  /** Make a top-level union (no parent). */
  ORGANIZATION_CREATE_TOP_LEVEL = 'organization.create_top_level',
  /** Change an organization, or add one below it. */
  ORGANIZATION_MANAGE = 'organization.manage',
  HONOR_MANAGE = 'honor.manage',
  CALENDAR_MANAGE = 'calendar.manage',
  /** Move the demo date (outside production only; see modules/demo-clock). */
  DEMO_CLOCK_MOVE = 'demo_clock.move',
  /** The scheduled and deferred jobs that failed (modules/jobs). */
  JOBS_READ = 'jobs.read',
  /** Open, change and list (drafts included) the campaigns an organization runs. */
  CAMPAIGN_ORGANIZE = 'campaign.organize',
  /** Read the objections to a notice of an organization, with their history. */
  OBJECTION_READ = 'objection.read',
  /** Enter an objection received by phone, letter or visit. */
  OBJECTION_ENTER = 'objection.enter',
  /** Start an investigation, uphold or dismiss. */
  OBJECTION_HANDLE = 'objection.handle',
  /** The moderation queue, hiding and un-hiding comments, dismissing reports. */
  COMMENT_MODERATE = 'comment.moderate',
  /** A campaign's vote tally before it is public. */
  VOTE_TALLY_READ = 'vote.tally_read',
  /** Studios in any state, for certification and review. */
  STUDIO_STAFF_READ = 'studio.staff_read',
  /** Keep a studio's file with its lead and submit it (studio.workflow.ts). */
  STUDIO_STEWARD = 'studio.steward',
  /** Certify, review and revoke studios of a level (the level's rule names its operation). */
  STUDIO_CERTIFY_UNIT_LEVEL = 'studio.certify_unit_level',
  STUDIO_CERTIFY_DISTRICT_LEVEL = 'studio.certify_district_level',
  STUDIO_CERTIFY_CITY_LEVEL = 'studio.certify_city_level',
  /** Receive, accept, assign and follow suggestions as the union office (suggestion.access.ts). */
  SUGGESTION_OVERSEE = 'suggestion.oversee',
  /** Answer the suggestions assigned to a handling organization. */
  SUGGESTION_HANDLE = 'suggestion.handle',
  /** A district's batch against quota and structure rules (the preliminary review's view). */
  NOMINATION_BATCH_READ = 'nomination.batch_read',
  /** Read nomination files (not an employee's private draft). */
  NOMINATION_READ = 'nomination.read',
  /** The steps of the nomination process, by the office that takes them (see nomination.actors.ts). */
  NOMINATION_UNIT_STEP = 'nomination.unit_step',
  NOMINATION_DISTRICT_STEP = 'nomination.district_step',
  NOMINATION_CITY_STEP = 'nomination.city_step',
  NOMINATION_NOTICE_STEP = 'nomination.notice_step',
  NOMINATION_CONFER = 'nomination.confer',
  /** Read registry records (personal information included) and their reports, transfers and yearly progress. */
  REGISTRY_READ = 'registry.read',
  /** Keep a record: enter, change, confirm it at the yearly update, report a death or violation, see its ID number whole. */
  REGISTRY_KEEP = 'registry.keep',
  /** Request a record's move to another keeper (at the present keeper) and accept or decline one (at the new keeper). */
  REGISTRY_TRANSFER = 'registry.transfer',
  /** Report a model worker's honor for revocation, or pass a report on up from the office it sits at (退出机制). */
  HONOR_REVOCATION_REPORT = 'honor_revocation.report',
  /** Decide a revocation report as the body that conferred the honor: revoke or dismiss, with reasons. */
  HONOR_REVOCATION_DECIDE = 'honor_revocation.decide',
  /** Link a sign-in to a registry record for a model worker who cannot claim it by phone. */
  MODEL_WORKER_ACCOUNT_LINK = 'model_worker.account_link',
  /**
   * Read care (health and hardship details, so never the administrator's). Visits, health checks, recuperation
   * places, pairings and grant applications: those made at a union in scope, and those about a model worker
   * kept in scope now, whoever made them, so a registry transfer brings the person's care to the new keeper
   * (care.access.ts). Money (budgets, allowance roll lines, the care report): the paying union's scope only.
   */
  CARE_READ = 'care.read',
  /** Apply for a hardship grant for a model worker of the office's units. */
  CARE_GRANT_APPLY = 'care.grant_apply',
  /** Review, approve, refuse and pay hardship grants: the district union (seed 001, 西城). */
  CARE_GRANT_DECIDE = 'care.grant_decide',
  /** Generate, review, approve, export and pay the allowance rolls: the city federation. */
  CARE_ROLL_MANAGE = 'care.roll_manage',
  /** Keep the grant rules and the allowances' amounts (data, like the honors). */
  CARE_RULES_MANAGE = 'care.rules_manage',
  /** Pair a model worker of the office's units with a contact by the pairing rule, and end a pairing (seed 003). */
  CARE_PAIRING_MANAGE = 'care.pairing_manage',
  /** Record a visit to a model worker of the office's units and mark its follow-up done (what was raised is personal). */
  CARE_VISIT_RECORD = 'care.visit_record',
  /** Set up health-check and recuperation batches at the office and record attendance and allocation: the city and the districts. */
  CARE_BATCH_ORGANIZE = 'care.batch_organize',
  /** Book a health check or enrol in a recuperation batch for a model worker of the office's units. */
  CARE_BOOK = 'care.book',
  /** State a model worker's income or pension for the year (hardship detail, sealed) for the living-hardship allowance. */
  CARE_INCOME_STATE = 'care.income_state',
  /** Keep an organization's care budget for a year by source (seed 003). */
  CARE_BUDGET_KEEP = 'care.budget_keep',
}

/**
 * Where a role may do it: ANYWHERE, or SUBTREE — only at or below an organization where the person
 * holds that role (never sideways, never above).
 */
export enum Scope {
  ANYWHERE = 'ANYWHERE',
  SUBTREE = 'SUBTREE',
}

const { ANYWHERE, SUBTREE } = Scope;
const UNION_OFFICES = { CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE, UNIT_STAFF: SUBTREE } as const;

/**
 * The one table of who may do what where: role × operation × scope. A role missing from a row may not.
 * Administrators keep the system (organizations, accounts, honors, calendar) and support staff by
 * reading; they take no step of the selection, objections included. Handlers answer suggestions and
 * nothing else (suggestion.access.ts). Employees, model workers and the public have no staff operation.
 */
export const POLICY: Record<Operation, Partial<Record<Role, Scope>>> = {
  [Operation.ACCOUNT_READ]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.ACCOUNT_CREATE]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.ADMINISTRATOR_GRANT]: { ADMIN: ANYWHERE },
  [Operation.ORGANIZATION_CREATE_TOP_LEVEL]: { ADMIN: ANYWHERE },
  [Operation.ORGANIZATION_MANAGE]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.HONOR_MANAGE]: { ADMIN: ANYWHERE },
  [Operation.CALENDAR_MANAGE]: { ADMIN: ANYWHERE },
  [Operation.DEMO_CLOCK_MOVE]: { ADMIN: ANYWHERE },
  [Operation.JOBS_READ]: { ADMIN: ANYWHERE },
  [Operation.CAMPAIGN_ORGANIZE]: { ADMIN: ANYWHERE, CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE },
  [Operation.OBJECTION_READ]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.OBJECTION_ENTER]: { ...UNION_OFFICES },
  [Operation.OBJECTION_HANDLE]: { ...UNION_OFFICES },
  [Operation.COMMENT_MODERATE]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.VOTE_TALLY_READ]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.STUDIO_STAFF_READ]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.STUDIO_STEWARD]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.STUDIO_CERTIFY_UNIT_LEVEL]: { ADMIN: ANYWHERE, UNIT_STAFF: SUBTREE },
  [Operation.STUDIO_CERTIFY_DISTRICT_LEVEL]: { ADMIN: ANYWHERE, DISTRICT_STAFF: SUBTREE },
  [Operation.STUDIO_CERTIFY_CITY_LEVEL]: { ADMIN: ANYWHERE, CITY_STAFF: SUBTREE },
  [Operation.SUGGESTION_OVERSEE]: { ADMIN: ANYWHERE, CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE },
  [Operation.SUGGESTION_HANDLE]: { ADMIN: ANYWHERE, HANDLER: SUBTREE },
  [Operation.NOMINATION_BATCH_READ]: { ADMIN: ANYWHERE, CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE },
  [Operation.NOMINATION_READ]: { ADMIN: ANYWHERE, ...UNION_OFFICES },
  [Operation.NOMINATION_UNIT_STEP]: { UNIT_STAFF: SUBTREE },
  [Operation.NOMINATION_DISTRICT_STEP]: { DISTRICT_STAFF: SUBTREE },
  [Operation.NOMINATION_CITY_STEP]: { CITY_STAFF: SUBTREE },
  [Operation.NOMINATION_NOTICE_STEP]: { ...UNION_OFFICES },
  [Operation.NOMINATION_CONFER]: { CITY_STAFF: SUBTREE },
  // The registry holds personal information (PIPL): only the offices that keep model workers see it, each
  // its own subtree. Administrators keep the system, not people, so they do not read it (art. 6: no more
  // than the purpose needs); the city office supports the districts instead.
  [Operation.REGISTRY_READ]: { ...UNION_OFFICES },
  [Operation.REGISTRY_KEEP]: { ...UNION_OFFICES },
  [Operation.REGISTRY_TRANSFER]: { ...UNION_OFFICES },
  [Operation.HONOR_REVOCATION_REPORT]: { ...UNION_OFFICES },
  [Operation.HONOR_REVOCATION_DECIDE]: { CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE },
  [Operation.MODEL_WORKER_ACCOUNT_LINK]: { ...UNION_OFFICES },
  [Operation.CARE_READ]: { ...UNION_OFFICES },
  [Operation.CARE_GRANT_APPLY]: { ...UNION_OFFICES },
  [Operation.CARE_GRANT_DECIDE]: { DISTRICT_STAFF: SUBTREE },
  [Operation.CARE_ROLL_MANAGE]: { CITY_STAFF: SUBTREE },
  [Operation.CARE_RULES_MANAGE]: { ADMIN: ANYWHERE },
  // Pairings and visits are kept by every union office for its own subtree (分级联系, 属地管理): the
  // district pairs its national and provincial model workers, a unit its district-level ones.
  [Operation.CARE_PAIRING_MANAGE]: { ...UNION_OFFICES },
  [Operation.CARE_VISIT_RECORD]: { ...UNION_OFFICES },
  [Operation.CARE_BATCH_ORGANIZE]: { CITY_STAFF: SUBTREE, DISTRICT_STAFF: SUBTREE },
  [Operation.CARE_BOOK]: { ...UNION_OFFICES },
  [Operation.CARE_INCOME_STATE]: { ...UNION_OFFICES },
  [Operation.CARE_BUDGET_KEEP]: { ...UNION_OFFICES },
};

/** The organization an operation is about, by its materialized path. */
export interface Place {
  path: string;
}

/**
 * Whether the viewer may do `operation` at `place`. Without a place: whether they may do it anywhere
 * at all (to refuse a list outright; the list is then filtered with `scopeFilter`).
 */
export function may(viewer: ViewerState, operation: Operation, place?: Place | null): boolean {
  if (!viewer.account || viewer.account.mustChangePassword) return false;
  const row = POLICY[operation];
  return viewer.grants.some((g) => {
    const scope = row[g.role];
    if (scope === ANYWHERE) return true;
    if (scope !== SUBTREE || g.path === null) return false;
    return place === undefined || (place !== null && place.path.startsWith(g.path));
  });
}

/** The viewer's own grants that carry `operation` at their organization (e.g. the office that receives a letter). */
export function grantsFor(viewer: ViewerState, operation: Operation) {
  return viewer.grants.filter((g) => POLICY[operation][g.role] !== undefined && g.organizationId !== null);
}

/** Throws unless `may`: "sign in" for signed-out callers, "forbidden" for the rest. */
export function requireMay(viewer: ViewerState, operation: Operation, place?: Place | null): void {
  viewer.requireAccount();
  if (!may(viewer, operation, place)) throw new AccessError(AuthError.Forbidden);
}

/**
 * The same rule in SQL, for lists: a filter on the organization path at `pathOf` (e.g.
 * `(like) => ({ notice: { organization: { path: like } } })`). Throws when the viewer may do it nowhere.
 */
export function scopeFilter<T>(viewer: ViewerState, operation: Operation, pathOf: (like: { $like: string }) => FilterQuery<T>): FilterQuery<T> {
  requireMay(viewer, operation);
  const row = POLICY[operation];
  if (viewer.grants.some((g) => row[g.role] === ANYWHERE)) return {};
  const paths = viewer.grants.filter((g) => row[g.role] === SUBTREE && g.path !== null).map((g) => g.path as string);
  return { $or: paths.map((p) => pathOf({ $like: `${p}%` })) } as FilterQuery<T>;
}
