import type { EntityManager } from '@mikro-orm/postgresql';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import { scopePaths } from './care-places.js';
import type { CareGap } from './health-check.types.js';

/**
 * Who is entitled and missing a service, in the viewer's scope: living title holders with model-worker
 * treatment (national or municipal, equal treatment included), optionally only those in post, for whom
 * `lastOf` (a SQL expression over `e.id`) is null or on or before `before`. In SQL, because the
 * condition is on other tables than the registry's, and the page must be ordered by it.
 */
interface GapRule { inPost: boolean; lastOf: string; lastParams: unknown[]; before: string | null; orderByLast: boolean }

/**
 * The SQL of who is missing a service: `eligible` (with their keeper and level) and `lasts` (with the
 * last time), filtered by `gaps`; `scope` is a condition on the keeper `o` (empty: everywhere).
 */
const gapsSql = (rule: GapRule, scope: string): string => `
    with eligible as (
      select mw.id, mw.name, mw.organization_id,
        case when bool_or(h.treatment_level = 'NATIONAL') then 'NATIONAL' else 'PROVINCIAL' end as level
      from model_worker mw
      join organization o on o.id = mw.organization_id
      join model_worker_honor mh on mh.model_worker_id = mw.id and mh.revoked_at is null
      join honor h on h.id = mh.honor_id and h.model_worker_treatment and h.treatment_level in ('NATIONAL', 'PROVINCIAL')
      where mw.status = 'ACTIVE' ${rule.inPost ? `and mw.employment_status = 'IN_POST'` : ''} ${scope}
      group by mw.id
    ), lasts as (
      select e.*, (${rule.lastOf})::text as last_on from eligible e
    ), gaps as (
      select * from lasts where last_on is null ${rule.before ? 'or last_on <= ?' : ''}
    )`;

const gapsParams = (rule: GapRule): unknown[] => [...rule.lastParams, ...(rule.before ? [rule.before] : [])];

async function gapPage(em: EntityManager, viewer: ViewerState, page: PageArgs, rule: GapRule): Promise<Connection<CareGap>> {
  const window = pageWindow(page);
  const paths = scopePaths(viewer, Operation.CARE_READ);
  const scope = paths ? `and (${paths.map(() => 'o.path like ?').join(' or ') || 'false'})` : '';
  const rows: { id: string; organization_id: string; level: HonorLevel; last_on: string | null; total: number }[] = await em.getConnection().execute(`
    ${gapsSql(rule, scope)}
    select id, organization_id, level, last_on, count(*) over ()::int as total from gaps
    order by ${rule.orderByLast ? 'last_on asc nulls first,' : ''} name, id
    limit ? offset ?`,
  [...(paths ?? []).map((p) => `${p}%`), ...gapsParams(rule), window.limit + 1, window.offset]);
  const workers = new Map((await em.find(ModelWorker, { id: { $in: rows.map((r) => r.id) } })).map((w) => [w.id, w]));
  const orgs = new Map((await em.find(Organization, { id: { $in: rows.map((r) => r.organization_id) } })).map((o) => [o.id, o]));
  const gaps = rows.map((r) => ({ modelWorker: workers.get(r.id)!, organization: orgs.get(r.organization_id)!, level: r.level, lastOn: r.last_on }));
  return toConnection(gaps, rows[0]?.total ?? window.offset, window);
}

/** How many are missing a service, keeper by keeper, everywhere (for the reminders of care-reminders.ts). */
async function gapsByKeeper(em: EntityManager, rule: GapRule): Promise<{ organizationId: string; people: number }[]> {
  const rows: { organization_id: string; people: number }[] = await em.getConnection().execute(
    `${gapsSql(rule, '')} select organization_id, count(*)::int as people from gaps group by organization_id order by organization_id`,
    gapsParams(rule), 'all', em.getTransactionContext(),
  );
  return rows.map((r) => ({ organizationId: r.organization_id, people: r.people }));
}

/** 体检: entitled model workers who have not attended a health check in `year`, nor had one recorded as done elsewhere. */
export function healthCheckMissing(em: EntityManager, viewer: ViewerState, year: number, page: PageArgs) {
  return gapPage(em, viewer, page, {
    inPost: false, before: null, orderByLast: false, lastParams: [year, year],
    lastOf: `select max(d) from (
      select (b.attended_at at time zone 'Asia/Shanghai')::date as d from health_check_booking b where b.model_worker_id = e.id and b.state = 'ATTENDED' and b.year = ?
      union all select x.checked_on from health_check_elsewhere x where x.model_worker_id = e.id and x.year = ?) checks`,
  });
}

/** 疗休养: model workers in post whose last recuperation attended ended on or before `cutoff` (two years ago), or who never had one; the longest first. */
export function recuperationOverdue(em: EntityManager, viewer: ViewerState, cutoff: string, page: PageArgs) {
  return gapPage(em, viewer, page, recuperationRule(cutoff));
}

/** The same people as `recuperationOverdue`, counted by the office that keeps them. */
export function recuperationOverdueByKeeper(em: EntityManager, cutoff: string) {
  return gapsByKeeper(em, recuperationRule(cutoff));
}

const recuperationRule = (cutoff: string): GapRule => ({
  inPost: true, before: cutoff, orderByLast: true, lastParams: [],
  lastOf: `select max(rb.ends_on) from recuperation_enrolment re join recuperation_batch rb on rb.id = re.batch_id where re.model_worker_id = e.id and re.state = 'ATTENDED'`,
});
