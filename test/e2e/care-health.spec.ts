import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, sees, signIn } from '../support/pages.js';
import { CITY, newCareWorker, setCareBudget } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('a model worker books a health check on their own page, and the district’s staff see it', () => {
  it('张建国 books the 1,200 yuan package; 朝阳 sees the booking with the unit’s 30% share', async () => {
    const city = await app.t.as('city');
    const created = await city.ok(`mutation { healthCheckBatchCreate(input: {
      name: "年度劳模体检（第一批）", venue: "北京工人疗养院", startsOn: "2026-12-21", endsOn: "2026-12-23", capacity: 40 }) { batch { id } userErrors { code } } }`);
    expect(created.healthCheckBatchCreate.userErrors).toEqual([]);
    const batch = created.healthCheckBatchCreate.batch.id;

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'modelworker');
    await page.goto('/me');
    await page.getByText('我的关爱服务').first().click();
    await sees(page, '可预约的体检批次');
    const row = page.getByTestId(`open-check-${batch}`);
    await row.getByText('已约 0 / 剩余 40').waitFor({ timeout: PATIENCE });
    await row.locator('.n-base-selection').click();
    await page.locator('.n-base-select-option', { hasText: '1200元' }).click();
    await row.getByRole('button', { name: '预约' }).click();
    await sees(page, '单位承担 360.00');
    await row.getByText('已约 1 / 剩余 39').waitFor({ timeout: PATIENCE });

    const staff = await app.browser.page({ baseURL: app.t.url });
    await signIn(staff, 'chaoyang');
    await staff.goto('/staff/care/health-checks');
    await staff.locator('.n-tabs-tab', { hasText: '预约与到检' }).click();
    const booked = staff.locator('tr', { hasText: '张建国' }).filter({ hasText: '年度劳模体检（第一批）' });
    await booked.getByText('已预约').waitFor({ timeout: PATIENCE });
    await booked.getByText('360.00').waitFor({ timeout: PATIENCE });
    await booked.getByText('840.00').waitFor({ timeout: PATIENCE });
  });

  it('the city records an attendance past its care budget only with a reason; the budgets page shows it as a health check', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await setCareBudget(app.t, 'city', CITY, Number(today.slice(0, 4)), 100);
    const city = await app.t.as('city');
    const batch = (await city.ok(`mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id } } }`, {
      input: { name: '到检预算批次', venue: '北京工人医院', startsOn: today, endsOn: today, capacity: 5 },
    })).healthCheckBatchCreate.batch.id;
    const worker = await newCareWorker(app.t, '到检预算劳模', { withAccount: false });
    const pkg = (await city.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages.find((p: { code: string }) => p.code === 'MUNICIPAL_1200').id;
    const booked = await (await app.t.as('chaoyang')).ok(`mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`, {
      input: { batch, package: pkg, modelWorker: worker.id },
    });
    expect(booked.healthCheckBook.userErrors).toEqual([]);

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'city');
    await page.goto('/staff/care/health-checks');
    await page.locator('.n-tabs-tab', { hasText: '预约与到检' }).click();
    const row = page.getByTestId(`check-booking-${booked.healthCheckBook.booking.id}`);
    await row.getByRole('button', { name: '登记到检' }).click();
    const dialog = page.locator('.n-dialog');
    await dialog.getByText('预算 100 元，已支出 0 元，本次 840 元').waitFor({ timeout: PATIENCE });
    await row.getByText('已预约').waitFor({ timeout: PATIENCE });
    await dialog.locator('textarea').fill('体检已完成，费用须与医院结算');
    await dialog.getByRole('button', { name: '说明理由后批准' }).click();
    await row.getByText('已体检').waitFor({ timeout: PATIENCE });

    await page.goto('/staff/care/budgets');
    const charge = page.locator('tr', { hasText: '到检预算批次' });
    await charge.getByText('健康体检').waitFor({ timeout: PATIENCE });
    await charge.getByText('体检已完成，费用须与医院结算', { exact: false }).waitFor({ timeout: PATIENCE });
  });

  it('朝阳’s staff record a check the model worker had at another hospital: it counts as the year’s check and leaves the missing list', async () => {
    // 一 sorts first by name, so the new person is on the list's first page whatever else the suite created.
    const worker = await newCareWorker(app.t, '一院外体检劳模', { withAccount: false });
    const missingIds = async () => (await (await app.t.as('chaoyang')).ok(`query($year: Int!) { healthCheckMissing(year: $year, first: 50) { nodes { modelWorker { id } } } }`,
      { year: 2026 })).healthCheckMissing.nodes.map((n: { modelWorker: { id: string } }) => n.modelWorker.id);
    expect(await missingIds()).toContain(worker.id);

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'chaoyang');
    await page.goto('/staff/care/health-checks');
    await page.locator('.n-tabs-tab', { hasText: '本年度未体检' }).click();
    const row = page.getByTestId(`elsewhere-${worker.id}`);
    const record = row.getByRole('button', { name: '记录院外体检' });
    await row.getByLabel('院外体检医院').fill('北京协和医院');
    await expect.poll(() => record.isDisabled(), { timeout: PATIENCE }).toBe(true);
    await row.locator('.n-date-picker input').fill('2026-11-20');
    await row.locator('.n-date-picker input').press('Enter');
    await record.click();
    await sees(page, '已记录院外体检，计入本年度体检');
    await row.waitFor({ state: 'detached', timeout: PATIENCE });
    expect(await missingIds()).not.toContain(worker.id);
  });
});
