import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser-app.js';

// The clock is set back to March 2026: sessions must outlive the browser's real date, or it drops the cookie.
const app = useBrowserApp({ sessionDays: 36_500 });

async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/signin');
  await page.getByPlaceholder('请输入手机号或用户名').fill(login);
  await page.getByPlaceholder('请输入密码').fill('Laomo@2026');
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('欢迎回来');
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

describe('an employee proposes a colleague and the unit walks the file to the end of notice 1', () => {
  it('goes from the employee’s stepwise form through the staff pages to the unit notice’s end', async () => {
    app.t.clock.set('2026-03-02');
    const employee = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(employee, 'employee');
    await employee.goto('/nominations/new');
    await employee.locator('.n-form-item', { hasText: '申报荣誉' }).locator('.n-base-selection').click();
    await employee.getByText('北京市劳动模范', { exact: true }).click();
    await employee.getByRole('button', { name: '下一步' }).click();
    await employee.getByRole('textbox', { name: '候选人姓名' }).fill('高振华');
    await employee.getByRole('textbox', { name: '工作单位' }).fill('北京燕京精密机械有限公司');
    await employee.getByRole('textbox', { name: '职务（岗位）' }).fill('装配钳工 技师');
    await employee.getByRole('button', { name: '下一步' }).click();
    await employee.getByRole('textbox', { name: '事迹摘要（公示用，500 字以内）' }).fill('二十五年扎根装配一线，主持工装改进 18 项。');
    await employee.getByRole('textbox', { name: '详细事迹（2000 字以内）' }).fill('详细事迹：带领班组攻关精密主轴装配难题……');
    await employee.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => text(employee)).toContain('资格条件均已满足');
    await employee.getByText('候选人同意公示').click();
    await employee.getByRole('button', { name: '提交给单位工会' }).click();
    await expect.poll(() => text(employee)).toContain('待单位决定');
    expect(await text(employee)).toContain('高振华');

    const unit = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto('/staff/workbench');
    await unit.getByRole('button', { name: '待单位决定' }).click();
    await unit.getByRole('link', { name: /高振华/ }).click();
    await unit.getByRole('button', { name: '采纳并提名' }).click();
    await expect.poll(() => text(unit)).toContain('已办理：采纳并提名');

    await unit.getByRole('button', { name: '记录民主推荐' }).click();
    for (const [name, value] of [['应到人数', '60'], ['实到人数', '52'], ['赞成', '47'], ['反对', '3'], ['弃权', '2']]) {
      await unit.getByRole('textbox', { name }).fill(value);
    }
    await unit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => text(unit)).toContain('民主推荐通过');

    await unit.getByRole('button', { name: '记录事迹报告' }).click();
    await unit.getByRole('textbox', { name: '报告范围' }).fill('全体职工大会（310 人）');
    await unit.getByRole('textbox', { name: '报告内容' }).fill('事迹报告会，宣读事迹材料并答疑');
    await unit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => text(unit)).toContain('事迹已报告');

    await unit.getByRole('link', { name: '发布单位公示' }).click();
    await unit.getByText(/高振华 · /).click();
    await unit.getByRole('button', { name: '发布公示' }).last().click();
    await unit.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => text(unit)).toContain('已发布：2026-03-02 至 2026-03-06，共 5 个工作日');

    await unit.goto('/staff/nominations');
    await unit.getByRole('link', { name: /高振华/ }).click();
    await expect.poll(() => text(unit)).toContain('单位公示中');
    await unit.getByRole('button', { name: '单位公示期满通过' }).click();
    await expect.poll(() => text(unit)).toContain('公示期至 2026-03-06 结束');

    app.t.clock.set('2026-03-07');
    await unit.reload();
    await unit.getByRole('button', { name: '单位公示期满通过' }).click();
    await expect.poll(() => text(unit)).toContain('单位公示期满');
    await expect.poll(() => text(unit)).toContain('记录党委意见');
  });
});
