import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser-app.js';
import { proposeColleague, recordRecommendationAndReport, sees, signIn } from '../support/nomination-pages.js';

// The real date under the demo is fixed on a Monday so the notices' dates are known; sessions must
// outlive the browser's own date, or it drops the cookie.
const app = useBrowserApp({ sessionDays: 36_500 });

const CANDIDATE = '高振华';

async function staffPage(login: string): Promise<Page> {
  const page = await app.browser.page({ baseURL: app.t.url });
  await signIn(page, login);
  return page;
}

/** Opens the candidate's file from the staff list of nominations. */
async function openFile(page: Page): Promise<void> {
  await page.goto('/staff/nominations');
  await page.getByRole('link', { name: new RegExp(CANDIDATE) }).first().click();
  await sees(page, '可办理事项');
}

/** Takes a step of the file by its button, confirming when the page asks first. */
async function take(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const done = page.getByText(`已办理：${action}`).first();
  const confirm = page.getByRole('dialog').getByRole('button', { name: /^(确定|确认)$/ });
  await done.or(confirm).first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await done.waitFor();
}

/** Publishes the notice of the file's current stage from its file page; answers the notice's period. */
async function publishNotice(page: Page, link: string, expected: string): Promise<void> {
  await page.getByRole('link', { name: link }).click();
  await page.getByText(new RegExp(`${CANDIDATE} · `)).click();
  await page.getByRole('button', { name: '发布公示' }).last().click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await sees(page, expected);
}

/** The administrator moves the demo clock forward from the staff header's 演示时钟. */
async function advanceDemoClock(admin: Page, from: string, workingDays: number, to: string): Promise<void> {
  await admin.goto('/staff');
  await admin.getByRole('link', { name: `演示时钟 ${from}` }).click();
  await sees(admin, '演示日期');
  const days = admin.getByRole('textbox', { name: '前进工作日数' });
  await days.fill(String(workingDays));
  await days.press('Tab');
  await admin.getByRole('button', { name: `前进 ${workingDays} 个工作日` }).click();
  await sees(admin, `演示日期已调整为 ${to}`);
  await admin.getByRole('link', { name: `演示时钟 ${to}` }).waitFor();
}

describe('a visitor walks one file of the demo from nomination to conferral in the pages, moving the demo clock', () => {
  it('an employee proposes, the unit, 朝阳区总工会 and 市总工会 take every step, and the administrator moves the demo clock past each notice', async () => {
    app.t.clock.set('2026-03-02');
    const admin = await staffPage('admin');
    await admin.goto('/staff');
    await admin.getByRole('link', { name: '演示时钟 2026-03-02' }).waitFor();

    // 推荐: an employee proposes a colleague through the stepwise form.
    const employee = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(employee, 'employee');
    await proposeColleague(employee, CANDIDATE);

    // The unit: takes the proposal up, records the democratic recommendation and the deeds report,
    // and publishes the unit notice (单位公示).
    const unit = await staffPage('unit');
    await unit.goto('/staff/workbench');
    await unit.getByRole('button', { name: '待单位决定' }).click();
    await unit.getByRole('link', { name: new RegExp(CANDIDATE) }).click();
    await take(unit, '采纳并提名');
    await recordRecommendationAndReport(unit);
    await publishNotice(unit, '发布单位公示', '已发布：2026-03-02 至 2026-03-06，共 5 个工作日');

    // The notice runs five working days: the administrator moves the demo clock past it.
    await advanceDemoClock(admin, '2026-03-02', 5, '2026-03-09');

    // The unit passes the notice, records the party committee's consent and submits to the district.
    await openFile(unit);
    await sees(unit, '演示时钟 2026-03-09');
    await take(unit, '单位公示期满通过');
    await unit.getByRole('button', { name: '记录党委意见' }).click();
    await unit.getByRole('textbox', { name: '党委名称' }).fill('中共北京燕京精密机械有限公司委员会');
    await unit.getByRole('button', { name: '保存' }).click();
    await sees(unit, '党委已同意');
    await take(unit, '报送区县工会');
    await sees(unit, '待区县初审');

    // 朝阳区总工会: the preliminary review (初审) and the district notice.
    const chaoyang = await staffPage('chaoyang');
    await openFile(chaoyang);
    await take(chaoyang, '初审通过');
    await publishNotice(chaoyang, '发布区县公示', '已发布：2026-03-09 至 2026-03-13，共 5 个工作日');
    await advanceDemoClock(admin, '2026-03-09', 5, '2026-03-16');
    await openFile(chaoyang);
    await take(chaoyang, '区县公示期满通过');
    await take(chaoyang, '报送市总工会');
    await sees(chaoyang, '待市总复审');

    // 市总工会: the secondary review (复审), the city-wide notice, and conferral (命名表彰).
    const city = await staffPage('city');
    await openFile(city);
    await take(city, '复审通过');
    await publishNotice(city, '发布全市公示', '已发布：2026-03-16 至 2026-03-24，共 7 个工作日');
    await advanceDemoClock(admin, '2026-03-16', 7, '2026-03-25');
    await openFile(city);
    await take(city, '全市公示期满通过');
    await take(city, '命名表彰');
    await sees(city, '已命名表彰');

    // The employee who proposed the colleague sees the outcome in 我的推荐.
    await employee.goto('/nominations/mine');
    await sees(employee, '已命名表彰');
    expect(await employee.getByText(CANDIDATE).count()).toBeGreaterThan(0);
  }, 600_000);
});
