import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { beijingYear, CHAOYANG, newModelWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let city: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
const year = beijingYear();

const RECORD = `mutation($input: CareVisitRecordInput!) { careVisitRecord(input: $input) { visit { id } userErrors { code message } } }`;
const REPORT = `query($year: Int!) { careReport(year: $year) { total { visitedPeople } districts { district visitedPeople } } }`;

const visit = async (modelWorker: string, visitedOn: string) =>
  (await chaoyang.ok(RECORD, { input: { modelWorker, visitedOn, visitorName: '李红', visitorKind: 'GRASSROOTS_CADRE', reason: 'HOME_VISIT' } })).careVisitRecord;

beforeAll(async () => {
  t = await startTestApp();
  [city, chaoyang, haidian] = await Promise.all(['city', 'chaoyang', 'haidian'].map((u) => t.as(u)));
  const twice = (await newModelWorker(t, 'rv-twice', ['NATIONAL_MODEL_WORKER'])).worker.nodeId;
  const once = (await newModelWorker(t, 'rv-once', ['BJ_MODEL_WORKER'])).worker.nodeId;
  const lastYearOnly = (await newModelWorker(t, 'rv-last-year', ['BJ_MODEL_WORKER'])).worker.nodeId;
  for (const [worker, on] of [[twice, `${year}-01-05`], [twice, `${year}-02-10`], [once, `${year}-01-20`], [once, `${year - 1}-12-30`], [lastYearOnly, `${year - 1}-06-01`]]) {
    expect((await visit(worker, on)).userErrors).toEqual([]);
  }
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('the care report counts the people visited in the year (seed 003’s 走访慰问人数)', () => {
  it('counts each model worker once however often visited, and only visits of the year', async () => {
    const report = (await city.ok(REPORT, { year })).careReport;
    expect(report.total.visitedPeople).toBe(2);
    expect(report.districts).toEqual([{ district: CHAOYANG, visitedPeople: 2 }]);
    expect((await city.ok(REPORT, { year: year - 1 })).careReport.total.visitedPeople).toBe(2);
  });

  it('in the viewer’s scope: the district sees its own, another district none', async () => {
    expect((await chaoyang.ok(REPORT, { year })).careReport.total.visitedPeople).toBe(2);
    const theirs = (await haidian.ok(REPORT, { year })).careReport;
    expect(theirs.total.visitedPeople).toBe(0);
    expect(theirs.districts).toEqual([]);
  });

  it('the export has the people visited per district and for the city', async () => {
    const base64 = (await city.ok(`query($year: Int!) { careReportWorkbook(year: $year) }`, { year })).careReportWorkbook;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('走访慰问')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '区域', '走访人数']);
    expect(sheet.getRow(2).values).toEqual([undefined, CHAOYANG, 2]);
    expect(sheet.getRow(3).values).toEqual([undefined, '全市合计', 2]);
  });
});
