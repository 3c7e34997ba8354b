import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { choose, PATIENCE, pageText as text, sees } from '../support/pages.js';

const app = useBrowserApp();

describe('innovation studios', () => {
  it('a visitor on a phone filters studios by district and field, opens one and sees its results', async () => {
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await page.goto('/studios');
    await sees(page, /共找到 \d+ 个工作室/);

    await choose(page, '全部区县（产业）', /^朝阳区总工会（\d+）$/);
    await page.waitForURL(/district=/);
    await choose(page, '全部领域', /^工艺改进（\d+）$/);
    await page.waitForURL(/field=PROCESS_IMPROVEMENT/);
    // Every card shown is in 朝阳区 and works on process improvement, and the lead's studio is among them.
    const cards = () => page.locator('.studio-card').allInnerTexts();
    await expect.poll(async () => { const shown = await cards(); return shown.length > 0 && shown.every((card) => card.includes('朝阳区') && card.includes('工艺改进')); }, { timeout: PATIENCE }).toBe(true);
    expect((await cards()).join('\n')).toContain('张建国劳模创新工作室');

    await page.getByRole('link', { name: '张建国劳模创新工作室' }).click();
    await sees(page, '创新成果（');
    expect(await page.getByRole('heading', { name: '张建国劳模创新工作室' }).isVisible()).toBe(true);
    expect(await text(page)).toContain('一种薄壁套筒专用夹具');
    expect(await text(page)).toContain('领衔劳模');
  });

  it('the studio lead adds a result, and it appears on the public page', async () => {
    const lead = await app.browser.page({ phone: true, baseURL: app.t.url });
    await lead.goto('/signin?redirect=/studios/mine');
    await lead.getByPlaceholder('请输入手机号或用户名').fill('modelworker');
    await lead.getByPlaceholder('请输入密码').fill('Laomo@2026');
    await lead.getByRole('button', { name: '登录' }).last().click();
    await sees(lead, '张建国劳模创新工作室');
    // What each level requires is on the applicant's page (studio-level-rules.ts): a municipal studio needs 10 万元 a year.
    await lead.getByText('各级工作室认定条件').click();
    const municipal = lead.getByTestId('studio-level-rule-MUNICIPAL');
    await municipal.waitFor({ timeout: PATIENCE });
    expect(await municipal.innerText()).toMatch(/市级\s+享受省部级（市级）及以上劳模待遇\s+3 年\s+8 人[\s\S]*10 万元\s+市总工会工作人员/);

    const form = lead.locator('form').filter({ has: lead.getByRole('button', { name: '添加成果' }) });
    await form.getByLabel('成果名称').fill('数控机床主轴热变形补偿方法');
    await form.locator('.n-form-item', { hasText: '成果类型' }).locator('.n-base-selection').click();
    await lead.locator('.n-base-select-option', { hasText: '操作法' }).click();
    await form.getByPlaceholder('选择日期').fill('2026-11-02');
    await form.getByPlaceholder('选择日期').press('Enter');
    await form.getByLabel('效益说明').fill('主轴温升造成的尺寸漂移减少八成');
    await form.getByRole('button', { name: '添加成果' }).click();
    await sees(lead, '已添加成果“数控机床主轴热变形补偿方法”');

    const visitor = await app.browser.page({ phone: true, baseURL: app.t.url });
    await visitor.goto('/studios?q=张建国');
    await visitor.getByRole('link', { name: '张建国劳模创新工作室' }).click();
    await sees(visitor, '数控机床主轴热变形补偿方法');
    expect(await text(visitor)).toContain('主轴温升造成的尺寸漂移减少八成');
    const recent = await app.browser.page({ baseURL: app.t.url });
    await recent.goto('/studios/results');
    await sees(recent, '数控机床主轴热变形补偿方法');
  });
});

describe('certification in the staff area', () => {
  it('a city staffer judges the six haves of a municipal application and certifies it', async () => {
    const city = await app.browser.page({ baseURL: app.t.url });
    await city.goto('/signin?redirect=/staff/studios');
    await city.getByPlaceholder('请输入手机号或用户名').fill('city');
    await city.getByPlaceholder('请输入密码').fill('Laomo@2026');
    await city.getByRole('button', { name: '登录' }).last().click();
    await sees(city, '认定命名');

    const row = city.locator('tr', { hasText: '市级' }).filter({ hasText: '认定命名' }).first();
    const name = (await row.getByRole('link').innerText()).trim();
    await row.getByRole('link').click();
    await sees(city, '符合本级别的全部认定条件');
    await city.getByText('各级工作室认定条件').click();
    await sees(city, '获区县级及以上荣誉称号');
    for (const have of ['有劳模领衔', '有创新团队', '有攻关项目', '有场地设施', '有经费保障', '有创新成果']) {
      const section = city.locator('section', { hasText: have });
      await section.getByText('符合', { exact: true }).click();
      await Promise.all([
        city.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('studioCriterionAssess')),
        section.getByRole('button', { name: '保存评定' }).click(),
      ]);
    }
    await city.getByRole('button', { name: '认定命名' }).click();
    await sees(city, '已命名');

    const visitor = await app.browser.page({ phone: true, baseURL: app.t.url });
    await visitor.goto(`/studios?q=${encodeURIComponent(name)}`);
    await sees(visitor, name);
  });
});

