import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  idNumber, importFile as importFileAs, importUntil, signIn, startTestApp, uploadImport, REGISTRY_IMPORT_CONFIRM, UNIT, type ApiClient, type TestApp,
} from '../../support/testkit/index.js';

/**
 * 导入与导出 (issue 13, item 6): a spreadsheet of the information form is checked (every row's problems
 * by row number, in the reader's language), confirmed, and written in one transaction — nothing when a
 * row is bad; a re-import updates by ID number; a keeper imports only into its own scope. The export is
 * the list the keeper sees, ID numbers masked, each export audited.
 */
const LIST = `query($search: String) { registryRecords(first: 100, search: $search) { totalCount nodes { id name idNumberMasked phone keeper { name }
  category honors { honor { code } year } } } }`;
const RECORD = `query($id: ID!) { registryRecord(id: $id) { name phone health familyHardship familyMembers { relation name birthYear } workHistory { employer post from to }
  history(first: 20) { nodes { action } } } }`;

const HAIDIAN_UNIT = '海淀区第一实验小学工会';
const HEADER = '姓名,性别,出生年月,民族,身份证号码,联系电话,健康状况,家庭困难情况,工作单位,岗位（职务）,在岗情况,管理单位,管理方式,分类,家庭成员1称谓,家庭成员1姓名,家庭成员1出生年份,工作简历1单位,工作简历1岗位,工作简历1开始,工作简历1结束,荣誉称号1名称,荣誉称号1年度';
const row = (name: string, id: string, phone: string, keeper = UNIT, extra: Partial<Record<'gender' | 'birth' | 'status' | 'honor' | 'year', string>> = {}) =>
  [name, extra.gender ?? '男', extra.birth ?? '1968-05', '汉族', id, phone, '良好', '', '北京燕京精密机械有限公司', '装配钳工', extra.status ?? '在岗', keeper, '单位', '',
    '配偶', '李芳', '1970', '北京第一机床厂', '学徒工', '1986-07-01', '1995-06-30', extra.honor ?? '北京市劳动模范', extra.year ?? '2015'].join(',');
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);

const ID_1 = idNumber('11010519680512001');
const ID_2 = idNumber('11010519690723002');
const ID_3 = idNumber('11010519720101003');

let t: TestApp;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;

const upload = (client: ApiClient, bytes: Buffer, name: string) => uploadImport(t, client, bytes, name);
const until = (client: ApiClient, id: string, done: (state: string) => boolean) => importUntil(client, id, done);
const importFile = (client: ApiClient, bytes: Buffer, name = 'registry.csv') => importFileAs(t, client, bytes, name);

async function exportList(client: ApiClient, format: 'csv' | 'xlsx', query = '') {
  return fetch(`${t.url}/api/registry/export?format=${format}${query}`, { headers: { cookie: client.cookieHeader, 'x-laomo-download': '1' } });
}

const countRecords = async () => Number((await t.app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from model_worker'))[0].n);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-11-20');
  [unit, chaoyang, haidian] = await Promise.all([signIn(t, 'unit'), signIn(t, 'chaoyang'), signIn(t, 'haidian')]);
}, 120_000);
afterAll(async () => { await t.close(); });

describe('import', () => {
  it('lists every bad row’s problems by row number in Chinese and writes nothing', async () => {
    const before = await countRecords();
    const { checked, written } = await importFile(unit, csv(
      row('高振华', ID_1, '13800000001'),
      row('', '110105196805120010', '13800000002', UNIT, { gender: '未知' }),
      row('王丽', ID_1, '13800000003', UNIT, { birth: '2030-01-01', status: '待业', honor: '世界冠军' }),
      row('赵强', ID_3, '13800000004', HAIDIAN_UNIT),
    ));
    expect(written).toBeNull();
    expect(checked.state).toBe('INVALID');
    const byRow = (r: number) => checked.problems.filter((p: { row: number }) => p.row === r).map((p: { message: string }) => p.message);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual(expect.arrayContaining([
      '身份证号码无效，请核对（18 位，末位校验码）', '“性别”的值“未知”无法识别，可填：男、女',
    ]));
    expect(byRow(4)).toEqual(expect.arrayContaining([
      '日期不能晚于今天', '“在岗情况”的值“待业”无法识别，可填：在岗、退休、终止劳动关系',
    ]));
    // Row 4 repeats row 2's number: only checked once its cells are good, so it shows on a clean row below.
    expect(byRow(5)).toEqual([`管理单位“${HAIDIAN_UNIT}”不存在或不在您的管理范围内`]);
    expect(checked.problemCount).toBe(checked.problems.length);
    expect(await countRecords()).toBe(before);
    // No ID number in any message: the report is kept.
    expect(JSON.stringify(checked.problems)).not.toContain('110105196805120010');
  });

  it('reports a repeated ID number and unknown honor against the registry, in English too', async () => {
    const english = await t.as('unit', 'en');
    const { checked } = await importFile(english, csv(row('高振华', ID_1, '13800000001'), row('高振华', ID_1, '13800000001', UNIT, { honor: '世界冠军' })));
    expect(checked.state).toBe('INVALID');
    expect(checked.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([
      [3, 'The ID number repeats that of row 2'], [3, 'There is no honor "世界冠军"'],
    ]);
  });

  it('imports good rows in one go: sealed personal fields, family, work history, honors, history', async () => {
    const before = await countRecords();
    const { written } = await importFile(unit, csv(row('高振华', ID_1, '13800000001'), row('李淑珍', ID_2, '13800000002', UNIT, { gender: '女', status: '退休' })));
    expect(written).toMatchObject({ state: 'DONE', rowsTotal: 2, rowsWritten: 2, created: 2, updated: 0, problemCount: 0 });
    expect(await countRecords()).toBe(before + 2);
    const found = (await unit.ok(LIST, { search: ID_2 })).registryRecords.nodes;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '李淑珍', phone: '13800000002', idNumberMasked: `${ID_2.slice(0, 6)}********${ID_2.slice(-4)}`, keeper: { name: UNIT }, category: 'CARE' });
    expect(found[0].honors).toEqual([{ honor: { code: 'BJ_MODEL_WORKER' }, year: 2015 }]);
    const record = (await unit.ok(RECORD, { id: found[0].id })).registryRecord;
    expect(record.health).toBe('良好');
    expect(record.familyMembers).toEqual([{ relation: '配偶', name: '李芳', birthYear: 1970 }]);
    expect(record.workHistory).toEqual([{ employer: '北京第一机床厂', post: '学徒工', from: '1986-07-01', to: '1995-06-30' }]);
    expect(record.history.nodes.map((n: { action: string }) => n.action)).toContain('registry.imported');
    // Sealed at rest: neither the number nor the health text is in the table in clear.
    const [raw] = await t.app.orm.em.getConnection().execute(`select id_number_sealed, health_sealed from model_worker where name = '李淑珍'`);
    expect(JSON.stringify(raw)).not.toContain(ID_2);
    expect(JSON.stringify(raw)).not.toContain('良好');
  });

  it('keeps a cell exactly as written: line breaks, tabs, backslashes and quotes, in text and in the form’s lists', async () => {
    const deeds = '第一行\n第二行\t制表 C:\\图纸\\ “引号” \\N';
    const employer = '北京\\第一机床厂\n（总厂）';
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const file = Buffer.from(`\uFEFF姓名,性别,身份证号码,工作单位,岗位,管理单位,先进事迹,工作简历1单位,工作简历1岗位,工作简历1开始\r\n`
      + `孙文杰,男,${idNumber('11010519750101004')},${quoted(employer)},钳工,${UNIT},${quoted(deeds)},${quoted(employer)},学徒工,1990-07-01\r\n`);
    const { written } = await importFile(unit, file);
    expect(written).toMatchObject({ state: 'DONE', created: 1 });
    const [found] = (await unit.ok(LIST, { search: '孙文杰' })).registryRecords.nodes;
    const record = (await unit.ok(`query($id: ID!) { registryRecord(id: $id) { deeds employerName workHistory { employer } } }`, { id: found.id })).registryRecord;
    expect(record).toEqual({ deeds, employerName: employer, workHistory: [{ employer }] });
  });

  it('a re-import updates the records by ID number, adds no duplicate, keeps what a blank cell leaves', async () => {
    const before = await countRecords();
    const file = Buffer.from(`\uFEFF姓名,身份证号码,联系电话,健康状况,荣誉称号1名称,荣誉称号1年度\r\n高振华,${ID_1},13911112222,,北京市劳动模范,2015\r\n`);
    const { written } = await importFile(unit, file);
    expect(written).toMatchObject({ state: 'DONE', created: 0, updated: 1 });
    expect(await countRecords()).toBe(before);
    const [found] = (await unit.ok(LIST, { search: ID_1 })).registryRecords.nodes;
    expect(found.phone).toBe('13911112222');
    expect(found.honors).toHaveLength(1);
    const record = (await unit.ok(RECORD, { id: found.id })).registryRecord;
    expect(record.health).toBe('良好');
    expect(record.history.nodes.map((n: { action: string }) => n.action)).toContain('registry.import_updated');
    // The audit line names the fields the row set (the blank 健康状况 not among them), never a value.
    const [line] = await t.app.orm.em.getConnection().execute(
      `select data from audit_entry where action = 'registry.import_updated' and subject_id = (select id from model_worker where name = '高振华') order by at desc limit 1`);
    expect(line.data.fields).toEqual(['idNumber', 'name', 'phone']);
    expect(JSON.stringify(line.data)).not.toContain('13911112222');
  });

  it('reads an XLSX file the same way', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('劳模');
    sheet.addRow(['姓名', '性别', '出生年月', '身份证号码', '工作单位', '岗位', '管理单位']);
    sheet.addRow(['陈志远', '男', new Date(Date.UTC(1975, 2, 15)), ID_3, '北京燕京精密机械有限公司', '电工', UNIT]);
    const { written } = await importFile(unit, Buffer.from(await book.xlsx.writeBuffer()), 'registry.xlsx');
    expect(written).toMatchObject({ state: 'DONE', created: 1 });
    const [found] = (await unit.ok(LIST, { search: ID_3 })).registryRecords.nodes;
    expect(found.name).toBe('陈志远');
  });

  it('a district cannot import into, nor update, another district’s records', async () => {
    const before = await countRecords();
    const { checked } = await importFile(haidian, csv(row('高振华', ID_1, '13700000000', HAIDIAN_UNIT), row('新人', idNumber('11010819800101004'), '13700000001', UNIT)));
    expect(checked.state).toBe('INVALID');
    expect(checked.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([
      [2, '该身份证号码的记录不在您的管理范围内，不能更新'], [3, `管理单位“${UNIT}”不存在或不在您的管理范围内`],
    ]);
    expect(await countRecords()).toBe(before);
    const [found] = (await unit.ok(LIST, { search: ID_1 })).registryRecords.nodes;
    expect(found.phone).toBe('13911112222');
  });

  it('refuses a file that is neither XLSX nor CSV, and another keeper’s import is not theirs to confirm', async () => {
    const response = await upload(unit, Buffer.from('%PDF-1.4'), 'registry.pdf');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe('只能导入 XLSX 或 CSV（UTF-8）文件');
    const mine = await upload(unit, csv(row('周明', idNumber('11010519700101005'), '13600000000')), 'x.csv');
    const { id } = (await mine.json()) as { id: string };
    await until(unit, id, (s) => s !== 'CHECKING');
    const other = await chaoyang.ok(REGISTRY_IMPORT_CONFIRM, { id });
    expect(other.registryImportConfirm.userErrors.map((e: { code: string }) => e.code)).toEqual(['common/not_found']);
  });
});

describe('export', () => {
  it('exports the filtered list the keeper sees, ID numbers masked, and audits who, which filter and how many', async () => {
    const response = await exportList(unit, 'csv', `&search=${encodeURIComponent('高振华')}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('高振华');
    expect(lines[1]).toContain(`${ID_1.slice(0, 6)}********${ID_1.slice(-4)}`);
    expect(text).not.toContain(ID_1);
    expect(text).not.toContain('良好');
    const [line] = await t.app.orm.em.getConnection().execute<{ actor_name: string; data: { format: string; filter: Record<string, string>; rows: number } }[]>(
      `select actor_name, data from audit_entry where action = 'registry.exported' order by at desc limit 1`);
    expect(line.data).toEqual({ format: 'CSV', filter: { search: '高振华' }, rows: 1 });
    expect(line.actor_name).toBeTruthy();
  });

  it('an ID number searched for is kept masked in the audit line; XLSX has the same rows', async () => {
    const response = await exportList(unit, 'xlsx', `&search=${ID_2}`);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('李淑珍');
    expect(sheet.getRow(2).getCell(7).value).toBe(`${ID_2.slice(0, 6)}********${ID_2.slice(-4)}`);
    const [line] = await t.app.orm.em.getConnection().execute<{ data: { filter: Record<string, string> } }[]>(
      `select data from audit_entry where action = 'registry.exported' order by at desc limit 1`);
    expect(line.data.filter.search).toBe(`${ID_2.slice(0, 6)}********${ID_2.slice(-4)}`);
  });

  it('another district’s export holds none of these records; the public may not export', async () => {
    const text = await (await exportList(haidian, 'csv')).text();
    expect(text).not.toContain('高振华');
    expect((await exportList(t.anonymous(), 'csv')).status).toBe(401);
  });
});
