import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { pageWindow, paginate, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import { likeContaining } from '../../common/queries.js';
import { idOf } from '../../common/relay/global-id.js';
import { blindIndex } from '../../common/sealed-text.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { Operation, requireMay, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { HonorLevel } from '../honor/honor.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { ModelWorkerReport } from './model-worker-report.entity.js';
import { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import { RegistryImport } from './registry-import.entity.js';
import { EmploymentStatus, ModelWorkerCategory, ModelWorkerStatus, RegistryReportKind, TransferState } from './registry.enums.js';
import { recordScope, reportScope, transferScope } from './registry.access.js';
import { normalIdNumber } from './id-number.js';
import type { ProgressRow, RegistryProgress, RegistryProgressRow } from './registry.types.js';

export interface RegistryFilter {
  search?: string | null;
  level?: HonorLevel | null;
  category?: ModelWorkerCategory | null;
  employmentStatus?: EmploymentStatus | null;
  status?: ModelWorkerStatus | null;
  /** Only records not yet confirmed this year (true) or only confirmed ones (false). */
  pendingThisYear?: boolean | null;
  organization?: string | null;
}

/** The staff registry list's condition, in the viewer's scope; an ID number as the search finds its record exactly. */
export function registryWhere(viewer: ViewerState, now: Date, filter: RegistryFilter): FilterQuery<ModelWorker> {
  const where: FilterQuery<ModelWorker>[] = [recordScope(viewer)];
  const search = filter.search?.trim();
  if (search) {
    const idNumber = normalIdNumber(search);
    where.push(idNumber ? { idNumberIndex: blindIndex(idNumber) }
      : { $or: [{ name: { $ilike: likeContaining(search) } }, { employerName: { $ilike: likeContaining(search) } }] });
  }
  if (filter.level) where.push({ honors: { honor: { level: filter.level }, revokedAt: null } });
  if (filter.category) where.push({ category: filter.category });
  if (filter.employmentStatus) where.push({ employmentStatus: filter.employmentStatus });
  if (filter.status) where.push({ status: filter.status });
  const year = Number(beijingDate(now).slice(0, 4));
  if (filter.pendingThisYear === true) where.push({ status: ModelWorkerStatus.ACTIVE, $or: [{ confirmedYear: null }, { confirmedYear: { $lt: year } }] });
  if (filter.pendingThisYear === false) where.push({ confirmedYear: year });
  if (filter.organization) where.push({ organization: { path: { $like: `%/${idOf(filter.organization, 'Organization') ?? 'none'}/%` } } });
  return { $and: where };
}

/** The staff registry list (the export reads the same condition: the list the keeper sees). */
export function registryRecords(em: EntityManager, viewer: ViewerState, now: Date, filter: RegistryFilter, page: PageArgs) {
  return paginate(em, ModelWorker, registryWhere(viewer, now, filter), page, { name: 'asc' });
}

/** Every honor on a record, revoked ones too, newest first (staff in scope; the caller checked). */
export function recordHonors(em: EntityManager, worker: ModelWorker) {
  return em.find(ModelWorkerHonor, { modelWorker: worker }, { orderBy: { year: 'desc', createdAt: 'asc' } });
}

/** The keepers' rows, least done first, then by name as Chinese readers sort it (pinyin). */
const byName = new Intl.Collator('zh-CN');
const leastDoneFirst = (a: ProgressRow, b: ProgressRow) => a.confirmed / a.total - b.confirmed / b.total || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * The yearly update under an organization in scope: one grouped count per keeper (a small row each, all of
 * them, since the totals and the order need every keeper); the organizations are read for a page only
 * (`progressKeepers`), since a city has thousands of keepers.
 */
export async function registryProgress(em: EntityManager, viewer: ViewerState, organizationId: string, year: number): Promise<RegistryProgress> {
  const id = idOf(organizationId, 'Organization');
  const org = id ? await em.findOne(Organization, id) : null;
  if (!org) throw new UserInputError(CommonError.NotFound, ['organization']);
  requireMay(viewer, Operation.REGISTRY_READ, org);
  const found: { id: string; name: string; total: string; confirmed: string }[] = await em.getConnection().execute(`
    select o.id, o.name, count(*) as total, count(*) filter (where mw.confirmed_year >= ?) as confirmed
    from model_worker mw join organization o on o.id = mw.organization_id
    where o.path like ? and mw.status = 'ACTIVE'
    group by o.id, o.name`, [year, `${org.path}%`], 'all', em.getTransactionContext());
  const rows = found.map((r) => ({ id: r.id, name: r.name, total: Number(r.total), confirmed: Number(r.confirmed) })).sort(leastDoneFirst);
  return { year, total: rows.reduce((n, k) => n + k.total, 0), confirmed: rows.reduce((n, k) => n + k.confirmed, 0), rows };
}

/** A page of a progress's keepers (only those not done when `pendingOnly`), with their organizations. */
export async function progressKeepers(em: EntityManager, progress: RegistryProgress, page: PageArgs, pendingOnly: boolean): Promise<Connection<RegistryProgressRow>> {
  const window = pageWindow(page);
  const rows = pendingOnly ? progress.rows.filter((r) => r.confirmed < r.total) : progress.rows;
  const shown = rows.slice(window.offset, window.offset + window.limit);
  const orgs = new Map((await em.find(Organization, { id: { $in: shown.map((r) => r.id) } })).map((o) => [o.id, o]));
  const keepers = shown.map((r) => ({ organization: orgs.get(r.id)!, total: r.total, confirmed: r.confirmed, pending: r.total - r.confirmed }));
  return toConnection(keepers, rows.length, window);
}

/** Deaths and violations reported by keepers in the viewer's scope, newest first: the district's and the city's queue. */
export function registryReports(em: EntityManager, viewer: ViewerState, kind: RegistryReportKind | null | undefined, page: PageArgs) {
  return paginate(em, ModelWorkerReport, { $and: [reportScope(viewer), kind ? { kind } : {}] }, page, { createdAt: 'desc' });
}

/** Transfers into or out of the viewer's scope, open ones first. */
export function registryTransfers(em: EntityManager, viewer: ViewerState, state: TransferState | null | undefined, page: PageArgs) {
  return paginate(em, ModelWorkerTransfer, { $and: [transferScope(viewer), state ? { state } : {}] }, page, { state: 'asc', createdAt: 'desc' });
}

/** A record's transfers, newest first (staff in scope; the caller checked). */
export function recordTransfers(em: EntityManager, worker: ModelWorker) {
  return em.find(ModelWorkerTransfer, { modelWorker: worker }, { orderBy: { createdAt: 'desc' } });
}

/** Imports made for organizations in the viewer's scope (a district sees its units' imports too), newest first. */
export function registryImports(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const scope = scopeFilter<RegistryImport>(viewer, Operation.REGISTRY_READ, (like) => ({ organization: { path: like } }));
  return paginate(em, RegistryImport, scope, page, { createdAt: 'desc' });
}
