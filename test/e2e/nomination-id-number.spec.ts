import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { signIn } from '../support/nomination-pages.js';
import { directory, fileThroughUnitNotice, openCampaign } from '../support/testkit/index.js';

// The clock is set back to March 2026: sessions must outlive the browser's real date, or it drops the cookie.
const app = useBrowserApp({ sessionDays: 36_500 });

describe('the candidate’s ID number on the file page (PIPL)', () => {
  it('staff on the file see it masked, ask for the whole number, and the view is in the file’s history', async () => {
    app.t.clock.set('2026-03-02');
    const dir = await directory(app.t);
    const campaign = await openCampaign(await app.t.as('city'), dir);
    const { id } = await fileThroughUnitNotice(app.t, dir, campaign, { candidateName: '蒋立平' }, '2026-03-02');

    const unit = await app.browser.page({ baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto(`/staff/nominations/${encodeURIComponent(id)}`);
    const shown = unit.locator('[data-test="nomination-id-number"]');
    await expect.poll(() => shown.innerText()).toBe('110105********0011');
    expect(await unit.evaluate(() => document.body.innerText)).not.toContain('110105197801010011');
    await unit.locator('[data-test="nomination-reveal-id"]').click();
    await expect.poll(() => shown.innerText()).toBe('110105197801010011');
    await unit.reload();
    await unit.locator('.n-timeline-item').getByText('查看完整身份证号码').first().waitFor();
    await expect.poll(() => shown.innerText()).toBe('110105********0011');
  });
});
