import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Operation, requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { audit } from '../audit/audit.service.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory, ModelWorkerStatus } from './registry.enums.js';
import { registryWhere, type RegistryFilter } from './registry.queries.js';
import { normalIdNumber, maskIdNumber } from './id-number.js';
import { RegistryImportFormat } from './registry-import.enums.js';

/**
 * 导出: the list a keeper sees (the same filter, the same scope), as XLSX or CSV, in the import's
 * columns. ID numbers stay masked and health and family hardship are left out (PIPL: no more than the
 * office's lists need); every export is audited — who, when, which filter, how many rows.
 */
const HEADERS = ['姓名', '性别', '出生年月', '民族', '政治面貌', '文化程度', '身份证号码', '联系电话', '家庭住址', '户籍', '是否农民工',
  '工作单位', '岗位', '在岗情况', '管理单位', '管理方式', '分类', '分类理由', '荣誉称号', '状态', '年度更新'];

const GENDER: Record<Gender, string> = { MALE: '男', FEMALE: '女' };
const EDUCATION: Record<Education, string> = {
  PRIMARY: '小学', JUNIOR_HIGH: '初中', SENIOR_HIGH: '高中', VOCATIONAL: '中专', JUNIOR_COLLEGE: '大专', BACHELOR: '本科', MASTER: '硕士研究生', DOCTOR: '博士研究生',
};
const EMPLOYMENT: Record<EmploymentStatus, string> = { IN_POST: '在岗', RETIRED: '退休', EMPLOYMENT_ENDED: '终止劳动关系' };
const KEEPING: Record<Keeping, string> = { EMPLOYER: '单位', LOCALITY: '属地', SYSTEM: '归口' };
const CATEGORY: Record<ModelWorkerCategory, string> = { EXEMPLARY: '示范引领', ASSISTANCE: '帮扶救助', CARE: '疏导关怀' };
const STATUS: Record<ModelWorkerStatus, string> = { ACTIVE: '在册', REVOKED: '已撤销称号', DECEASED: '已去世' };
const yesNo = (v: boolean | null | undefined, yes: string, no: string) => (v == null ? '' : v ? yes : no);

const PAGE = 2000;

/** The filter as the audit keeps it: an ID number searched for is kept masked, like everywhere else. */
function auditedFilter(filter: RegistryFilter): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const id = typeof kept.search === 'string' ? normalIdNumber(kept.search) : null;
  if (id) kept.search = maskIdNumber(id);
  return kept;
}

/** Parses the list's filter from a query string (unknown enum values are dropped, like an absent filter). */
export function filterFromQuery(query: Record<string, unknown>): RegistryFilter {
  const text = (k: string) => (typeof query[k] === 'string' && query[k] ? (query[k] as string) : undefined);
  const oneOf = <E extends string>(values: Record<string, E>, k: string) => (Object.values(values).includes(text(k) as E) ? (text(k) as E) : undefined);
  return {
    search: text('search'), level: oneOf(HonorLevel, 'level'), category: oneOf(ModelWorkerCategory, 'category'),
    employmentStatus: oneOf(EmploymentStatus, 'employmentStatus'), status: oneOf(ModelWorkerStatus, 'status'),
    pendingThisYear: text('pendingThisYear') === 'true' ? true : text('pendingThisYear') === 'false' ? false : undefined, organization: text('organization'),
  };
}

/** Counts the rows and writes the audit line (in its own transaction, before a byte is sent). */
export async function auditExport(em: EntityManager, viewer: ViewerState, now: Date, filter: RegistryFilter, format: RegistryImportFormat): Promise<number> {
  requireMay(viewer, Operation.REGISTRY_READ);
  return em.transactional(async (tx) => {
    const rows = await tx.count(ModelWorker, registryWhere(viewer, now, filter));
    audit(tx, viewer, { subject: viewer.account!, action: 'registry.exported', at: now, data: { format, filter: auditedFilter(filter), rows } });
    return rows;
  });
}

/** Every row of the list, page by page (name order), as the export's cells. */
async function* exportRows(em: EntityManager, viewer: ViewerState, now: Date, filter: RegistryFilter): AsyncGenerator<string[]> {
  const where = registryWhere(viewer, now, filter);
  for (let offset = 0; ; offset += PAGE) {
    const page = await em.find(ModelWorker, where, { orderBy: { name: 'asc', id: 'asc' }, limit: PAGE, offset, populate: ['organization'] });
    if (!page.length) return;
    const honors = await em.find(ModelWorkerHonor, { modelWorker: { $in: page.map((w) => w.id) } }, { orderBy: { year: 'asc' } });
    const held = new Map<string, string[]>();
    for (const h of honors) {
      const text = `${h.honor.getEntity().name}（${h.year}${h.revokedAt ? '，已撤销' : ''}）`;
      held.set(h.modelWorker.id, [...(held.get(h.modelWorker.id) ?? []), text]);
    }
    for (const w of page) {
      yield [
        w.name, GENDER[w.gender], w.birthDate ?? '', w.ethnicity ?? '', w.politicalStatus ?? '', w.education ? EDUCATION[w.education] : '',
        w.idNumberMasked ?? '', w.phone ?? '', w.address ?? '', yesNo(w.householdBeijing, '京籍', '非京籍'), w.migrantWorker ? '是' : '否',
        w.employerName, w.post, EMPLOYMENT[w.employmentStatus], w.organization.getEntity().name, KEEPING[w.keeping], CATEGORY[w.category],
        w.categoryReason ?? '', (held.get(w.id) ?? []).join('；'), STATUS[w.status], w.confirmedYear ? String(w.confirmedYear) : '',
      ];
    }
    em.clear();
  }
}

/** Streams the export to `out`, which it ends. */
export async function writeExport(em: EntityManager, viewer: ViewerState, now: Date, filter: RegistryFilter, format: RegistryImportFormat, out: Writable): Promise<void> {
  if (format === RegistryImportFormat.CSV) {
    const csv = stringify();
    csv.pipe(out);
    // A BOM, so that Excel opens the UTF-8 file with its Chinese intact.
    out.write('\uFEFF');
    csv.write(HEADERS);
    for await (const row of exportRows(em, viewer, now, filter)) {
      if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
    await new Promise((resolve) => out.once('finish', resolve));
    return;
  }
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('劳模信息');
  sheet.addRow(HEADERS).commit();
  for await (const row of exportRows(em, viewer, now, filter)) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
}
