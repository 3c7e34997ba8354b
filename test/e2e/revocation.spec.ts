import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

/** The report on `name` in the revocations list (the list shows open reports first). */
const reportOf = (page: Page, name: string) => page.locator('[data-test="revocation"]', { hasText: name });

async function openRevocations(login: string): Promise<Page> {
  const page = await app.browser.page({ baseURL: app.t.url });
  await signIn(page, login);
  await page.goto('/staff');
  await page.getByRole('link', { name: '荣誉撤销' }).first().click();
  await sees(page, '荣誉撤销（退出机制）');
  return page;
}

describe('退出机制 in the staff pages', () => {
  it('a unit reports an honor on a record, each union above passes it up, and the city revokes it with a reason; the record shows the honor revoked', async () => {
    const unit = await app.browser.page({ baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto('/staff/registry');
    await unit.locator('.n-data-table-tr', { hasText: /110105\*{8}/ }).locator('a').first().click();
    await sees(unit, '个人情况');
    const name = (await unit.locator('h1.laomo-page-title').innerText()).trim();
    await unit.locator('.n-tabs-tab', { hasText: '荣誉称号' }).click();
    // The demo's municipal honors were entered without a conferring body on record: the city decides.
    const held = unit.locator('[data-test="held-honor"]', { hasText: '北京市劳动模范' }).first();
    await held.locator('[data-test="revocation-start"]').click();
    const form = unit.locator('[data-test="revocation-report"]');
    await form.getByRole('button', { name: '报告撤销荣誉' }).click();
    await sees(unit, '请填写撤销理由（违法违纪事实）');
    await form.locator('textarea').fill('因严重违法被依法追究刑事责任');
    await form.getByRole('button', { name: '报告撤销荣誉' }).click();
    await sees(unit, '已报告，将逐级报至授予机关');
    // A second report on the same honor is not offered while this one is open.
    await expect.poll(() => held.innerText()).toContain('撤销报告办理中');
    expect(await held.locator('[data-test="revocation-start"]').count()).toBe(0);
    // While it is open the record stays with its keeper: no transfer is offered, and the page says why.
    await unit.locator('.n-tabs-tab', { hasText: '管理与报告' }).click();
    await sees(unit, '该劳模有尚未决定的撤销称号报告，报告决定后方可移交');
    expect(await unit.getByRole('button', { name: '申请移交' }).count()).toBe(0);
    await unit.locator('.n-tabs-tab', { hasText: '荣誉称号' }).click();

    // The unit passes it up; it then sits at the district and the unit can only follow it.
    await held.getByRole('link', { name: '撤销报告办理中' }).click();
    await sees(unit, '荣誉撤销（退出机制）');
    const atUnit = reportOf(unit, name);
    await expect.poll(() => atUnit.locator('[data-test="revocation-at"]').innerText()).toBe('北京燕京精密机械有限公司工会');
    await atUnit.getByRole('button', { name: '报上级工会' }).click();
    await expect.poll(() => atUnit.locator('[data-test="revocation-at"]').innerText()).toBe('朝阳区总工会');
    expect(await atUnit.getByRole('button').count()).toBe(0);

    const chaoyang = await openRevocations('chaoyang');
    const atDistrict = reportOf(chaoyang, name);
    await atDistrict.getByRole('button', { name: '报上级工会' }).click();
    await expect.poll(() => atDistrict.locator('[data-test="revocation-at"]').innerText()).toBe('北京市总工会');

    // The conferring body decides, and only with a reason.
    const city = await openRevocations('city');
    const atCity = reportOf(city, name);
    await atCity.getByRole('button', { name: '撤销荣誉称号' }).click();
    await sees(city, '请填写理由');
    await expect.poll(() => atCity.locator('[data-test="revocation-state"]').innerText()).toBe('办理中');
    await atCity.locator('textarea').fill('经市总工会研究，撤销其北京市劳动模范称号');
    await atCity.getByRole('button', { name: '撤销荣誉称号' }).click();
    await city.locator('.n-dialog').getByRole('button', { name: '确定' }).click();
    await sees(city, '已办理');
    // Decided, it leaves the open reports; the filter shows it among the revoked ones, with the reason.
    await city.locator('.n-radio-button', { hasText: '已撤销' }).click();
    const revoked = reportOf(city, name);
    await expect.poll(() => revoked.locator('[data-test="revocation-state"]').innerText()).toBe('已撤销');
    await expect.poll(() => revoked.innerText()).toContain('经市总工会研究，撤销其北京市劳动模范称号');

    await revoked.getByRole('link', { name: '查看劳模信息' }).click();
    await sees(city, '个人情况');
    await city.locator('.n-tabs-tab', { hasText: '荣誉称号' }).click();
    const ended = city.locator('[data-test="held-honor"]', { hasText: '北京市劳动模范' }).first();
    await expect.poll(() => ended.innerText()).toContain('已撤销');
  });
});
