import type { EntityManager } from '@mikro-orm/postgresql';
import { pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import { Studio } from './studio.entity.js';
import { StudioSort, type StudioField, type StudioIndustry, type StudioLevel } from './studio.enums.js';
import { PUBLIC_STUDIO_STATUSES } from './studio.access.js';
import { likeContaining } from '../../common/queries.js';

export interface StudioFilter {
  search?: string | null;
  level?: StudioLevel | null;
  /** uuid of the district (or industry / bureau) union. */
  district?: string | null;
  industry?: StudioIndustry | null;
  field?: StudioField | null;
}

export type StudioFacetName = 'level' | 'district' | 'industry' | 'field';

const FACET_COLUMNS: Record<StudioFacetName, string> = { level: 's.level', district: 's.district_id', industry: 's.industry', field: 's.field' };

const ORDER: Record<StudioSort, string> = {
  // GBK orders common hanzi by pinyin, which is what a Chinese reader expects of a name list.
  NAME: `convert_to(s.name, 'GBK') asc`,
  RECENTLY_CERTIFIED: 's.certified_on desc',
  MOST_RESULTS: '(select count(*) from studio_result r where r.studio_id = s.id) desc',
};

/** The SQL condition of the public list under `filter`, leaving out the facet `except` (for its own counts). */
function where(filter: StudioFilter, except?: StudioFacetName): { sql: string; params: unknown[] } {
  const parts = [`s.status in (${PUBLIC_STUDIO_STATUSES.map(() => '?').join(', ')})`];
  const params: unknown[] = [...PUBLIC_STUDIO_STATUSES];
  const search = filter.search?.trim();
  if (search) {
    const like = likeContaining(search);
    parts.push('(s.name ilike ? or exists (select 1 from studio_result r where r.studio_id = s.id and r.title ilike ?))');
    params.push(like, like);
  }
  for (const facet of Object.keys(FACET_COLUMNS) as StudioFacetName[]) {
    const value = filter[facet];
    if (value && facet !== except) {
      parts.push(`${FACET_COLUMNS[facet]} = ?`);
      params.push(value);
    }
  }
  return { sql: parts.join(' and '), params };
}

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

/** One page of the public studio list, in the chosen order (id breaks ties). */
export async function searchStudios(em: EntityManager, filter: StudioFilter, sort: StudioSort, page: PageArgs) {
  const window = pageWindow(page);
  const condition = where(filter);
  const [rows, [count]] = await Promise.all([
    run<{ id: string }>(em, `select s.id from studio s where ${condition.sql} order by ${ORDER[sort]}, s.id asc limit ? offset ?`,
      [...condition.params, window.limit + 1, window.offset]),
    run<{ n: string }>(em, `select count(*) as n from studio s where ${condition.sql}`, condition.params),
  ]);
  const studios = await em.find(Studio, { id: { $in: rows.map((r) => r.id) } }, { populate: ['leader', 'district'] });
  const ordered = rows.map((r) => studios.find((s) => s.id === r.id)!);
  return toConnection(ordered, Number(count.n), window);
}

/**
 * Counts per value of one facet, under every other filter (a facet never narrows its own choices),
 * so each count is exactly the total the list shows once that value is chosen.
 */
export async function facetCounts(em: EntityManager, filter: StudioFilter, facet: StudioFacetName): Promise<{ value: string; count: number }[]> {
  const condition = where(filter, facet);
  const column = FACET_COLUMNS[facet];
  const rows = await run<{ value: string; n: string }>(em,
    `select ${column} as value, count(*) as n from studio s where ${condition.sql} and ${column} is not null group by ${column} order by n desc, value asc`,
    condition.params);
  return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
}
