import type { EntityManager } from '@mikro-orm/postgresql';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Gender, ModelWorkerCategory } from '../registry/registry.enums.js';
import type { AgeBand, RegistryStatistics } from './registry-statistics.type.js';
import type { HonorLevel } from '../honor/honor.enums.js';
import type { Industry } from '../registry/industry.js';
import { beijingDate } from '../calendar/working-calendar.js';

// Active model workers with at least one honor not revoked: the population every figure counts.
const ACTIVE = `
  select mw.* from model_worker mw
  where mw.status = 'ACTIVE'
    and exists (select 1 from model_worker_honor h where h.model_worker_id = mw.id and h.revoked_at is null)`;

const share = (count: number, total: number) => ({ count, share: total ? Math.round((count / total) * 10_000) / 10_000 : 0 });

// The highest level a person holds now: national over provincial over district.
const HIGHEST_LEVEL = `
  select (array_agg(hn.level order by case hn.level when 'NATIONAL' then 3 when 'PROVINCIAL' then 2 else 1 end desc))[1]
  from model_worker_honor h join honor hn on hn.id = h.honor_id where h.model_worker_id = a.id and h.revoked_at is null`;

const AGE_BAND = `case
  when a.birth_date is null then 'UNKNOWN'
  when date_part('year', age(?::date, a.birth_date)) < 40 then 'UNDER_40'
  when date_part('year', age(?::date, a.birth_date)) < 50 then 'FROM_40_TO_49'
  when date_part('year', age(?::date, a.birth_date)) < 60 then 'FROM_50_TO_59'
  when date_part('year', age(?::date, a.birth_date)) < 70 then 'FROM_60_TO_69'
  else 'FROM_70' end`;
const BAND_ORDER: AgeBand[] = ['UNDER_40', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60_TO_69', 'FROM_70', 'UNKNOWN'] as AgeBand[];

/** Grouped counts in SQL; the sizes do not grow with the registry (about 20,000 records). Ages are as of `now` in Beijing. */
export async function registryStatistics(em: EntityManager, now: Date): Promise<RegistryStatistics> {
  const today = beijingDate(now);
  const conn = em.getConnection();
  const [totalRow] = await conn.execute<{ total: string }[]>(`select count(*) as total from (${ACTIVE}) a`);
  const total = Number(totalRow.total);
  const [honorRows, districtRows, genderRows, categoryRows, levelRows, retiredRows, ageRows, industryRows] = await Promise.all([
    conn.execute<{ honor_id: string; count: string }[]>(`
      select h.honor_id, count(distinct h.model_worker_id) as count
      from model_worker_honor h join (${ACTIVE}) a on a.id = h.model_worker_id
      where h.revoked_at is null group by h.honor_id order by count desc`),
    // The second segment of the materialized path is the district/system union below the city.
    conn.execute<{ district_id: string; count: string }[]>(`
      select split_part(o.path, '/', 3) as district_id, count(*) as count
      from (${ACTIVE}) a join organization o on o.id = a.organization_id
      group by district_id order by count desc`),
    conn.execute<{ gender: Gender; count: string }[]>(`select gender, count(*) as count from (${ACTIVE}) a group by gender order by gender`),
    conn.execute<{ category: ModelWorkerCategory; count: string }[]>(`select category, count(*) as count from (${ACTIVE}) a group by category order by category`),
    conn.execute<{ level: HonorLevel; count: string }[]>(`select (${HIGHEST_LEVEL}) as level, count(*) as count from (${ACTIVE}) a group by level order by count desc`),
    conn.execute<{ retired: boolean; count: string }[]>(`select (employment_status = 'RETIRED') as retired, count(*) as count from (${ACTIVE}) a group by retired order by retired`),
    conn.execute<{ band: AgeBand; count: string }[]>(`select ${AGE_BAND} as band, count(*) as count from (${ACTIVE}) a group by band`, [today, today, today, today]),
    conn.execute<{ industry: Industry | null; count: string }[]>(`select industry, count(*) as count from (${ACTIVE}) a group by industry order by count desc, industry nulls last`),
  ]);
  const honors = await em.find(Honor, { id: { $in: honorRows.map((r) => r.honor_id) } });
  const districts = await em.find(Organization, { id: { $in: districtRows.map((r) => r.district_id).filter(Boolean) } });
  return {
    total,
    byHonor: honorRows.map((r) => ({ honor: honors.find((h) => h.id === r.honor_id)!, ...share(Number(r.count), total) })),
    byDistrict: districtRows
      .filter((r) => districts.some((d) => d.id === r.district_id))
      .map((r) => ({ organization: districts.find((d) => d.id === r.district_id)!, ...share(Number(r.count), total) })),
    byGender: genderRows.map((r) => ({ gender: r.gender, ...share(Number(r.count), total) })),
    byCategory: categoryRows.map((r) => ({ category: r.category, ...share(Number(r.count), total) })),
    byLevel: levelRows.map((r) => ({ level: r.level, ...share(Number(r.count), total) })),
    byRetirement: retiredRows.map((r) => ({ retired: r.retired, ...share(Number(r.count), total) })),
    byIndustry: industryRows.map((r) => ({ industry: r.industry, ...share(Number(r.count), total) })),
    byAgeBand: BAND_ORDER.flatMap((band) => ageRows.filter((r) => r.band === band).map((r) => ({ band, ...share(Number(r.count), total) }))),
  };
}
