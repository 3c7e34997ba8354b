import type { EntityManager } from '@mikro-orm/postgresql';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Gender, ModelWorkerCategory } from '../registry/registry.enums.js';
import type { RegistryStatistics } from './registry-statistics.type.js';

// Active model workers with at least one honor not revoked: the population every figure counts.
const ACTIVE = `
  select mw.* from model_worker mw
  where mw.status = 'ACTIVE'
    and exists (select 1 from model_worker_honor h where h.model_worker_id = mw.id and h.revoked_at is null)`;

const share = (count: number, total: number) => ({ count, share: total ? Math.round((count / total) * 10_000) / 10_000 : 0 });

/** Five grouped counts in SQL; the sizes do not grow with the registry (about 20,000 records). */
export async function registryStatistics(em: EntityManager): Promise<RegistryStatistics> {
  const conn = em.getConnection();
  const [totalRow] = await conn.execute<{ total: string }[]>(`select count(*) as total from (${ACTIVE}) a`);
  const total = Number(totalRow.total);
  const [honorRows, districtRows, genderRows, categoryRows] = await Promise.all([
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
  };
}
