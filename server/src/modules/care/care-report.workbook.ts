import ExcelJS from 'exceljs';
import { GrantCause } from './care.enums.js';
import type { CareReport, ReportPart } from './care-report.queries.js';

const CAUSE_NAMES: Record<GrantCause, string> = {
  OWN_SERIOUS_ILLNESS: '本人患重大疾病', HOME_FIRE: '家庭遭受火灾', ACCIDENT_DISABILITY: '非因工意外致重度残疾',
  DEATH: '去世慰问', DEPENDENT_SERIOUS_ILLNESS: '无收入配偶或未成年子女患重大疾病',
};
const CITY_LEVEL = '市级直属';

/** The report as an XLSX workbook (base64): money by kind per district, then grants by cause per district, then people visited per district. */
export async function careReportWorkbook(report: CareReport): Promise<string> {
  const book = new ExcelJS.Workbook();
  const kinds = [...new Map(report.total.allowances.map((k) => [k.code, k.name])).entries()];
  const money = book.addWorksheet('发放金额');
  money.addRow([`${report.year} 年劳模关爱服务报告（金额单位：元）`]);
  money.addRow(['区域', ...kinds.map(([, name]) => name), '困难救助', '合计']);
  const moneyRow = (part: ReportPart, label: string) => money.addRow([
    label, ...kinds.map(([code]) => part.allowances.find((k) => k.code === code)?.amountYuan ?? 0),
    part.grants.reduce((s, g) => s + g.amountYuan, 0), part.paidYuan,
  ]);
  for (const part of report.districts) moneyRow(part, part.district ?? CITY_LEVEL);
  moneyRow(report.total, '全市合计').font = { bold: true };
  const causes = book.addWorksheet('困难救助');
  causes.addRow(['区域', '救助事由', '件数', '金额（元）']);
  for (const part of [...report.districts, { ...report.total, district: '全市合计' }]) {
    for (const g of part.grants) causes.addRow([part.district ?? CITY_LEVEL, CAUSE_NAMES[g.cause], g.count, g.amountYuan]);
  }
  const visits = book.addWorksheet('走访慰问');
  visits.addRow(['区域', '走访人数']);
  for (const part of report.districts) visits.addRow([part.district ?? CITY_LEVEL, part.visitedPeople]);
  visits.addRow(['全市合计', report.total.visitedPeople]).font = { bold: true };
  money.getColumn(1).width = 18;
  causes.getColumn(2).width = 30;
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}
