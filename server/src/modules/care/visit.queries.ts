import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { CareFestival, CareVisit, CareVisitQuota } from './visit.entity.js';
import { CarePairing } from './pairing.entity.js';
import { CareVisitReason, type CareVisitorKind } from './visit.enums.js';
import { beijingWeek, birthdayInWeek, birthdayKeys, coverage, type VisitCounts } from './visit-coverage.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Operation, scopeFilter } from '../account/policy.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { paginate, pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { CareBirthday, CareCoverageRow, CareCoverageSummary, CareFestivalEntry } from './visit.types.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Model workers in the registry (status ACTIVE) kept in the viewer's scope: who is to be visited. */
const workersInScope = (viewer: ViewerState): FilterQuery<ModelWorker> => ({
  $and: [scopeFilter<ModelWorker>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } })), { status: ModelWorkerStatus.ACTIVE }],
});

const visitScope = (viewer: ViewerState) => scopeFilter<CareVisit>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }));

export interface VisitFilter { year?: number | null; modelWorker?: string | null; followUpOpen?: boolean | null }

/** The visit log in the viewer's scope, latest visit first. */
export function careVisits(em: EntityManager, viewer: ViewerState, filter: VisitFilter, page: PageArgs) {
  const where: FilterQuery<CareVisit>[] = [visitScope(viewer)];
  if (filter.year) where.push({ year: filter.year });
  if (filter.modelWorker) where.push({ modelWorker: idOf(filter.modelWorker, 'ModelWorker') ?? NO_ID });
  if (filter.followUpOpen) where.push({ followUpSealed: { $ne: null }, followUpDoneAt: null });
  return paginate(em, CareVisit, { $and: where }, page, { visitedOn: 'desc', createdAt: 'desc' });
}

/** The six festivals, in the order of the year (staff in care). */
export function careFestivals(em: EntityManager, viewer: ViewerState) {
  scopeFilter(viewer, Operation.CARE_READ, () => ({}));
  return em.find(CareFestival, {}, { orderBy: { position: 'asc' } });
}

export function careVisitQuotas(em: EntityManager, viewer: ViewerState) {
  scopeFilter(viewer, Operation.CARE_READ, () => ({}));
  return em.find(CareVisitQuota, {}, { orderBy: { visitsPerYear: 'asc', code: 'asc' } });
}

async function openPairings(em: EntityManager, workerIds: string[]): Promise<Map<string, CarePairing>> {
  const pairings = workerIds.length ? await em.find(CarePairing, { modelWorker: { $in: workerIds }, endedOn: null }) : [];
  return new Map(pairings.map((p) => [p.modelWorker.id, p]));
}

async function visitedIds(em: EntityManager, where: FilterQuery<CareVisit>): Promise<Set<string>> {
  const visits = await em.find(CareVisit, where, { fields: ['modelWorker'] });
  return new Set(visits.map((v) => v.modelWorker.id));
}

/**
 * Model workers in scope whose birthday falls in this Beijing week (Monday to Sunday), by day then
 * name, with whether a birthday visit was recorded this year. A week holds about 2% of the registry,
 * so the matches are read whole and paged here.
 */
export async function careBirthdaysThisWeek(em: EntityManager, viewer: ViewerState, now: Date, page: PageArgs) {
  const window = pageWindow(page);
  const week = beijingWeek(beijingDate(now));
  const keys = birthdayKeys(week);
  const workers = await em.find(ModelWorker, {
    $and: [workersInScope(viewer), { birthDate: { $ne: null } }, { [raw((alias) => `to_char(${alias}.birth_date, 'MM-DD')`)]: { $in: keys } }],
  });
  const rows = workers
    .map((w) => ({ worker: w, birthday: birthdayInWeek(w.birthDate!, week)! }))
    .sort((a, b) => a.birthday.localeCompare(b.birthday) || a.worker.name.localeCompare(b.worker.name, 'zh-CN') || a.worker.id.localeCompare(b.worker.id));
  const slice = rows.slice(window.offset, window.offset + window.limit);
  const ids = slice.map((r) => r.worker.id);
  const years = [...new Set(slice.map((r) => Number(r.birthday.slice(0, 4))))];
  const visited = ids.length ? await em.find(CareVisit, { modelWorker: { $in: ids }, reason: CareVisitReason.BIRTHDAY, year: { $in: years } }, { fields: ['modelWorker', 'year'] }) : [];
  const pairings = await openPairings(em, ids);
  const nodes: CareBirthday[] = slice.map(({ worker, birthday }) => ({
    modelWorker: worker, birthday, age: Number(birthday.slice(0, 4)) - Number(worker.birthDate!.slice(0, 4)),
    visited: visited.some((v) => v.modelWorker.id === worker.id && v.year === Number(birthday.slice(0, 4))),
    pairing: pairings.get(worker.id) ?? null,
  }));
  return toConnection(nodes, rows.length, window);
}

/** A festival's list for a year: every model worker in scope, by name, and whether they were visited for it. */
export async function careFestivalList(em: EntityManager, viewer: ViewerState, festivalId: string, year: number, notVisitedOnly: boolean, page: PageArgs) {
  const id = idOf(festivalId, 'CareFestival');
  const festival = id ? await em.findOne(CareFestival, id) : null;
  if (!festival) throw new UserInputError(CommonError.NotFound, ['festival']);
  const scope = workersInScope(viewer);
  const visited = await visitedIds(em, { $and: [visitScope(viewer), { reason: CareVisitReason.FESTIVAL, festival, year }] });
  const where = notVisitedOnly && visited.size ? { $and: [scope, { id: { $nin: [...visited] } }] } : scope;
  const connection = await paginate(em, ModelWorker, where, page, { name: 'asc' });
  const pairings = await openPairings(em, connection.nodes.map((w) => w.id));
  const nodes: CareFestivalEntry[] = connection.nodes.map((w) => ({ modelWorker: w, visited: visited.has(w.id), pairing: pairings.get(w.id) ?? null }));
  return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
}

interface Standing { id: string; name: string; result: ReturnType<typeof coverage> }

/**
 * Every model worker in scope with their visits in `year` against the duties (seed 003), by name. The
 * visits are counted in the database, one row per person and kind of visitor.
 */
async function standings(em: EntityManager, viewer: ViewerState, year: number): Promise<Standing[]> {
  const quotas = await em.find(CareVisitQuota, {});
  const workers = await em.find(ModelWorker, workersInScope(viewer), { fields: ['name'], orderBy: { name: 'asc', id: 'asc' } });
  const rows: { model_worker_id: string; visitor_kind: CareVisitorKind; n: string }[] = await em
    .createQueryBuilder(CareVisit, 'v')
    .select(['v.model_worker_id', 'v.visitor_kind', raw('count(*) as n')])
    .where({ $and: [{ year }, { modelWorker: workersInScope(viewer) }] })
    .groupBy(['v.model_worker_id', 'v.visitor_kind'])
    .execute('all', false);
  const counts = new Map<string, VisitCounts>();
  for (const row of rows) {
    const c = counts.get(row.model_worker_id) ?? {};
    c[row.visitor_kind] = Number(row.n);
    counts.set(row.model_worker_id, c);
  }
  return workers.map((w) => ({ id: w.id, name: w.name, result: coverage(quotas, counts.get(w.id) ?? {}) }));
}

/** The coverage list of a year: who was visited as the duties ask, or (uncoveredOnly) who was not. */
export async function careCoverage(em: EntityManager, viewer: ViewerState, year: number, uncoveredOnly: boolean, page: PageArgs) {
  const window = pageWindow(page);
  const quotas = new Map((await em.find(CareVisitQuota, {})).map((q) => [q.code, q.name]));
  const all = (await standings(em, viewer, year)).filter((s) => !uncoveredOnly || !s.result.covered);
  const slice = all.slice(window.offset, window.offset + window.limit + 1);
  const workers = new Map((await em.find(ModelWorker, { id: { $in: slice.map((s) => s.id) } })).map((w) => [w.id, w]));
  const nodes: CareCoverageRow[] = slice.map((s) => ({
    modelWorker: workers.get(s.id)!, covered: s.result.covered,
    standings: s.result.standings.map((q) => ({ ...q, name: quotas.get(q.code) ?? q.code })),
  }));
  return toConnection(nodes, all.length, window);
}

export async function careCoverageSummary(em: EntityManager, viewer: ViewerState, year: number): Promise<CareCoverageSummary> {
  const all = await standings(em, viewer, year);
  const covered = all.filter((s) => s.result.covered).length;
  return { year, people: all.length, covered, uncovered: all.length - covered };
}
