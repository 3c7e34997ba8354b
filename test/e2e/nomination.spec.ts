import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { proposeColleague, recordRecommendationAndReport } from '../support/nomination-pages.js';
import { pageText as text, sees, signIn } from '../support/pages.js';

// The clock is set back to March 2026: sessions must outlive the browser's real date, or it drops the cookie.
const app = useBrowserApp({ sessionDays: 36_500 });


describe('an employee proposes a colleague and the unit walks the file to the end of notice 1', () => {
  it('goes from the employee’s stepwise form through the staff pages to the unit notice’s end', async () => {
    app.t.clock.set('2026-03-02');
    const employee = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(employee, 'employee');
    // An employee finds 推荐候选人 in their personal area, from the menu of the phone's header.
    await employee.getByRole('button', { name: '打开菜单' }).click();
    await employee.getByRole('link', { name: '个人中心' }).click();
    await employee.getByRole('link', { name: '推荐候选人' }).click();
    await employee.waitForURL(/\/nominations\/new$/);
    await proposeColleague(employee, '高振华');
    expect(await text(employee)).toContain('高振华');

    const unit = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto('/staff/workbench');
    await unit.getByRole('button', { name: '待单位决定' }).click();
    await unit.getByRole('link', { name: /高振华/ }).click();
    await unit.getByRole('button', { name: '采纳并提名' }).click();
    await sees(unit, '已办理：采纳并提名');

    await recordRecommendationAndReport(unit);

    await unit.getByRole('link', { name: '发布单位公示' }).click();
    await unit.getByText(/高振华 · /).click();
    await unit.getByRole('button', { name: '发布公示' }).last().click();
    await unit.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await sees(unit, '已发布：2026-03-02 至 2026-03-06，共 5 个工作日');
    // The candidate just published is not offered again, and the page lists the notice with them.
    await unit.getByText(/高振华 · /).waitFor({ state: 'detached' });
    await unit.locator('.n-card', { hasText: '已发布的公示' }).getByText('高振华').waitFor();

    await unit.goto('/staff/nominations');
    await unit.getByRole('link', { name: /高振华/ }).click();
    await sees(unit, '单位公示中');
    await unit.getByRole('button', { name: '单位公示期满通过' }).click();
    await sees(unit, '公示期至 2026-03-06 结束');

    app.t.clock.set('2026-03-07');
    await unit.reload();
    await unit.getByRole('button', { name: '单位公示期满通过' }).click();
    await sees(unit, '单位公示期满');
    await sees(unit, '记录党委意见');
  });
});
