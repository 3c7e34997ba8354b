import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOn } from '@laomo/server/testing/orm-on.js';
import { blindIndex, open } from '@laomo/server/common/sealed-text.js';
import { emptyDatabase } from '../operations/spawned-server.js';

/** The nomination migration seals the ID numbers files already hold in clear, then drops the clear column. */
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

describe('Migration20261203041000_nomination_id_number_sealed on a database with files', () => {
  it('seals, indexes and masks each clear ID number and keeps no clear copy', async () => {
    await orm.migrator.up({ to: 'Migration20261203040000_registry_import_office' });
    const sql = orm.em.getConnection();
    const [org, account, honor, campaign, withId, without] = Array.from({ length: 6 }, () => randomUUID());
    await sql.execute(`insert into organization (id, created_at, updated_at, name, kind, path) values (?, now(), now(), '某工会', 'GRASSROOTS_UNION', ?)`, [org, `/${org}/`]);
    await sql.execute(`insert into account (id, created_at, updated_at, display_name, kind, password_hash) values (?, now(), now(), '某人', 'STAFF', 'x')`, [account]);
    await sql.execute(`insert into honor (id, created_at, updated_at, code, name, level, recipient_kind, model_worker_treatment, employer_kinds)
      values (?, now(), now(), 'X', '某荣誉', 'PROVINCIAL', 'INDIVIDUAL', true, '{}')`, [honor]);
    await sql.execute(`insert into campaign (id, created_at, updated_at, name, year, organizer_id, structure_rules, nomination_opens_on, nomination_closes_on)
      values (?, now(), now(), '某评选', 2026, ?, '[]', '2026-01-01', '2026-02-01')`, [campaign, org]);
    for (const [id, number] of [[withId, '11010519491231002x'], [without, null]] as const) {
      await sql.execute(`insert into nomination (id, created_at, updated_at, campaign_id, honor_id, unit_id, source, proposer_id, recipient_kind, candidate_name, employer_name, post, public_summary, deeds, id_number)
        values (?, now(), now(), ?, ?, ?, 'UNIT', ?, 'INDIVIDUAL', '王某', '某公司', '技师', '摘要', '事迹', ?)`, [id, campaign, honor, org, account, number]);
    }
    await orm.migrator.up();
    const [row] = await sql.execute(`select * from nomination where id = ?`, [withId]);
    expect(row.id_number).toBeUndefined();
    expect(JSON.stringify(row)).not.toMatch(/11010519491231002/i);
    expect(open(row.id_number_sealed)).toBe('11010519491231002X');
    expect(row.id_number_index).toBe(blindIndex('11010519491231002X'));
    expect(row.id_number_masked).toBe('110105********002X');
    const [none] = await sql.execute(`select id_number_sealed, id_number_index, id_number_masked from nomination where id = ?`, [without]);
    expect(none).toEqual({ id_number_sealed: null, id_number_index: null, id_number_masked: null });
  });
});
