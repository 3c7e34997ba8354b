import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmAndWrite, idNumber, importFile, signIn, startTestApp, uploadAndCheck, UNIT, type ApiClient, type TestApp,
} from '../../support/testkit/index.js';

/**
 * The import at a size where it is read, checked and written batch by batch (2,000 rows a batch,
 * registry-import.check.ts / .write.ts): a bad row at the very end still means nothing is written —
 * also when it turns bad only between the check and the write, after earlier batches were already
 * copied into the registry — and a re-import of changed rows updates them, never duplicates them.
 */
const ROWS = 2_500;
const HAIDIAN_UNIT = '海淀区第一实验小学工会';
const HEADER = '姓名,性别,出生年月,身份证号码,联系电话,健康状况,工作单位,岗位,管理单位,荣誉称号1名称,荣誉称号1年度';
/** Distinct numbers from 1950 on, a thousand per birth year (none of the other registry tests' numbers). */
const idOf = (n: number) => idNumber(`110105${1950 + Math.floor(n / 1000)}0101${String(n % 1000).padStart(3, '0')}`);
const line = (n: number, phone: string, keeper = UNIT) => [`规模${n}`, '男', '1968-05', idOf(n), phone, '良好', '北京燕京精密机械有限公司', '装配钳工', keeper, '北京市劳动模范', '2015'].join(',');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
const many = (phone: (n: number) => string, count = ROWS) => Array.from({ length: count }, (_, n) => line(n, phone(n)));

let t: TestApp;
let unit: ApiClient;
let haidian: ApiClient;

const sql = async <T>(text: string, params: unknown[] = []) => t.app.orm.em.getConnection().execute<T[]>(text, params);
const count = async (text: string, params: unknown[] = []) => Number((await sql<{ n: string }>(text, params))[0].n);
const scaleRecords = () => count(`select count(*) as n from model_worker where name like '规模%'`);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-11-20');
  [unit, haidian] = await Promise.all([signIn(t, 'unit'), signIn(t, 'haidian')]);
}, 120_000);
afterAll(async () => { await t.close(); });

describe('import of thousands of rows', () => {
  it('one bad row at the end of 2,500: the check lists it by its row number and nothing is written', async () => {
    const { checked } = await uploadAndCheck(t, unit, csv([...many((n) => `1380000${String(n).padStart(4, '0')}`), line(ROWS, '13800009999').replace('1968-05', '2030-01')]));
    expect(checked).toMatchObject({ state: 'INVALID', rowsTotal: ROWS + 1, problemCount: 1 });
    expect(checked.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([[ROWS + 2, '日期不能晚于今天']]);
    expect(await scaleRecords()).toBe(0);
  });

  it('a row turned bad between the check and the write undoes the batches already written: nothing imported', async () => {
    const last = ROWS - 1;
    const { id, checked } = await uploadAndCheck(t, unit, csv(many((n) => `1380000${String(n).padStart(4, '0')}`)));
    expect(checked).toMatchObject({ state: 'READY', rowsTotal: ROWS, created: ROWS, problemCount: 0 });
    // Meanwhile Haidian registers the last row's person: at the write, that row is out of this keeper's scope.
    const { written: other } = await importFile(t, haidian, csv([line(last, '13700000000', HAIDIAN_UNIT)]));
    expect(other).toMatchObject({ state: 'DONE', created: 1 });
    const written = await confirmAndWrite(unit, id);
    expect(written).toMatchObject({ state: 'INVALID', created: 0, updated: 0, problemCount: 1 });
    expect(written.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([[ROWS + 1, '该身份证号码的记录不在您的管理范围内，不能更新']]);
    // Only Haidian's one record; none of the first 2,000 rows (a batch copied before the bad row was read), no honor, no audit line.
    expect(await scaleRecords()).toBe(1);
    expect(await count(`select count(*) as n from model_worker_honor h join model_worker mw on mw.id = h.model_worker_id where mw.name like '规模%'`)).toBe(1);
    expect(await count(`select count(*) as n from audit_entry where action = 'registry.imported'
      and subject_id in (select id from model_worker where name like '规模%')`)).toBe(1);
    await sql(`delete from model_worker where name like '规模%'`);
  });

  it('2,500 rows imported, then re-imported changed: every record updated in place, none duplicated, honors not repeated', async () => {
    const { written } = await importFile(t, unit, csv(many((n) => `1380000${String(n).padStart(4, '0')}`)));
    expect(written).toMatchObject({ state: 'DONE', rowsTotal: ROWS, rowsWritten: ROWS, created: ROWS, updated: 0, problemCount: 0 });
    const ids = await sql<{ id: string }>(`select id from model_worker where name like '规模%' order by id`);
    expect(ids).toHaveLength(ROWS);

    const { written: again } = await importFile(t, unit, csv(many((n) => `1390000${String(n).padStart(4, '0')}`)));
    expect(again).toMatchObject({ state: 'DONE', rowsTotal: ROWS, created: 0, updated: ROWS, problemCount: 0 });
    expect(await sql<{ id: string }>(`select id from model_worker where name like '规模%' order by id`)).toEqual(ids);
    expect(await count(`select count(*) as n from model_worker where name like '规模%' and phone like '1390000%'`)).toBe(ROWS);
    expect(await count(`select count(*) as n from model_worker_honor h join model_worker mw on mw.id = h.model_worker_id where mw.name like '规模%'`)).toBe(ROWS);
    expect(await count(`select count(*) as n from audit_entry where action = 'registry.import_updated' and subject_id in (select id from model_worker where name like '规模%')`)).toBe(ROWS);
  });
});
