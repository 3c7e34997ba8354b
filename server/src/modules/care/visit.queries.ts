import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { CareFestival, CareVisit, CareVisitQuota } from './visit.entity.js';
import { CarePairing } from './pairing.entity.js';
import { requireReadsCareStandards } from './pairing.queries.js';
import { CareVisitReason } from './visit.enums.js';
import { beijingWeek, birthdayInWeek, birthdayKeys, coverage } from './visit-coverage.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Operation } from '../account/policy.js';
import { recordScope } from '../registry/registry.access.js';
import { careReadScope } from './care.access.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { paginate, pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { CareBirthday, CareCoverageRow, CareCoverageSummary, CareFestivalEntry } from './visit.types.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Model workers in the registry (status ACTIVE) kept in the viewer's scope (the registry's rule, for care): who is to be visited. */
const workersInScope = (viewer: ViewerState): FilterQuery<ModelWorker> => ({
  $and: [recordScope(viewer, Operation.CARE_READ), { status: ModelWorkerStatus.ACTIVE }],
});

export interface VisitFilter { year?: number | null; modelWorker?: string | null; followUpOpen?: boolean | null }

/** The visit log the viewer reads (care.access.ts: recorded in their scope, or of someone they keep now), latest visit first. */
export function careVisits(em: EntityManager, viewer: ViewerState, filter: VisitFilter, page: PageArgs) {
  const where: FilterQuery<CareVisit>[] = [careReadScope<CareVisit>(viewer)];
  if (filter.year) where.push({ year: filter.year });
  if (filter.modelWorker) where.push({ modelWorker: idOf(filter.modelWorker, 'ModelWorker') ?? NO_ID });
  if (filter.followUpOpen) where.push({ followUpSealed: { $ne: null }, followUpDoneAt: null });
  return paginate(em, CareVisit, { $and: where }, page, { visitedOn: 'desc', createdAt: 'desc' });
}

/** The six festivals, in the order of the year (staff in care). */
export function careFestivals(em: EntityManager, viewer: ViewerState) {
  requireReadsCareStandards(viewer);
  return em.find(CareFestival, {}, { orderBy: { position: 'asc' } });
}

export function careVisitQuotas(em: EntityManager, viewer: ViewerState) {
  requireReadsCareStandards(viewer);
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

/**
 * A festival's list for a year: every model worker in scope, by name, and whether they were visited for it,
 * by whichever office recorded the visit: someone whose record moved here after the old keeper visited them
 * at the festival was visited (as the coverage below counts every visit of the year too).
 */
export async function careFestivalList(em: EntityManager, viewer: ViewerState, festivalId: string, year: number, notVisitedOnly: boolean, page: PageArgs) {
  // Who may read comes first: a caller without the care scope learns nothing, not even whether the festival exists.
  const scope = workersInScope(viewer);
  const id = idOf(festivalId, 'CareFestival');
  const festival = id ? await em.findOne(CareFestival, id) : null;
  if (!festival) throw new UserInputError(CommonError.NotFound, ['festival']);
  const visited = await visitedIds(em, { modelWorker: scope, reason: CareVisitReason.FESTIVAL, festival, year });
  const where = notVisitedOnly && visited.size ? { $and: [scope, { id: { $nin: [...visited] } }] } : scope;
  const connection = await paginate(em, ModelWorker, where, page, { name: 'asc' });
  const pairings = await openPairings(em, connection.nodes.map((w) => w.id));
  const nodes: CareFestivalEntry[] = connection.nodes.map((w) => ({ modelWorker: w, visited: visited.has(w.id), pairing: pairings.get(w.id) ?? null }));
  return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
}

/**
 * The year's standing of every model worker in scope, in SQL: visits per duty (those by the duty's kinds of
 * visitor) and whether every duty is met. The registry can hold 20,000 people: counting and filtering stay
 * in the database, and only a page of rows comes back.
 */
function standingSql(em: EntityManager, who: FilterQuery<ModelWorker>): string {
  const scope = em.createQueryBuilder(ModelWorker, 'w').select(['w.id', 'w.name']).where({ $and: [who] }).getFormattedQuery();
  return `with scope as (${scope}),
    counts as (select model_worker_id, visitor_kind, count(*)::int as n from care_visit
      where year = ? and model_worker_id in (select id from scope) group by model_worker_id, visitor_kind),
    standing as (select s.id, s.name, q.code, coalesce(sum(c.n), 0)::int as visits, q.visits_per_year as required
      from scope s cross join care_visit_quota q
      left join counts c on c.model_worker_id = s.id and c.visitor_kind = any(q.visitor_kinds)
      group by s.id, s.name, q.code, q.visits_per_year),
    per_worker as (select id, name, bool_and(visits >= required) as covered, jsonb_object_agg(code, visits) as visits
      from standing group by id, name)`;
}

/** The coverage list of a year: who was visited as the duties ask, or (uncoveredOnly) who was not, by name. */
export async function careCoverage(em: EntityManager, viewer: ViewerState, year: number, uncoveredOnly: boolean, page: PageArgs) {
  const window = pageWindow(page);
  const quotas = await em.find(CareVisitQuota, {}, { orderBy: { visitsPerYear: 'asc', code: 'asc' } });
  const rows: { id: string; visits: Record<string, number>; total: string }[] = await em.getConnection().execute(
    `${standingSql(em, workersInScope(viewer))} select id, visits, count(*) over () as total from per_worker
      where ? or not covered order by name, id limit ? offset ?`,
    [year, !uncoveredOnly, window.limit + 1, window.offset],
  );
  const workers = new Map((await em.find(ModelWorker, { id: { $in: rows.map((r) => r.id) } })).map((w) => [w.id, w]));
  const nodes: CareCoverageRow[] = rows.map((r) => {
    const result = coverage(quotas, r.visits);
    return { modelWorker: workers.get(r.id)!, covered: result.covered, standings: result.standings.map((q) => ({ ...q, name: quotas.find((x) => x.code === q.code)!.name })) };
  });
  return toConnection(nodes, Number(rows[0]?.total ?? window.offset), window);
}

export async function careCoverageSummary(em: EntityManager, viewer: ViewerState, year: number): Promise<CareCoverageSummary> {
  const [row] = await em.getConnection().execute(
    `${standingSql(em, workersInScope(viewer))} select count(*)::int as people, (count(*) filter (where covered))::int as covered from per_worker`, [year],
  );
  return { year, people: row.people, covered: row.covered, uncovered: row.people - row.covered };
}

/** How many in the registry are not yet covered in `year`, by the office that keeps them (and owes their visits): care-reminders.ts. */
export async function uncoveredByKeeper(em: EntityManager, year: number): Promise<{ organizationId: string; people: number }[]> {
  const rows: { organization_id: string; people: number }[] = await em.getConnection().execute(
    `${standingSql(em, { status: ModelWorkerStatus.ACTIVE })} select w.organization_id, count(*)::int as people
      from per_worker p join model_worker w on w.id = p.id where not p.covered group by w.organization_id order by w.organization_id`,
    [year], 'all', em.getTransactionContext(),
  );
  return rows.map((r) => ({ organizationId: r.organization_id, people: r.people }));
}
