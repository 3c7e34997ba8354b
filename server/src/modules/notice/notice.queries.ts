import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { pageWindow, paginate, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { NIL_UUID } from '../../common/queries.js';
import { Organization } from '../organization/organization.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignStatus } from '../campaign/campaign.enums.js';
import { prefixedColumns, readOnlyView, readRows } from '../../common/raw-read.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { Notice } from './notice.entity.js';
import { NoticeEntry } from './notice-entry.entity.js';
import type { NoticeStage } from './notice.enums.js';
import { publicEntryWhere, publicNoticeWhere } from './public-notice.js';
import { publicNoticeEntries, type PublicEntryRow } from './public-notice-entry.js';

/** Which notices a reader asks for, by where their period stands today (Beijing). */
export enum NoticePeriodFilter {
  OPEN = 'OPEN',
  PAST = 'PAST',
  UPCOMING = 'UPCOMING',
  ALL = 'ALL',
}
registerEnumType(NoticePeriodFilter, { name: 'NoticePeriodFilter' });

export interface PublicNoticeFilter {
  period: NoticePeriodFilter;
  campaign?: string | null;
  stage?: NoticeStage | null;
  /** An organization: its notices and those of the organizations below it. */
  organization?: string | null;
}

/** Published notices under `filter`, newest period first. */
export async function publicNotices(em: EntityManager, now: Date, page: PageArgs, filter: PublicNoticeFilter) {
  const today = beijingDate(now);
  const where: FilterQuery<Notice>[] = [publicNoticeWhere(now)];
  if (filter.campaign) where.push({ campaign: idOf(filter.campaign, 'Campaign') ?? NIL_UUID });
  if (filter.stage) where.push({ stage: filter.stage });
  if (filter.organization) {
    const org = await em.findOne(Organization, idOf(filter.organization, 'Organization') ?? NIL_UUID);
    where.push({ organization: { path: { $like: `${org?.path ?? NIL_UUID}%` } } });
  }
  if (filter.period === NoticePeriodFilter.OPEN) where.push({ startsOn: { $lte: today }, endsOn: { $gte: today } });
  if (filter.period === NoticePeriodFilter.PAST) where.push({ endsOn: { $lt: today } });
  if (filter.period === NoticePeriodFilter.UPCOMING) where.push({ startsOn: { $gt: today } });
  return paginate(em, Notice, { $and: where }, page, { startsOn: 'desc' }, { populate: ['organization', 'campaign'] });
}

/** A published notice by its id (not a global id), or null. */
export function publicNotice(em: EntityManager, now: Date, id: string | null, populate: boolean) {
  if (populate) return publicNoticeWithHeader(em, now, id);
  return em.findOne(Notice, { $and: [{ id: id ?? NIL_UUID }, publicNoticeWhere(now)] });
}

/**
 * A notice's header, the notice `n` with its campaign `c` and organization `o`, each column under its alias's
 * prefix, for a statement that reads them side by side (this module's notice read, a vote's entry).
 */
export function noticeHeaderColumns(em: EntityManager): string {
  return `${prefixedColumns(em, Notice, 'n', 'n__')}, ${prefixedColumns(em, Campaign, 'c', 'c__')}, ${prefixedColumns(em, Organization, 'o', 'o__')}`;
}

/** `publicNoticeWhere` over `n` and `c` in plain SQL, its one parameter the instant of the read. */
export const PUBLIC_NOTICE_SQL = `n.published_at <= ? and c.status <> '${CampaignStatus.DRAFT}'`;

/**
 * A header read with `noticeHeaderColumns` as read-only views (common/raw-read.ts): the notice, pointing at its
 * campaign and organization. Nothing that reads a header writes it, so it is never taken into the unit of work.
 */
export function noticeHeaderView(em: EntityManager, row: Record<string, unknown>): Notice {
  const campaign = readOnlyView(em, Campaign, row, { prefix: 'c__' });
  const organization = readOnlyView(em, Organization, row, { prefix: 'o__' });
  return readOnlyView(em, Notice, row, { prefix: 'n__', loaded: { campaign, organization } });
}

let noticeWithHeaderSql: string | undefined;
/**
 * A published notice with its campaign and organization (the notice page's header) in one plain statement,
 * as read-only views: the same rows and rule as `findOne` with both populated (publicNoticeWhere:
 * published, campaign not a draft), without the ORM building the query on every read, which was the largest
 * single cost of the city-wide notice read.
 */
async function publicNoticeWithHeader(em: EntityManager, now: Date, id: string | null): Promise<Notice | null> {
  noticeWithHeaderSql ??= `select ${noticeHeaderColumns(em)}
       from notice n join campaign c on c.id = n.campaign_id join organization o on o.id = n.organization_id
      where n.id = ? and ${PUBLIC_NOTICE_SQL}`;
  const [row] = await readRows<Record<string, unknown>>(em, noticeWithHeaderSql, [id ?? NIL_UUID, now]);
  return row ? noticeHeaderView(em, row) : null;
}

/** A public entry by its id (not a global id), or null: on a public notice, the candidate consenting. */
export function publicNoticeEntry(em: EntityManager, now: Date, id: string | null) {
  return em.findOne(NoticeEntry, { $and: [{ id: id ?? NIL_UUID }, publicEntryWhere(now)] });
}

/**
 * One page of a public notice's entries (candidates who consented, in published order) in one statement:
 * the page, the total (a window count over the same rows) and each entry's visible comments and replies,
 * counted for the page's rows only. Built as read-only public views (public-notice-entry.ts), not ORM entities.
 * Only past the last page does the total need a second statement.
 */
export async function publicEntryPage(em: EntityManager, notice: Notice, args: PageArgs): Promise<Connection<NoticeEntry>> {
  const window = pageWindow(args);
  const execute = <T>(sql: string, params: unknown[]) => readRows<T>(em, sql, params);
  const rows = await execute<PublicEntryRow & { total: string }>(
    `select p.*, (select count(*)::int from comment c where c.entry_id = p.id and c.status = 'VISIBLE') as comment_count
       from (select e.id, e.position, e.status, e.snapshot, e.snapshot_hash, e.nomination_id, count(*) over () as total
               from notice_entry e join nomination m on m.id = e.nomination_id
              where e.notice_id = ? and m.consent_to_publish
              order by e.position asc, e.id asc limit ? offset ?) p
      order by p.position asc, p.id asc`,
    [notice.id, window.limit, window.offset],
  );
  const total = rows.length > 0 ? Number(rows[0]!.total) : window.offset === 0 ? 0 : Number((await execute<{ n: string }>(
    'select count(*) as n from notice_entry e join nomination m on m.id = e.nomination_id where e.notice_id = ? and m.consent_to_publish',
    [notice.id],
  ))[0]!.n);
  return toConnection(publicNoticeEntries(rows, notice), total, window);
}
