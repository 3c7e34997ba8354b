import { RegistryError } from '../../common/errors/catalogue.js';
import type { FamilyMemberData, WorkPeriodData } from './model-worker.entity.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory } from './registry.enums.js';
import { normalIdNumber } from './id-number.js';

/**
 * The information form's columns (seed 003; the registry README's table) as a spreadsheet row, checked
 * cell by cell. A header is matched without spaces and without what stands in brackets, so
 * "户籍（京籍/非京籍）" and "户籍" are the same column; the fields' English names are accepted too.
 * Repeated groups are numbered: 家庭成员1称谓 … 家庭成员1工作单位, 工作简历1单位 …, 荣誉称号1名称 ….
 *
 * A blank cell leaves the field as it is (on a new record: its default), so re-importing a file with
 * fewer columns never clears what the office entered by hand.
 */

/** A problem found in a row, kept as a code and its params and rendered in the reader's language. */
export interface ImportProblem {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface HonorCell { name: string; year: number; conferredByName: string | null; column: string }

/** One data row, parsed; a field is undefined when its cell was blank or its column absent. */
export interface ImportRecord {
  row: number;
  idNumber: string;
  name?: string; gender?: Gender; birthDate?: string; ethnicity?: string; politicalStatus?: string; education?: Education;
  phone?: string; address?: string; householdBeijing?: boolean; migrantWorker?: boolean; health?: string; familyHardship?: string;
  employerName?: string; post?: string; employmentStatus?: EmploymentStatus; keeperName?: string; keeping?: Keeping;
  deeds?: string; needs?: string; category?: ModelWorkerCategory; categoryReason?: string;
  familyMembers?: FamilyMemberData[]; workHistory?: WorkPeriodData[]; honors: HonorCell[];
}

type Scalar = Exclude<keyof ImportRecord, 'row' | 'familyMembers' | 'workHistory' | 'honors'>;

/** Column → field, with the longest text a field takes (the table's column widths). */
const SCALARS: [Scalar, string[], number][] = [
  ['name', ['姓名', 'name'], 60], ['gender', ['性别', 'gender'], 4], ['birthDate', ['出生年月', '出生日期', 'birthDate'], 20],
  ['ethnicity', ['民族', 'ethnicity'], 20], ['politicalStatus', ['政治面貌', 'politicalStatus'], 30], ['education', ['文化程度', '学历', 'education'], 20],
  ['idNumber', ['身份证号码', '身份证号', 'idNumber'], 18], ['phone', ['联系电话', '电话', 'phone'], 20], ['address', ['家庭住址', 'address'], 300],
  ['householdBeijing', ['户籍', 'householdBeijing'], 10], ['migrantWorker', ['是否农民工', 'migrantWorker'], 4], ['health', ['健康状况', 'health'], 2000],
  ['familyHardship', ['家庭困难情况', 'familyHardship'], 2000], ['employerName', ['工作单位', 'employerName'], 200], ['post', ['岗位', '职务', '岗位职务', 'post'], 100],
  ['employmentStatus', ['在岗情况', 'employmentStatus'], 20], ['keeperName', ['管理单位', 'organization'], 200], ['keeping', ['管理方式', 'keeping'], 10],
  ['deeds', ['先进事迹', 'deeds'], 20_000], ['needs', ['需求建议', 'needs'], 5000], ['category', ['分类', 'category'], 10],
  ['categoryReason', ['分类理由', 'categoryReason'], 2000],
];

const GROUPS: Record<string, Record<string, string>> = {
  家庭成员: { 称谓: 'relation', 姓名: 'name', 出生年份: 'birthYear', 工作单位: 'employer' },
  工作简历: { 单位: 'employer', 岗位: 'post', 职务: 'post', 开始: 'from', 起始时间: 'from', 开始时间: 'from', 结束: 'to', 截止时间: 'to', 结束时间: 'to' },
  荣誉称号: { 名称: 'name', 年度: 'year', 授予机关: 'conferredByName' },
};

const words = <E extends string>(pairs: [string[], E][]): Map<string, E> => new Map(pairs.flatMap(([ws, v]) => [...ws, v].map((w) => [w.toUpperCase(), v] as [string, E])));
const GENDERS = words([[['男'], Gender.MALE], [['女'], Gender.FEMALE]]);
const EDUCATIONS = words([
  [['小学'], Education.PRIMARY], [['初中'], Education.JUNIOR_HIGH], [['高中'], Education.SENIOR_HIGH], [['中专', '技校', '中专、技校', '中专/技校'], Education.VOCATIONAL],
  [['大专', '专科'], Education.JUNIOR_COLLEGE], [['本科', '大学本科'], Education.BACHELOR], [['硕士', '硕士研究生'], Education.MASTER], [['博士', '博士研究生'], Education.DOCTOR],
]);
const HOUSEHOLD = words([[['京籍', '是'], 'Y'], [['非京籍', '否'], 'N']]);
const YES_NO = words([[['是'], 'Y'], [['否'], 'N']]);
const EMPLOYMENT = words([[['在岗'], EmploymentStatus.IN_POST], [['退休'], EmploymentStatus.RETIRED], [['终止劳动关系', '已与用人单位终止劳动关系'], EmploymentStatus.EMPLOYMENT_ENDED]]);
const KEEPINGS = words([[['单位', '单位管理'], Keeping.EMPLOYER], [['属地', '属地管理'], Keeping.LOCALITY], [['归口', '归口管理'], Keeping.SYSTEM]]);
const CATEGORIES = words([[['示范引领'], ModelWorkerCategory.EXEMPLARY], [['帮扶救助'], ModelWorkerCategory.ASSISTANCE], [['疏导关怀'], ModelWorkerCategory.CARE]]);
const CHOICES: Partial<Record<Scalar, [Map<string, string>, string]>> = {
  gender: [GENDERS, '男、女'], education: [EDUCATIONS, '小学、初中、高中、中专、大专、本科、硕士研究生、博士研究生'], householdBeijing: [HOUSEHOLD, '京籍、非京籍'],
  migrantWorker: [YES_NO, '是、否'], employmentStatus: [EMPLOYMENT, '在岗、退休、终止劳动关系'], keeping: [KEEPINGS, '单位、属地、归口'], category: [CATEGORIES, '示范引领、帮扶救助、疏导关怀'],
};

const headerKey = (text: string) => text.replace(/^\uFEFF/, '').replace(/[（(][^）)]*[）)]/g, '').replace(/\s/g, '');
const SCALAR_BY_HEADER = new Map(SCALARS.flatMap(([field, names, max]) => names.map((n) => [headerKey(n).toUpperCase(), { field, max }] as const)));

/** A group column knows its group's key (家庭成员#1) and where its header is kept, so a row builds no keys. */
type Column = { kind: 'scalar'; field: Scalar; max: number; header: string }
  | { kind: 'group'; group: string; index: number; part: string; header: string; key: string; headerKey: string };

/** What each column of the header row is; unknown or repeated headers are problems of row 1. */
export function readHeader(cells: string[]): { columns: (Column | null)[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const columns = cells.map((cell): Column | null => {
    const key = headerKey(cell);
    if (!key) return null;
    const scalar = SCALAR_BY_HEADER.get(key.toUpperCase());
    const group = /^(家庭成员|工作简历|荣誉称号)(\d+)(.+)$/.exec(key);
    const column: Column | null = scalar ? { kind: 'scalar', ...scalar, header: cell.trim() }
      : group && GROUPS[group[1]][group[3]] ? {
        kind: 'group', group: group[1], index: Number(group[2]), part: GROUPS[group[1]][group[3]], header: cell.trim(),
        key: `${group[1]}#${Number(group[2])}`, headerKey: `${GROUPS[group[1]][group[3]]}#header`,
      } : null;
    const id = column?.kind === 'scalar' ? column.field : column ? `${column.group}${column.index}${column.part}` : key;
    if (!column) problems.push({ row: 1, column: cell.trim(), code: RegistryError.ImportColumnUnknown, params: { column: cell.trim() } });
    else if (seen.has(id)) problems.push({ row: 1, column: cell.trim(), code: RegistryError.ImportColumnRepeated, params: { column: cell.trim() } });
    seen.add(id);
    return column;
  });
  if (!seen.has('idNumber')) problems.push({ row: 1, column: '身份证号码', code: RegistryError.ImportColumnMissing, params: { column: '身份证号码' } });
  return { columns, problems };
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?$/;
const daysIn = (year: number, month: number) => (month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28)
  : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date cell: 1970-03-15, 1970/3/15, 1970.03, 1970年3月 (the first of the month), or a spreadsheet date. */
export function cellDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  // Checked by the calendar, not by a Date (a row has up to three dates, an import tens of thousands of rows).
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${m[1]}-${two(month)}-${two(day)}`;
}

/**
 * One data row into a record, every problem of its own cells listed (checks against the database —
 * keeper, honors, existing records — come after, in registry-import.check.ts). `today` is the Beijing date.
 */
export function readRow(row: number, cells: string[], columns: (Column | null)[], today: string): { record: ImportRecord | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const record: ImportRecord = { row, idNumber: '', honors: [] };
  const groups = new Map<string, Group>();
  const problem = (column: string, code: string, params: Record<string, string | number> = {}) => problems.push({ row, column, code, params: { column, ...params } });
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i];
    const text = column ? (cells[i] ?? '').trim() : '';
    if (!column || !text) continue;
    if (column.kind === 'group') {
      let group = groups.get(column.key);
      if (!group) groups.set(column.key, (group = { group: column.group, index: column.index, parts: {} }));
      group.parts[column.part] = text;
      group.parts[column.headerKey] = column.header;
      continue;
    }
    if (text.length > column.max && [...text].length > column.max) { problem(column.header, RegistryError.ImportTooLong, { max: column.max }); continue; }
    const choice = CHOICES[column.field];
    if (choice) {
      const value = choice[0].get(text) ?? choice[0].get(text.toUpperCase());
      if (!value) { problem(column.header, RegistryError.ImportValue, { value: text, allowed: choice[1] }); continue; }
      const target = record as unknown as Record<string, unknown>;
      target[column.field] = column.field === 'householdBeijing' || column.field === 'migrantWorker' ? value === 'Y' : value;
      continue;
    }
    if (column.field === 'idNumber') {
      // The number itself never goes into a problem: the report is shown and kept.
      const id = normalIdNumber(text);
      if (!id) { problem(column.header, RegistryError.IdNumberInvalid); continue; }
      record.idNumber = id;
      continue;
    }
    if (column.field === 'birthDate') {
      const date = cellDate(text);
      if (!date) problem(column.header, RegistryError.ImportDate);
      else if (date > today) problem(column.header, RegistryError.FutureDate);
      else record.birthDate = date;
      continue;
    }
    (record as unknown as Record<string, unknown>)[column.field] = text;
  }
  if (!record.idNumber && !problems.some((p) => p.code === RegistryError.IdNumberInvalid)) problem('身份证号码', RegistryError.ImportRequired);
  readGroups(record, groups, today, problem);
  return { record: problems.length ? null : record, problems };
}

interface Group { group: string; index: number; parts: Record<string, string> }

function readGroups(record: ImportRecord, groups: Map<string, Group>, today: string, problem: (column: string, code: string, params?: Record<string, string | number>) => void): void {
  // By number (家庭成员1 before 家庭成员2), in column order within a number (the sort is stable).
  const sorted = [...groups.values()].sort((a, b) => a.index - b.index);
  const header = (g: Record<string, string>, part: string, group: string, index: number) => g[`${part}#header`] ?? `${group}${index}${part}`;
  for (const { group, index, parts: g } of sorted) {
    const need = (part: string, label: string) => {
      if (!g[part]) problem(`${group}${index}${label}`, RegistryError.ImportRequired);
      return g[part] ?? '';
    };
    const tooLong = (part: string, max: number) => {
      if (g[part] && [...g[part]].length > max) { problem(header(g, part, group, index), RegistryError.ImportTooLong, { max }); return true; }
      return false;
    };
    // null: blank; undefined: not a year (reported).
    const year = (part: string, min: number): number | null | undefined => {
      if (!g[part]) return null;
      const n = Number(g[part]);
      if (!/^\d{4}$/.test(g[part]) || n < min || n > Number(today.slice(0, 4))) { problem(header(g, part, group, index), RegistryError.YearInvalid); return undefined; }
      return n;
    };
    if (group === '家庭成员') {
      const relation = need('relation', '称谓');
      const name = need('name', '姓名');
      const birthYear = year('birthYear', 1900);
      if ([tooLong('relation', 20), tooLong('name', 60), tooLong('employer', 200)].some(Boolean) || !relation || !name || birthYear === undefined) continue;
      (record.familyMembers ??= []).push({ relation, name, birthYear, employer: g.employer ?? null });
    } else if (group === '工作简历') {
      const employer = need('employer', '单位');
      const post = need('post', '岗位');
      const fromText = need('from', '开始');
      const from = fromText ? cellDate(fromText) : null;
      const to = g.to ? cellDate(g.to) : null;
      if (fromText && !from) problem(header(g, 'from', group, index), RegistryError.ImportDate);
      if (g.to && !to) problem(header(g, 'to', group, index), RegistryError.ImportDate);
      if (from && from > today) problem(header(g, 'from', group, index), RegistryError.FutureDate);
      if (from && to && to < from) problem(header(g, 'to', group, index), RegistryError.DateOrder);
      if ([tooLong('employer', 200), tooLong('post', 100)].some(Boolean) || !employer || !post || !from || (g.to && !to) || from > today || (to && to < from)) continue;
      (record.workHistory ??= []).push({ employer, post, from, to });
    } else {
      const name = need('name', '名称');
      need('year', '年度');
      const y = year('year', 1950);
      if (tooLong('conferredByName', 100) || !name || !y) continue;
      record.honors.push({ name, year: y, conferredByName: g.conferredByName ?? null, column: header(g, 'name', group, index) });
    }
  }
}
