import path from 'node:path';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity.js';
import { ALLOWED_PARENTS, EmployerKind, OrganizationKind } from './organization.enums.js';
import { buildOrganization } from './organization.service.js';

/**
 * The organization tree from a spreadsheet (XLSX or CSV), one organization a row, headed by
 * 名称 | 简称 | 类型 | 上级 | 单位性质 | 联系方式 (or name | shortName | kind | parent | employerKind | contact).
 * `类型` and `单位性质` take the Chinese names (市总工会, 区县总工会, 基层工会, 企业, 事业单位…) or the
 * codes (CITY_FEDERATION…); `上级` names a parent in the file or already in the database. Rows may
 * come in any order. The import is all or nothing: one bad row and nothing is stored.
 */
export interface ImportRow {
  row: number;
  name: string;
  shortName: string;
  kind: string;
  parent: string;
  employerKind: string;
  contact: string;
}

export interface RowError {
  row: number;
  message: string;
}

export class OrganizationImportError extends Error {
  constructor(readonly errors: RowError[]) {
    super(`the organization file has ${errors.length} error(s); nothing was imported:\n${errors.map((e) => `  row ${e.row}: ${e.message}`).join('\n')}`);
  }
}

const HEADERS: Record<string, keyof Omit<ImportRow, 'row'>> = {
  名称: 'name', name: 'name', 简称: 'shortName', shortname: 'shortName', 类型: 'kind', kind: 'kind',
  上级: 'parent', 上级组织: 'parent', parent: 'parent', 单位性质: 'employerKind', employerkind: 'employerKind',
  联系方式: 'contact', contact: 'contact',
};

const KIND_NAMES: Record<string, OrganizationKind> = {
  市总工会: OrganizationKind.CITY_FEDERATION, 区县总工会: OrganizationKind.DISTRICT_UNION, 区总工会: OrganizationKind.DISTRICT_UNION,
  产业工会: OrganizationKind.INDUSTRY_UNION, 局工会: OrganizationKind.BUREAU_UNION, '局（系统）工会': OrganizationKind.BUREAU_UNION,
  基层工会: OrganizationKind.GRASSROOTS_UNION, 承办部门: OrganizationKind.DEPARTMENT,
};
const EMPLOYER_NAMES: Record<string, EmployerKind> = {
  企业: EmployerKind.ENTERPRISE, 非公有制企业: EmployerKind.NON_PUBLIC_ENTERPRISE, 农民专业合作社: EmployerKind.FARMERS_COOPERATIVE,
  机关: EmployerKind.GOVERNMENT_AGENCY, 事业单位: EmployerKind.PUBLIC_INSTITUTION, 社会组织: EmployerKind.SOCIAL_ORGANIZATION,
};

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
}

/** Reads the rows of the first sheet of an .xlsx or .csv file; row numbers are those the person sees. */
export async function readOrganizationRows(file: string): Promise<ImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  const ext = path.extname(file).toLowerCase();
  let sheet: ExcelJS.Worksheet | undefined;
  if (ext === '.xlsx') {
    await workbook.xlsx.readFile(file);
    sheet = workbook.worksheets[0];
  } else if (ext === '.csv') {
    sheet = await workbook.csv.readFile(file);
  } else {
    throw new OrganizationImportError([{ row: 0, message: `only .xlsx and .csv files can be imported, not "${ext || file}"` }]);
  }
  if (!sheet || sheet.rowCount === 0) throw new OrganizationImportError([{ row: 0, message: 'the file has no rows' }]);
  const columns = new Map<number, keyof Omit<ImportRow, 'row'>>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = HEADERS[cellText(cell.value).replace(/^\uFEFF/, '').replace(/\s/g, '').toLowerCase()] ?? HEADERS[cellText(cell.value).replace(/^\uFEFF/, '').trim()];
    if (key) columns.set(col, key);
  });
  if (![...columns.values()].includes('name') || ![...columns.values()].includes('kind')) {
    throw new OrganizationImportError([{ row: 1, message: 'the first row must name the columns, at least 名称 (name) and 类型 (kind)' }]);
  }
  const rows: ImportRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const entry: ImportRow = { row: number, name: '', shortName: '', kind: '', parent: '', employerKind: '', contact: '' };
    for (const [col, key] of columns) entry[key] = cellText(row.getCell(col).value);
    if (Object.values(entry).some((v) => typeof v === 'string' && v)) rows.push(entry);
  });
  return rows;
}

const kindOf = (text: string) => KIND_NAMES[text] ?? (Object.values(OrganizationKind) as string[]).find((k) => k === text.toUpperCase()) as OrganizationKind | undefined;
const employerOf = (text: string) => EMPLOYER_NAMES[text] ?? (Object.values(EmployerKind) as string[]).find((k) => k === text.toUpperCase()) as EmployerKind | undefined;

/**
 * Checks every row against the tree's rules and stores all of them in one transaction, or throws
 * OrganizationImportError listing every bad row and stores nothing. Returns how many were created.
 */
export async function importOrganizations(em: EntityManager, rows: ImportRow[]): Promise<number> {
  const errors: RowError[] = [];
  const existing = new Map((await em.find(Organization, {})).map((o) => [o.name, o]));
  const byName = new Map<string, ImportRow>();
  for (const r of rows) {
    if (!r.name) errors.push({ row: r.row, message: '名称不能为空 (name is empty)' });
    else if (r.name.length > 200) errors.push({ row: r.row, message: '名称不能超过 200 个字符 (name longer than 200)' });
    else if (byName.has(r.name)) errors.push({ row: r.row, message: `“${r.name}”与第 ${byName.get(r.name)!.row} 行重复 (duplicate name)` });
    else if (existing.has(r.name)) errors.push({ row: r.row, message: `“${r.name}”已存在 (already in the database)` });
    else byName.set(r.name, r);
    const kind = kindOf(r.kind);
    if (!kind) errors.push({ row: r.row, message: `类型“${r.kind}”无效，应为 ${Object.keys(KIND_NAMES).join('、')} (unknown kind)` });
    if (r.employerKind && !employerOf(r.employerKind)) errors.push({ row: r.row, message: `单位性质“${r.employerKind}”无效，应为 ${Object.keys(EMPLOYER_NAMES).join('、')} (unknown employer kind)` });
    if (kind === OrganizationKind.GRASSROOTS_UNION && !r.employerKind) errors.push({ row: r.row, message: '基层工会须注明单位性质 (a grassroots union needs an employer kind)' });
    if (kind === OrganizationKind.CITY_FEDERATION && r.parent) errors.push({ row: r.row, message: '市总工会不能有上级 (a city federation has no parent)' });
    if (kind && kind !== OrganizationKind.CITY_FEDERATION) {
      const parentKind = r.parent ? (kindOf(byNameLater(rows, r.parent)?.kind ?? '') ?? existing.get(r.parent)?.kind) : undefined;
      if (!r.parent) errors.push({ row: r.row, message: '请填写上级组织 (parent is empty)' });
      else if (!parentKind) errors.push({ row: r.row, message: `上级组织“${r.parent}”不在文件中，也不在系统中 (parent not found)` });
      else if (!ALLOWED_PARENTS[kind].includes(parentKind)) errors.push({ row: r.row, message: `上级组织“${r.parent}”的类型不符 (a ${kind} cannot sit below a ${parentKind})` });
    }
    if (r.shortName.length > 60) errors.push({ row: r.row, message: '简称不能超过 60 个字符 (short name longer than 60)' });
    if (r.contact.length > 300) errors.push({ row: r.row, message: '联系方式不能超过 300 个字符 (contact longer than 300)' });
  }
  if (errors.length) throw new OrganizationImportError(errors.sort((a, b) => a.row - b.row));

  return em.transactional(async (tx) => {
    const built = new Map<string, Organization>();
    const build = (r: ImportRow): Organization => {
      const done = built.get(r.name);
      if (done) return done;
      const parentRow = r.parent ? byName.get(r.parent) : undefined;
      const parent = parentRow ? build(parentRow) : r.parent ? existing.get(r.parent)! : null;
      const kind = kindOf(r.kind)!;
      const org = buildOrganization(tx, parent, {
        name: r.name, kind, shortName: r.shortName || null, contact: r.contact || null,
        employerKind: kind === OrganizationKind.GRASSROOTS_UNION ? employerOf(r.employerKind)! : null,
      });
      built.set(r.name, org);
      return org;
    };
    for (const r of byName.values()) build(r);
    await tx.flush();
    return built.size;
  });
}

function byNameLater(rows: ImportRow[], name: string): ImportRow | undefined {
  return rows.find((r) => r.name === name);
}
