import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestApp, type TestApp, type ApiClient } from '@laomo/server/testing/test-app.js';
import { adminQuery } from '@laomo/server/testing/test-cluster.js';
import { claimAttachments } from '@laomo/server/modules/attachment/attachment.service.js';
import { JobName } from '@laomo/server/common/jobs/job-names.js';
import { viewerOf } from '@laomo/server/modules/account/session.service.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { Attachment } from '@laomo/server/modules/attachment/attachment.entity.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const MiB = 1024 * 1024;

/** A PDF of exactly `size` bytes. */
function pdfOf(size: number): Buffer {
  return Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);
}

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

async function upload(app: TestApp, client: ApiClient, bytes: Buffer, name = 'file.pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${app.url}/api/attachments`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader, 'x-laomo-upload': '1' } });
  return { status: response.status, body: await response.json() };
}

describe('the size limit says what it refuses', () => {
  it('accepts a file of exactly 10 MB (10 × 1024 × 1024 bytes) and refuses one byte more, saying so', async () => {
    const employee = await t.as('handler');
    const exact = await upload(t, employee, pdfOf(10 * MiB));
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(10 * MiB);
    const over = await upload(t, employee, pdfOf(10 * MiB + 1));
    expect(over).toEqual({ status: 413, body: { code: 'attachment/too_large', message: '文件不能超过 10 MB（10485760 字节）' } });
  });
});

describe('upload quotas per account', () => {
  it('40 concurrent uploads by one account store 30; the others are refused until a day has passed', async () => {
    const employee = await t.as('employee');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => upload(t, employee, PDF, `f${i}.pdf`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(30);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(r).toEqual({ status: 429, body: { code: 'attachment/daily_files', message: '24 小时内最多上传 30 个文件，请明天再试' } });
    // Another account is not affected by this one's quota.
    expect((await upload(t, await t.as('modelworker'), PDF)).status).toBe(201);
    t.clock.set(new Date(Date.now() + 25 * 3600 * 1000));
    try {
      expect((await upload(t, employee, PDF)).status).toBe(201);
    } finally {
      t.clock.set(new Date());
    }
  });

  it('counts bytes per day: six concurrent 9 MB files, the sixth would pass 50 MB and is refused', async () => {
    const worker = await t.as('chaoyang');
    const results = await Promise.all(Array.from({ length: 6 }, () => upload(t, worker, pdfOf(9 * MiB))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.find((r) => r.status !== 201)).toEqual({
      status: 429, body: { code: 'attachment/daily_bytes', message: '24 小时内上传的文件合计不能超过 50 MB，请明天再试' },
    });
  });

  it('counts everything an account keeps: past 500 MB in all, even a small file is refused', async () => {
    const haidian = await t.as('haidian');
    const em = t.app.orm.em.fork();
    const account = await em.findOneOrFail(Account, { username: 'haidian' });
    // What months of uploads left behind, recorded with its size (the bytes themselves do not matter here).
    em.create(Attachment, {
      name: 'old.pdf', contentType: 'application/pdf', size: 499 * MiB, sha256: '0'.repeat(64), uploadedBy: account,
      content: PDF, ownerType: 'Old', ownerId: '00000000-0000-4000-8000-00000000000a', createdAt: new Date(Date.now() - 90 * 86400_000),
    });
    await em.flush();
    expect((await upload(t, haidian, pdfOf(MiB / 2))).status).toBe(201);
    expect(await upload(t, haidian, pdfOf(MiB))).toMatchObject({ status: 429, body: { code: 'attachment/total_bytes' } });
  });
});

describe('uploads never attached', () => {
  it('are removed by the app’s sweep job a day after upload; attached ones stay', async () => {
    const unit = await t.as('unit');
    const claimed = await upload(t, unit, PDF, 'kept.pdf');
    const abandoned = await upload(t, unit, PDF, 'abandoned.pdf');
    const fresh = await upload(t, unit, PDF, 'fresh.pdf');
    const em = t.app.orm.em.fork();
    const account = await em.findOneOrFail(Account, { username: 'unit' });
    await claimAttachments(em, await viewerOf(em, account), [claimed.body.id], ['files'], { type: 'T', id: '00000000-0000-4000-8000-00000000000b' });
    await em.flush();
    // The first two were uploaded more than a day ago.
    await em.nativeUpdate(Attachment, { name: { $in: ['kept.pdf', 'abandoned.pdf'] }, uploadedBy: account }, { createdAt: new Date(Date.now() - 25 * 3600 * 1000) });
    const status = async (id: string) => (await fetch(`${t.url}/api/attachments/${id}`, { headers: { cookie: unit.cookieHeader } })).status;
    expect(await status(abandoned.body.id)).toBe(200);

    // The job runs every 15 minutes; queued now, it runs as a scheduled run would.
    await t.app.jobs.send(JobName.UnclaimedUploadSweep);
    await expect.poll(() => status(abandoned.body.id), { timeout: 10_000, interval: 100 }).toBe(404);
    expect(await status(claimed.body.id)).toBe(200);
    expect(await status(fresh.body.id)).toBe(200);
  });
});

describe('when the database is gone', () => {
  it('/api/attachments answers a plain message without a stack trace, even in development mode', async () => {
    const dev = await startTestApp({ env: 'development' });
    try {
      const employee = await dev.as('employee');
      const sent = await upload(dev, employee, PDF);
      const name = new URL(dev.app.orm.config.get('clientUrl')!).pathname.slice(1);
      await adminQuery(inject('laomoCluster').serverUrl, `drop database "${name}" with (force)`);
      for (const response of [
        await fetch(`${dev.url}/api/attachments/${sent.body.id}`, { headers: { cookie: employee.cookieHeader } }),
        await fetch(`${dev.url}/api/attachments`, { method: 'POST', headers: { cookie: employee.cookieHeader, 'x-laomo-upload': '1' }, body: new FormData() }),
      ]) {
        const text = await response.text();
        expect(response.status).toBeGreaterThanOrEqual(500);
        expect(response.headers.get('content-type')).toContain('application/json');
        expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:/);
        expect(JSON.parse(text)).toMatchObject({ code: expect.stringMatching(/^common\//), message: expect.any(String) });
      }
    } finally {
      await dev.close();
    }
  });
});
