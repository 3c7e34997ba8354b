import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { signIn } from '../support/nomination-pages.js';
import { createFile, directory, fileInput, fileThroughUnitNotice, openCampaign } from '../support/testkit/index.js';

// The clock is set back to March 2026: sessions must outlive the browser's real date, or it drops the cookie.
const app = useBrowserApp({ sessionDays: 36_500 });

describe('withdrawing consent to publication is an action of its own in the pages', () => {
  it('the unit withdraws it on the file page after confirming, and the candidate leaves the public notice', async () => {
    app.t.clock.set('2026-03-02');
    const dir = await directory(app.t);
    const campaign = await openCampaign(await app.t.as('city'), dir);
    const { id, notice } = await fileThroughUnitNotice(app.t, dir, campaign, { candidateName: '冯德胜' }, '2026-03-02');

    const visitor = await app.browser.page({ baseURL: app.t.url });
    await visitor.goto(`/notices/${encodeURIComponent(notice.id)}`);
    await visitor.getByText('公示对象（1 人）').waitFor();
    expect(await visitor.getByText('冯德胜').count()).toBeGreaterThan(0);

    const unit = await app.browser.page({ baseURL: app.t.url });
    await signIn(unit, 'unit');
    await unit.goto(`/staff/nominations/${encodeURIComponent(id)}`);
    await unit.getByRole('button', { name: '撤回公示同意' }).click();
    // Nothing happens until the second, explicit confirmation.
    await unit.getByText('撤回后，候选人将不再出现在任何公示中').waitFor();
    await unit.getByRole('textbox', { name: '说明（可选）' }).fill('候选人本人书面申请');
    await unit.getByRole('button', { name: '确认撤回' }).click();
    await unit.getByText('已撤回公示同意').waitFor();
    await unit.getByRole('button', { name: '撤回公示同意' }).waitFor({ state: 'detached' });
    // The file's history names the action and keeps the note.
    await unit.locator('.n-timeline-item', { hasText: '候选人本人书面申请' }).getByText('撤回公示同意').waitFor();

    // A fresh visitor (no browser cache) reads the notice without the candidate.
    const later = await app.browser.page({ baseURL: app.t.url });
    await later.goto(`/notices/${encodeURIComponent(notice.id)}`);
    await later.getByText('公示对象（0 人）').waitFor();
    expect(await later.getByText('冯德胜').count()).toBe(0);
  });

  it('an employee who nominated themself finds the action on 我的推荐', async () => {
    app.t.clock.set('2026-03-02');
    const dir = await directory(app.t);
    const campaign = await openCampaign(await app.t.as('city'), dir);
    const filed = await createFile(await app.t.as('employee'), campaign, { self: true, ...fileInput(dir, { candidateName: '自荐者' }) });
    expect(filed.userErrors).toEqual([]);

    const employee = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(employee, 'employee');
    await employee.goto('/nominations/mine');
    const card = employee.locator('.n-card', { hasText: '自荐者' });
    await card.getByRole('button', { name: '撤回公示同意' }).click();
    await card.getByRole('button', { name: '确认撤回' }).click();
    await employee.getByText('已撤回公示同意').waitFor();
    await card.getByRole('button', { name: '撤回公示同意' }).waitFor({ state: 'detached' });
  });
});
