import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

describe('visits and coverage, on the district’s staff pages', () => {
  it('recording the district union’s visit in the form makes a model worker covered for the year', async () => {
    // The unit has visited the demo model worker twice this year (the grassroots duty); the district union has not.
    const unit = await app.t.as('unit');
    const found = await unit.ok(`{ registryRecords(first: 1, search: "张建国") { nodes { id } } }`);
    const worker = found.registryRecords.nodes[0].id;
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    for (let i = 0; i < 2; i++) {
      const r = await unit.ok(`mutation($w: ID!, $on: String!) { careVisitRecord(input: { modelWorker: $w, visitedOn: $on, visitorName: "李红", visitorKind: GRASSROOTS_CADRE, reason: HOME_VISIT }) { userErrors { code } } }`, { w: worker, on: today });
      expect(r.careVisitRecord.userErrors).toEqual([]);
    }

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'chaoyang');
    await page.goto('/staff/care/coverage');
    await page.getByTestId(`care-coverage-${worker}`).waitFor();
    const covered = Number((await page.getByTestId('care-coverage-covered').locator('.n-statistic-value__content').innerText()).trim());

    await page.goto('/staff/care/visits');
    const form = page.getByTestId('care-visit-form');
    await form.locator('.n-base-selection').first().click();
    await page.keyboard.type('张建国');
    await page.locator('.n-base-select-option', { hasText: '张建国' }).click();
    await page.getByTestId('care-visit-visitor').locator('input').fill('孙丽');
    await page.getByTestId('care-visit-kind').click();
    await page.locator('.n-base-select-option', { hasText: '区总工会职工' }).click();
    await form.locator('textarea').first().fill('腰椎不适，希望安排疗养');
    await page.getByTestId('care-visit-submit').click();
    await sees(page, '已登记走访');
    await sees(page, '腰椎不适，希望安排疗养');

    await page.goto('/staff/care/coverage');
    await page.getByTestId('care-coverage-summary').waitFor();
    await page.getByTestId('care-coverage-covered').getByText(String(covered + 1), { exact: true }).waitFor();
    expect(await page.getByTestId(`care-coverage-${worker}`).count()).toBe(0);
  });
});
