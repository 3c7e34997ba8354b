import type { EntityManager } from '@mikro-orm/postgresql';

/** Fills the registry to `count` records with set-based SQL (fast enough for a benchmark's setup). */
export async function seedRegistry(em: EntityManager, count: number): Promise<void> {
  const conn = em.getConnection();
  await conn.execute(`
    insert into model_worker (id, created_at, updated_at, name, gender, organization_id, employer_name, post, category, status)
    select gen_random_uuid(), now(), now(), '劳模' || n, case when n % 3 = 0 then 'FEMALE' else 'MALE' end::gender,
           (select id from organization where kind = 'GRASSROOTS_UNION' order by name offset (n % 20) limit 1),
           '示例单位', '技师', (array['EXEMPLARY','ASSISTANCE','CARE'])[1 + n % 3]::model_worker_category, 'ACTIVE'
    from generate_series(1, ?) as n`, [count]);
  await conn.execute(`
    insert into model_worker_honor (id, created_at, updated_at, model_worker_id, honor_id, year)
    select gen_random_uuid(), now(), now(), mw.id, (select id from honor where code = 'BJ_MODEL_WORKER'), 2000 + (random() * 25)::int
    from model_worker mw where not exists (select 1 from model_worker_honor h where h.model_worker_id = mw.id)`);
  await conn.execute('analyze model_worker; analyze model_worker_honor');
}
