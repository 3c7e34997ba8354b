import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, sees, signIn } from '../support/pages.js';
import { done, organizationId, SAMPLE } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('the bell', () => {
  it("rises when the author's suggestion is answered and falls when the author reads it", async () => {
    const author = await app.t.as('modelworker');
    const city = await app.t.as('city');
    const handler = await app.t.as('handler');
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于铃铛提醒的浏览器测试建议', publishConsent: false });
    await done(city, 'suggestionAccept', { suggestion: id });
    await done(city, 'suggestionAssign', { suggestion: id, handler: await organizationId(app.t, '市总工会权益保障部') });
    await author.ok(`mutation { notificationsMarkAllRead(input: {}) { marked } }`);

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'modelworker');
    await page.goto('/suggestions/mine');
    const bell = page.getByRole('button', { name: /^通知（\d+ 条未读）$/ });
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: PATIENCE }).toBe('通知（0 条未读）');

    await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'WILL_ADOPT', content: '已纳入明年工作要点，由权益保障部牵头落实。' });
    await page.reload();
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: PATIENCE }).toBe('通知（1 条未读）');

    await bell.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await sees(page, '您的建议已有答复');
    await page.getByTestId('notification-SUGGESTION_ANSWERED').getByRole('button', { name: '标为已读' }).click();
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: PATIENCE }).toBe('通知（0 条未读）');
  });
});
