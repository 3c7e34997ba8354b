import type { EntityManager } from '@mikro-orm/postgresql';
import { pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import { likeContaining } from '../../common/queries.js';
import type { HonorLevel } from '../honor/honor.enums.js';
import type { Industry } from '../registry/industry.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';

export interface ProfileFilter {
  search?: string | null;
  /** Holds an honor of this level now. */
  level?: HonorLevel | null;
  /** uuid of the district (or industry / bureau) union above the employer. */
  district?: string | null;
  industry?: Industry | null;
}

/**
 * Who has a public profile (劳模风采): a live record whose person consented (PIPL art. 25) and who holds
 * an honor now. The one rule, in SQL for the list and for a single profile alike.
 */
const LISTED = `mw.status = '${ModelWorkerStatus.ACTIVE}' and mw.profile_consent
  and exists (select 1 from model_worker_honor h join honor hn on hn.id = h.honor_id
              where h.model_worker_id = mw.id and h.revoked_at is null and (?::honor_level is null or hn.level = ?::honor_level))`;

function where(filter: ProfileFilter): { sql: string; params: unknown[] } {
  const parts = [LISTED];
  const params: unknown[] = [filter.level ?? null, filter.level ?? null];
  const search = filter.search?.trim();
  if (search) {
    parts.push('(mw.name ilike ? or mw.employer_name ilike ?)');
    params.push(likeContaining(search), likeContaining(search));
  }
  if (filter.district) {
    // The second segment of the materialized path is the district/system union below the city.
    parts.push(`split_part(o.path, '/', 3) = ?`);
    params.push(filter.district);
  }
  if (filter.industry) {
    parts.push('mw.industry = ?');
    params.push(filter.industry);
  }
  return { sql: parts.join(' and '), params };
}

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

const FROM = 'from model_worker mw join organization o on o.id = mw.organization_id';

/** One page of public profiles, by name in pinyin order (GBK), id breaking ties. */
export async function publicProfiles(em: EntityManager, filter: ProfileFilter, page: PageArgs) {
  const window = pageWindow(page);
  const condition = where(filter);
  const [rows, [count]] = await Promise.all([
    run<{ id: string }>(em, `select mw.id ${FROM} where ${condition.sql} order by convert_to(mw.name, 'GBK') asc, mw.id asc limit ? offset ?`,
      [...condition.params, window.limit + 1, window.offset]),
    run<{ n: string }>(em, `select count(*) as n ${FROM} where ${condition.sql}`, condition.params),
  ]);
  const workers = await em.find(ModelWorker, { id: { $in: rows.map((r) => r.id) } });
  return toConnection(rows.map((r) => workers.find((w) => w.id === r.id)!), Number(count.n), window);
}

/** One public profile, or null for a record that has none (no consent, revoked, no honor left). */
export async function publicProfile(em: EntityManager, id: string): Promise<ModelWorker | null> {
  const [row] = await run<{ id: string }>(em, `select mw.id ${FROM} where mw.id = ? and ${LISTED}`, [id, null, null]);
  return row ? em.findOne(ModelWorker, row.id) : null;
}
