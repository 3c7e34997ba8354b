import type { EntityManager } from '@mikro-orm/postgresql';
import { AllowanceRollLine } from './allowance.entity.js';
import { GrantApplication } from './grant-application.entity.js';
import { CareVisit } from './visit.entity.js';
import { AllowanceRollState, GrantApplicationState, GrantCause } from './care.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { Operation, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';

export interface KindTotal { code: string; name: string; people: number; amountYuan: number }
export interface CauseTotal { cause: GrantCause; count: number; amountYuan: number }
export interface ReportPart { district: string | null; allowances: KindTotal[]; grants: CauseTotal[]; paidYuan: number; visitedPeople: number }
export interface CareReport { year: number; districts: ReportPart[]; total: ReportPart }

const emptyPart = (district: string | null): ReportPart => ({ district, allowances: [], grants: [], paidYuan: 0, visitedPeople: 0 });

function addKind(part: ReportPart, code: string, name: string, amountYuan: number): void {
  const row = part.allowances.find((k) => k.code === code) ?? part.allowances[part.allowances.push({ code, name, people: 0, amountYuan: 0 }) - 1];
  row.people += 1;
  row.amountYuan += amountYuan;
  part.paidYuan += amountYuan;
}

function addCause(part: ReportPart, cause: GrantCause, amountYuan: number): void {
  const row = part.grants.find((g) => g.cause === cause) ?? part.grants[part.grants.push({ cause, count: 0, amountYuan: 0 }) - 1];
  row.count += 1;
  row.amountYuan += amountYuan;
  part.paidYuan += amountYuan;
}

/**
 * The year's care report in the viewer's scope (a unit its own, a district its units, the city all):
 * money paid by allowance (lines of rolls marked paid in the year's rolls) and hardship grants paid, by
 * cause, per district and in total; and people visited: distinct model workers with a visit record of the
 * year, counted once in a district however often visited, and once in the total even if visited in two.
 */
export async function careReport(em: EntityManager, viewer: ViewerState, year: number): Promise<CareReport> {
  const lines = await em.find(AllowanceRollLine, {
    $and: [{ year, roll: { state: AllowanceRollState.PAID } }, scopeFilter<AllowanceRollLine>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }))],
  }, { populate: ['organization', 'kind'] });
  const grants = await em.find(GrantApplication, {
    $and: [{ year, state: GrantApplicationState.PAID }, scopeFilter<GrantApplication>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }))],
  }, { populate: ['organization'] });
  const visits = await em.find(CareVisit, {
    $and: [{ year }, scopeFilter<CareVisit>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }))],
  }, { fields: ['modelWorker', 'organization.path'] });
  const districts = await em.find(Organization, { kind: OrganizationKind.DISTRICT_UNION });
  const districtOf = (path: string) => districts.find((d) => path.startsWith(d.path))?.name ?? null;
  const parts = new Map<string | null, ReportPart>();
  const partOf = (path: string) => {
    const name = districtOf(path);
    if (!parts.has(name)) parts.set(name, emptyPart(name));
    return parts.get(name)!;
  };
  const total = emptyPart(null);
  for (const line of lines) {
    const kind = line.kind.getEntity();
    addKind(partOf(line.organization.getEntity().path), kind.code, kind.name, line.amountYuan);
    addKind(total, kind.code, kind.name, line.amountYuan);
  }
  for (const grant of grants) {
    addCause(partOf(grant.organization.getEntity().path), grant.cause, grant.amountYuan);
    addCause(total, grant.cause, grant.amountYuan);
  }
  const visited = new Map<ReportPart, Set<string>>();
  const visit = (part: ReportPart, worker: string) => {
    if (!visited.has(part)) visited.set(part, new Set());
    visited.get(part)!.add(worker);
  };
  for (const v of visits) {
    visit(partOf(v.organization.getEntity().path), v.modelWorker.id);
    visit(total, v.modelWorker.id);
  }
  for (const [part, workers] of visited) part.visitedPeople = workers.size;
  const order = (p: ReportPart) => p.district ?? '\uFFFF';
  return { year, districts: [...parts.values()].sort((a, b) => order(a).localeCompare(order(b), 'zh-CN')), total };
}
