import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { pageText as text, requestTransfer, sees, signIn } from '../support/pages.js';
import { UNIT } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('the staff registry', () => {
  it('a unit’s staff open the list, a record’s six tabs and its whole ID number, change it, and confirm it for the year', async () => {
    app.t.clock.set('2026-11-20');
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff');
    await page.getByRole('link', { name: '劳模信息库' }).first().click();
    await sees(page, '劳模信息数据库');
    // Only the unit's own records, with ID numbers masked.
    await sees(page, /110105\*{8}\d{3}[\dX]/);
    expect(await text(page)).not.toMatch(/110105\d{8}\d{3}[\dX]/);
    expect(await text(page)).not.toContain('北京中关村芯片设计有限公司');

    await page.locator('.n-data-table-tr', { hasText: /110105\*{8}/ }).locator('a').first().click();
    for (const tab of ['个人情况', '家庭情况', '工作简历', '先进事迹', '荣誉称号', '需求建议']) await sees(page, tab);
    const masked = await page.locator('[data-test="id-number"]').innerText();
    expect(masked).toMatch(/^110105\*{8}/);
    await page.locator('[data-test="reveal-id"]').click();
    await expect.poll(() => page.locator('[data-test="id-number"]').innerText()).toMatch(/^110105\d{11}[\dX]$/);

    await page.getByRole('button', { name: '修改信息' }).click();
    const drawer = page.locator('.n-drawer');
    await drawer.locator('.n-form-item', { hasText: '需求建议' }).locator('textarea').fill('希望组织劳模技能交流活动');
    await drawer.getByRole('button', { name: '保存' }).click();
    await sees(page, '已保存');
    await page.locator('.n-tabs-tab', { hasText: '需求建议' }).click();
    await sees(page, '希望组织劳模技能交流活动');

    await page.locator('.n-tabs-tab', { hasText: '分类与年度更新' }).click();
    await page.locator('[data-test="confirm-reason"] textarea').fill('在岗骨干，本年度信息无变化');
    await page.locator('[data-test="confirm-submit"]').click();
    await sees(page, '已确认本年度信息');
    await sees(page, '最近确认年度：2026');

    await page.locator('.n-tabs-tab', { hasText: '历史' }).click();
    await sees(page, '查看完整身份证号码');
    await sees(page, '年度确认');
    await sees(page, '修改信息');
  });

  it('a unit asks the district where a model worker lives to keep the record, and that district accepts it on its yearly page', async () => {
    const unit = await app.browser.page({ baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto('/staff/registry');
    await unit.locator('.n-data-table-tr', { hasText: /110105\*{8}/ }).locator('a').last().click();
    await sees(unit, '个人情况');
    const name = (await unit.locator('h1.laomo-page-title').innerText()).trim();
    await unit.locator('.n-tabs-tab', { hasText: '管理与报告' }).click();
    await requestTransfer(unit, '海淀区总工会', '已退休，居住在海淀区');
    await sees(unit, '已提交移交申请');
    await sees(unit, '待接收');

    const haidian = await app.browser.page({ baseURL: app.t.url });
    await signIn(haidian, 'haidian');
    await haidian.goto('/staff/registry/yearly');
    await sees(haidian, '待接收的移交');
    const row = haidian.locator('.n-data-table-tr', { hasText: name });
    await row.getByRole('button', { name: '接收' }).click();
    await sees(haidian, '已接收');
    await haidian.goto(`/staff/registry?search=${encodeURIComponent(name)}`);
    await sees(haidian, name);
    expect(await text(haidian)).toContain('海淀区总工会');
  });

  it('the city’s yearly page lists its keepers a page at a time and, when asked, only those not done', async () => {
    app.t.clock.set('2026-11-20');
    // The unit confirms every record it keeps (through the API), so it is done for the year.
    const unit = await app.t.as('unit');
    const pending = (await unit.ok(`{ registryRecords(first: 100, pendingThisYear: true) { nodes { id } } }`)).registryRecords.nodes;
    for (const { id } of pending) {
      await unit.ok(`mutation($id: ID!) { modelWorkerConfirm(input: { modelWorker: $id, category: EXEMPLARY, categoryReason: "在岗骨干" }) { userErrors { code } } }`, { id });
    }
    const city = await app.browser.page({ baseURL: app.t.url });
    await signIn(city, 'city');
    await city.goto('/staff/registry/yearly');
    await sees(city, '2026 年度更新进度');
    const rows = city.locator('[data-test="progress-row"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThanOrEqual(20);
    // The demo city has more keepers than a page: the unit, done, is on the last page, last.
    const card = city.locator('.n-card', { hasText: '年度更新进度' });
    const first = await rows.first().innerText();
    await card.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => rows.first().innerText()).not.toBe(first);
    await expect.poll(async () => (await rows.allInnerTexts()).at(-1)).toContain(UNIT);
    expect(await card.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    await city.locator('[data-test="pending-only"]').click();
    // Every keeper left has a record pending; the unit, all confirmed, is not among them.
    await expect.poll(async () => (await rows.allInnerTexts()).every((row) => !/未确认 0$/.test(row.trim()))).toBe(true);
    expect(await rows.count()).toBeGreaterThan(0);
    expect((await rows.allInnerTexts()).some((row) => row.includes(UNIT))).toBe(false);
  });

  it('a unit’s staff enter a model worker (errors beside their fields), add an honor, a family member and a work-history line, and see them on the record', async () => {
    app.t.clock.set('2026-11-20');
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff/registry');
    await page.locator('[data-test="registry-create"]').click();
    const drawer = page.locator('.n-drawer');
    // Nothing filled: each required field says so beside itself.
    await drawer.locator('[data-test="create-submit"]').click();
    await sees(page, '请填写姓名');
    await sees(page, '请选择管理单位');
    await drawer.locator('.n-form-item', { hasText: '管理单位' }).first().locator('.n-base-selection').click();
    await page.keyboard.type('北京燕京精密机械');
    await page.locator('.n-base-select-option', { hasText: /北京燕京精密机械有限公司工会$/ }).click();
    await drawer.locator('[data-test="create-name"] input').fill('冯志刚');
    await drawer.locator('[data-test="create-employer"] input').fill('北京燕京精密机械有限公司');
    await drawer.locator('[data-test="create-post"] input').fill('高级技师');
    // A bad ID number comes back from the server, in Chinese, under its field.
    await drawer.locator('[data-test="create-id-number"] input').fill('110105197001010000');
    await drawer.locator('[data-test="create-submit"]').click();
    await expect.poll(() => drawer.locator('.n-form-item', { hasText: '身份证号码' }).innerText()).toContain('身份证号码无效');
    await drawer.locator('[data-test="create-id-number"] input').fill('');
    await drawer.locator('[data-test="create-submit"]').click();
    await expect.poll(() => page.locator('h1.laomo-page-title').innerText()).toBe('冯志刚');

    await page.locator('.n-tabs-tab', { hasText: '荣誉称号' }).click();
    await page.locator('[data-test="honor-add"]').click();
    const honorForm = page.locator('[data-test="honor-add-form"]');
    await honorForm.locator('.n-base-selection').click();
    await page.locator('.n-base-select-option', { hasText: '北京市劳动模范' }).click();
    await sees(page, '享受劳模待遇：是');
    await honorForm.locator('[data-test="honor-add-year"] input').fill('2005');
    await honorForm.locator('[data-test="honor-add-body"] input').fill('北京市人民政府');
    await honorForm.locator('[data-test="honor-add-submit"]').click();
    await sees(page, '已补录荣誉称号');
    const honors = page.locator('.n-tab-pane').filter({ hasText: '北京市人民政府' });
    await expect.poll(() => honors.innerText()).toMatch(/北京市劳动模范[\s\S]*2005[\s\S]*北京市人民政府[\s\S]*是/);

    await page.locator('.n-tabs-tab', { hasText: '家庭情况' }).click();
    await page.locator('[data-test="family-edit"]').click();
    await page.locator('[data-test="family-add"]').click();
    await page.locator('[data-test="family-relation"] input').fill('配偶');
    await page.locator('[data-test="family-name"] input').fill('陈秀英');
    await page.locator('[data-test="family-birth-year"] input').fill('1972');
    await page.locator('[data-test="family-employer"] input').fill('北京市第二中学');
    await page.locator('[data-test="family-save"]').click();
    await sees(page, '已保存');
    await expect.poll(() => page.locator('.n-tab-pane table').first().innerText()).toMatch(/配偶\s+陈秀英\s+1972\s+北京市第二中学/);

    await page.locator('.n-tabs-tab', { hasText: '工作简历' }).click();
    await page.locator('[data-test="work-edit"]').click();
    await page.locator('[data-test="work-add"]').click();
    await page.locator('[data-test="work-employer"] input').fill('北京第一机床厂');
    await page.locator('[data-test="work-post"] input').fill('车工');
    const from = page.locator('[data-test="work-from"] input');
    await from.fill('1990-07-01');
    await from.press('Enter');
    const to = page.locator('[data-test="work-to"] input');
    await to.fill('1999-12-31');
    await to.press('Enter');
    await page.locator('[data-test="work-save"]').click();
    await expect.poll(() => text(page)).toMatch(/北京第一机床厂\s+车工\s+1990-07-01 – 1999-12-31/);

    // Reloaded, the record shows all of it, and its history names each change.
    await page.reload();
    await page.locator('.n-tabs-tab', { hasText: '家庭情况' }).click();
    await sees(page, '陈秀英');
    await page.locator('.n-tabs-tab', { hasText: '工作简历' }).click();
    await sees(page, '北京第一机床厂');
    await page.locator('.n-tabs-tab', { hasText: '荣誉称号' }).click();
    await sees(page, '北京市人民政府');
    await page.locator('.n-tabs-tab', { hasText: '历史' }).click();
    await sees(page, '补录荣誉称号');
    await sees(page, '登记');
  });
});
