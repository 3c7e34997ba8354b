import type { EntityManager } from '@mikro-orm/postgresql';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { SuggestionField, SuggestionState } from './suggestion.enums.js';
import { overviewScope, queueScope, requireModelWorkerLookUp } from './suggestion.access.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { ViewerState } from '../account/viewer-state.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { likeContaining } from '../../common/queries.js';

/** Earliest deadline first puts the overdue on top; suggestions nobody owes a step on follow, newest first. */
const DEADLINE_FIRST = { deadline: QueryOrder.ASC_NULLS_LAST, receivedAt: QueryOrder.DESC } as const;

export interface PublishedFilter {
  field?: SuggestionField | null;
  year?: number | null;
}

/** The public list: published suggestions only. */
export function publishedSuggestions(em: EntityManager, filter: PublishedFilter, page: PageArgs) {
  const where: FilterQuery<Suggestion> = { publishedAt: { $ne: null } };
  if (filter.field) where.field = filter.field;
  if (filter.year) where.year = filter.year;
  return paginate(em, Suggestion, where, page, { publishedAt: 'desc' });
}

export interface SuggestionYearStats {
  year: number;
  received: number;
  answeredOnTime: number;
  adopted: number;
  published: number;
}

/** Counts per year over every suggestion (counts name nobody), newest year first. */
export async function suggestionYearStats(em: EntityManager): Promise<SuggestionYearStats[]> {
  const rows: Record<string, string | number>[] = await em.getConnection().execute(`
    select year, count(*) as received, count(*) filter (where answered_on_time) as answered_on_time,
           count(*) filter (where adopted) as adopted, count(*) filter (where published_at is not null) as published
    from suggestion group by year order by year desc`);
  return rows.map((r) => ({
    year: Number(r.year), received: Number(r.received), answeredOnTime: Number(r.answered_on_time),
    adopted: Number(r.adopted), published: Number(r.published),
  }));
}

/** The model worker's own suggestions, newest first. */
export function mySuggestions(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const account = viewer.requireAccount();
  return paginate(em, Suggestion, { author: { account: account.id } }, page, { receivedAt: 'desc' });
}

/** Requests to co-sign addressed to the viewer, pending ones first. */
export function myCoSignRequests(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const account = viewer.requireAccount();
  return paginate(em, SuggestionCoSigner, { modelWorker: { account: account.id } }, page, { status: 'desc', createdAt: 'desc' });
}

export interface OverviewFilter {
  search?: string | null;
  state?: SuggestionState | null;
  field?: SuggestionField | null;
  year?: number | null;
  overdueOnly?: boolean | null;
}

/** Union staff: everything in scope, searchable, overdue first. */
export function suggestionOverview(em: EntityManager, viewer: ViewerState, now: Date, filter: OverviewFilter, page: PageArgs) {
  const where: FilterQuery<Suggestion>[] = [overviewScope(viewer)];
  if (filter.state) where.push({ state: filter.state });
  if (filter.field) where.push({ field: filter.field });
  if (filter.year) where.push({ year: filter.year });
  if (filter.overdueOnly) where.push({ deadline: { $lt: beijingDate(now) } });
  const search = filter.search?.trim();
  if (search) where.push({ $or: [{ title: { $ilike: likeContaining(search) } }, { problem: { $ilike: likeContaining(search) } }, { author: { name: { $ilike: likeContaining(search) } } }] });
  return paginate(em, Suggestion, { $and: where }, page, DEADLINE_FIRST);
}

/** A handler's queue: what their organizations must answer, nearest deadline first. */
export function suggestionQueue(em: EntityManager, viewer: ViewerState, state: SuggestionState | null | undefined, page: PageArgs) {
  const scope = queueScope(viewer);
  return paginate(em, Suggestion, { $and: [scope, { state: state ?? SuggestionState.ASSIGNED }] }, page, DEADLINE_FIRST);
}

/** Active model workers whose name contains `search` (only those with an account when `withAccount`), by name. */
export function modelWorkersNamed(em: EntityManager, viewer: ViewerState, search: string, withAccount: boolean, page: PageArgs) {
  requireModelWorkerLookUp(viewer);
  const name = { $ilike: likeContaining(search.trim()) };
  return paginate(em, ModelWorker, { name, status: ModelWorkerStatus.ACTIVE, ...(withAccount ? { account: { $ne: null } } : {}) }, page, { name: 'asc' });
}
