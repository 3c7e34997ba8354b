import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { pageText as text, sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

describe('importing and exporting the registry', () => {
  it('a unit imports a file (first with a bad row, then fixed), finds the person, updates the record and exports the list', async () => {
    app.t.clock.set('2026-11-20');
    const id = idNumber('11010519710304007');
    const header = '姓名,性别,出生年月,身份证号码,联系电话,工作单位,岗位,管理单位,荣誉称号1名称,荣誉称号1年度';
    const good = `宋立新,男,1971-03,${id},13812345678,北京燕京精密机械有限公司,焊工,北京燕京精密机械有限公司工会,北京市劳动模范,2019`;
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff/registry');
    await page.locator('[data-test="registry-import"]').click();
    await sees(page, '导入劳模信息');

    // A bad row: nothing is imported, and the report names the row and the problem in Chinese.
    await page.locator('[data-test="registry-import-file"]').setInputFiles({
      name: '劳模信息.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n王某,未知,1980-01,110105198001010000,,某单位,某岗位,北京燕京精密机械有限公司工会,,\n`),
    });
    await page.locator('[data-test="registry-import-upload"]').click();
    await sees(page, '有错误，未导入');
    const problems = page.locator('[data-test="registry-import-problems"]');
    await expect.poll(() => problems.innerText()).toContain('“性别”的值“未知”无法识别');
    expect(await problems.innerText()).toMatch(/\b3\b/);
    expect(await problems.innerText()).toContain('身份证号码无效');

    await page.getByRole('button', { name: '导入另一个文件' }).click();
    await page.locator('[data-test="registry-import-file"]').setInputFiles({ name: '劳模信息.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n`) });
    await page.locator('[data-test="registry-import-upload"]').click();
    await sees(page, '共 1 行：新增 1 条，更新 0 条');
    await page.locator('[data-test="registry-import-confirm"]').click();
    await sees(page, '已导入：新增 1 条，更新 0 条。');
    // Past imports: both files, the written one and the refused one, with their rows, state and problems.
    const history = page.locator('[data-test="registry-import-history"]');
    await expect.poll(() => history.locator('.n-data-table-tr', { hasText: '已导入' }).innerText()).toMatch(/劳模信息\.csv\s+1\/1\s+已导入\s+0/);
    await expect.poll(() => history.locator('.n-data-table-tbody .n-data-table-tr').count()).toBe(2);

    // Find the person, open the record and change it.
    await page.getByRole('button', { name: '返回劳模信息数据库' }).click();
    await page.locator('[data-test="registry-search"] input').fill('宋立新');
    // The search goes into the address once typing pauses; waiting for it keeps that from undoing the click below.
    await expect.poll(() => decodeURIComponent(page.url())).toContain('search=宋立新');
    const row = page.locator('.n-data-table-tr', { hasText: '宋立新' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(`${id.slice(0, 6)}********${id.slice(-4)}`);
    await row.locator('a').first().click();
    await sees(page, '个人情况');
    await page.getByRole('button', { name: '修改信息' }).click();
    const drawer = page.locator('.n-drawer');
    await drawer.locator('.n-form-item', { hasText: '需求建议' }).locator('textarea').fill('希望参加技能大师交流');
    await drawer.getByRole('button', { name: '保存' }).click();
    await sees(page, '已保存');

    // Export the list as filtered: the file holds the person, the ID number masked.
    await page.goto(`/staff/registry?search=${encodeURIComponent('宋立新')}`);
    await sees(page, '宋立新');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="registry-export-csv"]').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv).toContain('宋立新');
    expect(csv).toContain(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(csv).not.toContain(id);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
    expect(await text(page)).not.toContain(id);
  });

  it('a file with many bad rows lists its problems fifty at a time', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff/registry/import');
    // 60 rows, each with a gender no one can read: 60 problems, rows 2 to 61.
    const rows = Array.from({ length: 60 }, (_, n) => `错误${n},未知,${idNumber(`11010519800101${100 + n}`)},北京燕京精密机械有限公司工会`);
    await page.locator('[data-test="registry-import-file"]').setInputFiles({
      name: '很多错误.csv', mimeType: 'text/csv', buffer: Buffer.from(`姓名,性别,身份证号码,管理单位\n${rows.join('\n')}\n`),
    });
    await page.locator('[data-test="registry-import-upload"]').click();
    await sees(page, '有错误，未导入');
    const problems = page.locator('[data-test="registry-import-problems"]');
    await expect.poll(() => problems.locator('.n-data-table-tbody .n-data-table-tr').count()).toBe(50);
    expect(await problems.innerText()).not.toMatch(/\b61\b/);
    await problems.locator('.n-pagination-item', { hasText: /^2$/ }).click();
    await expect.poll(() => problems.locator('.n-data-table-tbody .n-data-table-tr').count()).toBe(10);
    expect(await problems.innerText()).toMatch(/\b61\b/);
  });
});
