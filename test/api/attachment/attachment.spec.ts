import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type ApiClient } from '@laomo/server/testing/test-app.js';
import { registerAttachmentAccess, claimAttachments } from '@laomo/server/modules/attachment/attachment.service.js';
import { viewerOf } from '@laomo/server/modules/account/session.service.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** Uploads like the web page does, with the session of `client` (or none). */
async function upload(client: ApiClient | null, bytes: Buffer, name: string, headers: Record<string, string> = { 'x-laomo-upload': '1' }) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const cookie = client ? client.cookieHeader : '';
  const response = await fetch(`${t.url}/api/attachments`, { method: 'POST', body: form, headers: { cookie, ...headers } });
  return { status: response.status, body: await response.json() };
}

describe('attachments', () => {
  it('a signed-in person uploads a PDF and downloads it again; others cannot until it is claimed', async () => {
    const employee = await t.as('employee');
    const sent = await upload(employee, PDF, '事迹材料.pdf');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ name: '事迹材料.pdf', size: PDF.length, contentType: 'application/pdf' });
    const own = await fetch(`${t.url}/api/attachments/${sent.body.id}`, { headers: { cookie: employee.cookieHeader } });
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const stranger = await fetch(`${t.url}/api/attachments/${sent.body.id}`);
    expect(stranger.status).toBe(404);
  });

  it('a claimed file follows its owner’s access rule', async () => {
    const employee = await t.as('employee');
    const sent = await upload(employee, PDF, 'evidence.pdf');
    registerAttachmentAccess({ TestFile: async (_em, viewer) => viewer.hasRole('CITY_STAFF' as any) });
    const em = t.app.orm.em.fork();
    const account = await em.findOneOrFail(Account, { username: 'employee' });
    await claimAttachments(em, await viewerOf(em, account), [sent.body.id], ['attachments'], { type: 'TestFile', id: '00000000-0000-4000-8000-000000000001' });
    await em.flush();
    const city = await t.as('city');
    expect((await fetch(`${t.url}/api/attachments/${sent.body.id}`, { headers: { cookie: city.cookieHeader } })).status).toBe(200);
    const haidian = await t.as('haidian');
    expect((await fetch(`${t.url}/api/attachments/${sent.body.id}`, { headers: { cookie: haidian.cookieHeader } })).status).toBe(404);
  });

  it('refuses anonymous uploads, uploads without the header, and files that are not documents', async () => {
    expect((await upload(null, PDF, 'a.pdf')).status).toBe(401);
    const employee = await t.as('employee', 'en');
    expect((await upload(employee, PDF, 'a.pdf', {})).status).toBe(400);
    const html = await upload(employee, Buffer.from('<html><script>alert(1)</script></html>'), 'fake.pdf');
    expect(html).toEqual({ status: 415, body: { code: 'attachment/type_not_allowed', message: '只能上传 PDF、JPG、PNG、Word（docx）或 Excel（xlsx）文件' } });
  });

  it('refuses a file over 10 MB, naming the limit in bytes', async () => {
    const employee = await t.as('employee');
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const result = await upload(employee, big, 'big.pdf');
    expect(result).toEqual({ status: 413, body: { code: 'attachment/too_large', message: '文件不能超过 10 MB（10485760 字节）' } });
  });

  it('a file cannot be claimed by someone who did not upload it, nor by a second object', async () => {
    const employee = await t.as('employee');
    const sent = await upload(employee, PDF, 'x.pdf');
    const em = t.app.orm.em.fork();
    const other = await em.findOneOrFail(Account, { username: 'public' });
    await expect(claimAttachments(em, await viewerOf(em, other), [sent.body.id], ['files'], { type: 'T', id: '00000000-0000-4000-8000-000000000002' }))
      .rejects.toMatchObject({ code: 'attachment/not_yours', field: ['files', '0'] });
    const owner = await em.findOneOrFail(Account, { username: 'employee' });
    const viewer = await viewerOf(em, owner);
    await claimAttachments(em, viewer, [sent.body.id], ['files'], { type: 'T', id: '00000000-0000-4000-8000-000000000002' });
    await expect(claimAttachments(em, viewer, [sent.body.id], ['files'], { type: 'T', id: '00000000-0000-4000-8000-000000000003' }))
      .rejects.toMatchObject({ code: 'attachment/already_used' });
  });
});
