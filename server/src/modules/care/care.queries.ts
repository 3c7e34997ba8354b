import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { GrantApplication } from './grant-application.entity.js';
import { GrantRule } from './grant-rule.entity.js';
import { AllowanceKind, AllowanceRoll, AllowanceRollLine } from './allowance.entity.js';
import { GrantApplicationState } from './care.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { may, Operation, scopeFilter } from '../account/policy.js';
import { careReadScope } from './care.access.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';

export interface GrantFilter {
  state?: GrantApplicationState | null;
  year?: number | null;
}

/** Applications the viewer reads (care.access.ts: made in their scope, or about someone they keep now), newest first. */
export function grantApplications(em: EntityManager, viewer: ViewerState, filter: GrantFilter, page: PageArgs) {
  const where: FilterQuery<GrantApplication>[] = [careReadScope<GrantApplication>(viewer)];
  if (filter.state) where.push({ state: filter.state });
  if (filter.year) where.push({ year: filter.year });
  return paginate(em, GrantApplication, { $and: where }, page, { createdAt: 'desc' });
}

/** The rules and amounts are read by the union offices that apply them and the administrators who keep them. */
function requireRulesReader(viewer: ViewerState): void {
  viewer.requireAccount();
  if (!may(viewer, Operation.CARE_READ) && !may(viewer, Operation.CARE_RULES_MANAGE)) throw new AccessError(AuthError.Forbidden);
}

/** The rules as they stand (staff only: what a grant would be). */
export function grantRules(em: EntityManager, viewer: ViewerState) {
  requireRulesReader(viewer);
  return em.find(GrantRule, {}, { orderBy: { name: 'asc' } });
}

export function allowanceKinds(em: EntityManager, viewer: ViewerState) {
  requireRulesReader(viewer);
  return em.find(AllowanceKind, {}, { orderBy: { code: 'asc' } });
}

/** Rolls carry no one's details (their lines do, by scope); union offices see them, newest year first. */
export function allowanceRolls(em: EntityManager, viewer: ViewerState, year: number | null | undefined, page: PageArgs) {
  scopeFilter(viewer, Operation.CARE_READ, () => ({}));
  return paginate(em, AllowanceRoll, year ? { year } : {}, page, { year: 'desc', createdAt: 'desc' });
}

/** One roll by id, to whoever may read rolls (as `allowanceRolls`); its lines stay scoped by `allowanceRollLines`. */
export function allowanceRoll(em: EntityManager, viewer: ViewerState, id: string) {
  scopeFilter(viewer, Operation.CARE_READ, () => ({}));
  return em.findOne(AllowanceRoll, id);
}

const lineScope = (viewer: ViewerState) => scopeFilter<AllowanceRollLine>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }));

/** A roll's lines in the viewer's scope, by union. */
export function allowanceRollLines(em: EntityManager, viewer: ViewerState, roll: AllowanceRoll, page: PageArgs) {
  return paginate(em, AllowanceRollLine, { $and: [{ roll }, lineScope(viewer)] }, page, { organization: { path: 'asc' } });
}

export interface RollTotal {
  district: string | null;
  level: HonorLevel;
  people: number;
  amountYuan: number;
}

/** People and yuan per district and level over the lines in scope; lines under no district (city-level unions) have none. */
export async function allowanceRollTotals(em: EntityManager, viewer: ViewerState, roll: AllowanceRoll): Promise<RollTotal[]> {
  const lines = await em.find(AllowanceRollLine, { $and: [{ roll }, lineScope(viewer)] }, { populate: ['organization'] });
  const districts = await em.find(Organization, { kind: OrganizationKind.DISTRICT_UNION });
  const totals = new Map<string, RollTotal>();
  for (const line of lines) {
    const path = line.organization.getEntity().path;
    const district = districts.find((d) => path.startsWith(d.path))?.name ?? null;
    const key = `${district}\u0000${line.level}`;
    const total = totals.get(key) ?? { district, level: line.level, people: 0, amountYuan: 0 };
    total.people += 1;
    total.amountYuan += line.amountYuan;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => (a.district ?? '').localeCompare(b.district ?? '', 'zh-CN') || a.level.localeCompare(b.level));
}
