import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser-app.js';
import { pageText as text, sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

async function signedIn(login: string): Promise<Page> {
  const page = await app.browser.page({ phone: true, baseURL: app.t.url });
  await signIn(page, login);
  return page;
}

const TITLE = '关于在地铁站为夜班职工延长末班车服务的建议';
const ANSWER = '已协调轨道交通运营单位，在六个换乘站试行延长末班车服务30分钟。';

describe('the suggestion channel, end to end on a phone', () => {
  it('a model worker submits, a handler answers, the model worker rates it, staff publish it, and a visitor reads it', async () => {
    const worker = await signedIn('modelworker');
    await worker.goto('/suggestions/new');
    await worker.getByLabel('建议标题').fill(TITLE);
    await worker.locator('.n-form-item', { hasText: '领域' }).locator('.n-base-selection').click();
    await worker.getByText('城市管理', { exact: true }).click();
    await worker.getByLabel('问题与现状').fill('夜班职工下班时地铁已停运，只能打车或等夜班公交，通勤时间长、费用高。');
    await worker.getByLabel('建议内容').fill('建议在工业园区周边换乘站试行延长末班车服务，并与夜班公交接驳。');
    await worker.getByText('同意在答复后公开本建议及答复').click();
    await worker.getByRole('button', { name: '提交建议' }).click();
    await worker.waitForURL((url) => /^\/suggestions\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    const id = worker.url().split('/').at(-1)!;
    await sees(worker, '待受理');

    const city = await app.t.as('city');
    const departments = await city.ok(`{ organizations(kind: DEPARTMENT, first: 10) { nodes { id name } } }`);
    const rights = departments.organizations.nodes.find((o: any) => o.name === '市总工会权益保障部').id;
    const accepted = await city.ok(`mutation($id: ID!) { suggestionAccept(input: { suggestion: $id }) { userErrors { code } } }`, { id });
    expect(accepted.suggestionAccept.userErrors).toEqual([]);
    const assigned = await city.ok(`mutation($id: ID!, $h: ID!) { suggestionAssign(input: { suggestion: $id, handler: $h }) { userErrors { code } } }`, { id, h: rights });
    expect(assigned.suggestionAssign.userErrors).toEqual([]);

    const handler = await signedIn('handler');
    await handler.goto('/staff/suggestions');
    await sees(handler, TITLE);
    await handler.getByRole('link', { name: TITLE }).click();
    await handler.getByRole('button', { name: '答复', exact: true }).click();
    await handler.getByText('采纳办理').click();
    await handler.getByLabel('答复内容').fill(ANSWER);
    await handler.getByRole('button', { name: '确定' }).click();
    await sees(handler, '已答复');

    const fedBack = await city.ok(`mutation($id: ID!) { suggestionFeedBack(input: { suggestion: $id }) { userErrors { code } } }`, { id });
    expect(fedBack.suggestionFeedBack.userErrors).toEqual([]);

    await worker.goto(`/suggestions/${id}`);
    await sees(worker, ANSWER);
    await worker.getByRole('button', { name: '评价答复' }).click();
    await worker.getByText('满意', { exact: true }).click();
    await worker.getByRole('button', { name: '确定' }).click();
    await sees(worker, '已办结');

    const staff = await signedIn('city');
    await staff.goto('/staff/suggestion-overview');
    await staff.getByRole('link', { name: TITLE }).click();
    await staff.getByRole('button', { name: '公开', exact: true }).click();
    // Publishing shows it to everyone: the page asks first.
    await staff.locator('.n-dialog', { hasText: '确定公开' }).getByRole('button', { name: '确定' }).click();
    await sees(staff, '撤回公开');

    const visitor = await app.browser.page({ phone: true, baseURL: app.t.url });
    await visitor.goto('/suggestions');
    await visitor.getByRole('link', { name: TITLE }).click();
    // The list shows the answer too: wait for the suggestion's own page before reading it.
    await visitor.waitForURL(/\/suggestions\/(?!new|mine)[^/]+$/);
    await sees(visitor, '张建国');
    expect(await text(visitor)).toContain(ANSWER);
    expect(await text(visitor)).not.toContain('办理记录');
  });
});
