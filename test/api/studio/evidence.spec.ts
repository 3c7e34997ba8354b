import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@laomo/server/db/seeders/demo-accounts.js';
import { newModelWorker, startTestApp, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

// A 1×1 PNG: the upload endpoint checks files by content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A browser-like session by cookie, for the upload and download endpoints that GraphQL clients do not cover. */
async function session(username: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { userErrors { code } } }`, variables: { input: { login: username, password: DEMO_PASSWORD } } }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const gql = async (query: string, variables: Record<string, unknown>) => (await (await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }),
  })).json()).data;
  return { cookie, gql };
}

describe('evidence files of an application', () => {
  it('are attached to one of the six haves and downloaded only by the lead and the staff over the studio', async () => {
    await newModelWorker(t, 'evidencelead', ['BJ_MODEL_WORKER']);
    const lead = await session('evidencelead');
    const { studioCreate } = await lead.gql(`mutation($input: StudioCreateInput!) { studioCreate(input: $input) { studio { id } userErrors { code } } }`, {
      input: {
        name: '钱学文劳模创新工作室', level: 'DISTRICT', industry: 'MANUFACTURING', field: 'SAFETY', introduction: '安全生产', venue: '车间',
        facilities: '实训台', venueArea: 40, annualFunding: 40_000, fundingSource: '公司', foundedOn: '2020-01-01',
      },
    });
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), '场地照片.png');
    const upload = await fetch(`${t.url}/api/attachments`, { method: 'POST', headers: { cookie: lead.cookie, 'x-laomo-upload': '1' }, body: form });
    expect(upload.status).toBe(201);
    const file = await upload.json();

    const saved = await lead.gql(`mutation($input: StudioEvidenceSaveInput!) { studioEvidenceSave(input: $input) {
      studio { certification { criteria { have attachments { id name url } } } } userErrors { code } } }`,
    { input: { studio: studioCreate.studio.id, have: 'VENUE', evidence: '车间二层 40 平方米，照片见附件', attachments: [file.id] } });
    expect(saved.studioEvidenceSave.userErrors).toEqual([]);
    const [venue] = saved.studioEvidenceSave.studio.certification.criteria;
    expect(venue).toMatchObject({ have: 'VENUE', attachments: [{ id: file.id, name: '场地照片.png' }] });

    const download = async (cookie: string) => (await fetch(`${t.url}${venue.attachments[0].url}`, { headers: { cookie } })).status;
    expect(await download(lead.cookie)).toBe(200);
    expect(await download((await session('chaoyang')).cookie)).toBe(200);
    expect(await download((await session('haidian')).cookie)).not.toBe(200);
    expect(await download((await session('public')).cookie)).not.toBe(200);
    expect(await download('')).not.toBe(200);
  });
});
