import { describe, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';
import { seedFailedJob } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('an administrator looks into failed jobs', () => {
  it('finds the failed job in the staff menu, with its error', async () => {
    await seedFailedJob(app.t, 'e2e-sweep', 'could not reach the file store');
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'admin');
    await sees(page, '欢迎回来');
    await page.goto('/staff');
    // The menu's link (the dashboard also links there, once it has loaded).
    await page.getByRole('menu').getByRole('link', { name: '失败的后台任务' }).click();
    await sees(page, 'could not reach the file store');
    await sees(page, 'e2e-sweep');
  });
});
