import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOn } from '@laomo/server/testing/orm-on.js';
import { blindIndex, open } from '@laomo/server/common/sealed-text.js';
import { emptyDatabase } from '../operations/spawned-server.js';

/** The registry migration seals ID numbers a database already holds in clear, then drops the clear column. */
let database: { url: string; drop(): Promise<void> };
let orm: Awaited<ReturnType<typeof ormOn>>;
beforeAll(async () => {
  database = await emptyDatabase();
  orm = await ormOn(database.url);
}, 120_000);
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('Migration20261201010000_registry on a database with records', () => {
  it('seals, indexes and masks each clear ID number and keeps no clear copy', async () => {
    await orm.migrator.up({ to: 'Migration20261130224600_sign_in' });
    const sql = orm.em.getConnection();
    const org = randomUUID();
    const worker = randomUUID();
    await sql.execute(`insert into organization (id, created_at, updated_at, name, kind, path) values (?, now(), now(), '某工会', 'GRASSROOTS_UNION', ?)`, [org, `/${org}/`]);
    await sql.execute(`insert into model_worker (id, created_at, updated_at, name, gender, organization_id, employer_name, post, id_number)
      values (?, now(), now(), '王某', 'MALE', ?, '某公司', '技师', '11010519491231002x')`, [worker, org]);
    await orm.migrator.up();
    const [row] = await sql.execute(`select * from model_worker where id = ?`, [worker]);
    expect(row.id_number).toBeUndefined();
    expect(open(row.id_number_sealed)).toBe('11010519491231002X');
    expect(row.id_number_index).toBe(blindIndex('11010519491231002X'));
    expect(row.id_number_masked).toBe('110105********002X');
  });
});
