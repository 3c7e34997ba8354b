import type { EntityManager } from '@mikro-orm/postgresql';
import { QueryOrder, ref, type FilterQuery } from '@mikro-orm/core';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { SuggestionField, SuggestionState } from './suggestion.enums.js';
import { overviewScope, queueScope, requireModelWorkerLookUp } from './suggestion.access.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { ViewerState } from '../account/viewer-state.js';
import type { Organization } from '../organization/organization.entity.js';
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

/**
 * Records each missed deadline once: the suggestion goes up to the supervising office (the parent
 * of whoever owes the step) with an audit line dated the first overdue day. Overdue itself is
 * computed from the clock and the calendar; this only makes the escalation visible and recorded.
 */
export async function escalateOverdue(em: EntityManager, now: Date): Promise<void> {
  const today = beijingDate(now);
  const overdue = await em.find(Suggestion, { deadline: { $lt: today } }, { populate: ['office', 'handler'] });
  const fresh = overdue.filter((s) => s.escalatedDeadline !== s.deadline);
  if (!fresh.length) return;
  for (const s of fresh) {
    const owes: Organization = s.state === SuggestionState.ASSIGNED && s.handler ? s.handler.$ : s.office.$;
    const supervisor = (await owes.parent?.load()) ?? owes;
    const firstOverdueDay = new Date(`${s.deadline}T00:00:00+08:00`);
    firstOverdueDay.setUTCDate(firstOverdueDay.getUTCDate() + 1);
    s.escalatedTo = ref(supervisor);
    s.escalatedDeadline = s.deadline;
    audit(em, ViewerState.anonymous(), {
      subject: s, action: 'suggestion.escalate', from: s.state, to: supervisor.name, at: firstOverdueDay,
      data: { deadline: s.deadline, owedBy: owes.name },
    });
  }
  await em.flush();
}

export interface OverviewFilter {
  search?: string | null;
  state?: SuggestionState | null;
  field?: SuggestionField | null;
  year?: number | null;
  overdueOnly?: boolean | null;
}

/** Union staff: everything in scope, searchable, overdue first. */
export async function suggestionOverview(em: EntityManager, viewer: ViewerState, now: Date, filter: OverviewFilter, page: PageArgs) {
  const where: FilterQuery<Suggestion>[] = [overviewScope(viewer)];
  await escalateOverdue(em, now);
  if (filter.state) where.push({ state: filter.state });
  if (filter.field) where.push({ field: filter.field });
  if (filter.year) where.push({ year: filter.year });
  if (filter.overdueOnly) where.push({ deadline: { $lt: beijingDate(now) } });
  const search = filter.search?.trim();
  if (search) where.push({ $or: [{ title: { $ilike: likeContaining(search) } }, { problem: { $ilike: likeContaining(search) } }, { author: { name: { $ilike: likeContaining(search) } } }] });
  return paginate(em, Suggestion, { $and: where }, page, DEADLINE_FIRST);
}

/** A handler's queue: what their organizations must answer, nearest deadline first. */
export async function suggestionQueue(em: EntityManager, viewer: ViewerState, now: Date, state: SuggestionState | null | undefined, page: PageArgs) {
  const scope = queueScope(viewer);
  await escalateOverdue(em, now);
  return paginate(em, Suggestion, { $and: [scope, { state: state ?? SuggestionState.ASSIGNED }] }, page, DEADLINE_FIRST);
}

/** Active model workers whose name contains `search` (only those with an account when `withAccount`), by name. */
export function modelWorkersNamed(em: EntityManager, viewer: ViewerState, search: string, withAccount: boolean, page: PageArgs) {
  requireModelWorkerLookUp(viewer);
  const name = { $ilike: likeContaining(search.trim()) };
  return paginate(em, ModelWorker, { name, status: ModelWorkerStatus.ACTIVE, ...(withAccount ? { account: { $ne: null } } : {}) }, page, { name: 'asc' });
}
