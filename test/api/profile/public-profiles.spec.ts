import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerStatus } from '@laomo/server/modules/registry/registry.enums.js';
import { CHAOYANG, directory, newModelWorker, startTestApp, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const LIST = `query($search: String, $level: HonorLevel, $district: ID, $industry: StudioIndustry, $first: Int, $after: String) {
  modelWorkerProfiles(search: $search, level: $level, district: $district, industry: $industry, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name employerName post industry deedsSummary district { id name } honors { year honor { name level } } studio { name } }
  }
}`;
const ONE = `query($id: ID!) { modelWorkerProfile(id: $id) { name deedsSummary } }`;
const UPDATE = `mutation($input: ModelWorkerProfileUpdateInput!) { modelWorkerProfileUpdate(input: $input) { profileConsent userErrors { code } } }`;

/** What a profile may show (DOMAIN.md, "What the public may see"); nothing else is on the type. */
const PUBLIC_FIELDS = ['deedsSummary', 'district', 'employerName', 'gender', 'honors', 'id', 'industry', 'name', 'photoUrl', 'post', 'studio'];

describe('劳模风采: the public profiles', () => {
  it('carry only public fields', async () => {
    const type = await t.anonymous().ok(`{ __type(name: "ModelWorker") { fields { name } } }`);
    expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(PUBLIC_FIELDS);
  });

  it('list only model workers who consented and hold an honor, paginated, by name', async () => {
    const visitor = t.anonymous();
    const first = await visitor.ok(LIST, { first: 10 });
    const rest = await visitor.ok(LIST, { first: 100, after: first.modelWorkerProfiles.pageInfo.endCursor });
    const all = [...first.modelWorkerProfiles.nodes, ...rest.modelWorkerProfiles.nodes];
    expect(all).toHaveLength(first.modelWorkerProfiles.totalCount);
    const em = t.app.orm.em.fork();
    const consenting = await em.count(ModelWorker, { profileConsent: true, status: ModelWorkerStatus.ACTIVE, honors: { revokedAt: null } });
    const refusing = await em.find(ModelWorker, { profileConsent: false });
    expect(refusing.length).toBeGreaterThan(0);
    expect(all.length).toBe(consenting);
    const ids = new Set(all.map((p: { id: string }) => p.id));
    for (const w of refusing) expect(ids.has(toGlobalId('ModelWorker', w.id))).toBe(false);
    expect(all.every((p: any) => p.honors.length > 0 && p.deedsSummary)).toBe(true);
    const zhang = all.find((p: any) => p.name === '张建国');
    expect(zhang).toMatchObject({ employerName: '北京燕京精密机械有限公司', district: { name: CHAOYANG }, studio: { name: '张建国劳模创新工作室' } });
  });

  it('filter by level, district, industry and a name or employer', async () => {
    const visitor = t.anonymous();
    const national = (await visitor.ok(LIST, { level: 'NATIONAL', first: 100 })).modelWorkerProfiles;
    expect(national.totalCount).toBeGreaterThan(0);
    for (const p of national.nodes) expect(p.honors.some((h: any) => h.honor.level === 'NATIONAL')).toBe(true);
    const dir = await directory(t);
    const chaoyang = (await visitor.ok(LIST, { district: dir.orgs[CHAOYANG], first: 100 })).modelWorkerProfiles;
    expect(chaoyang.totalCount).toBeGreaterThan(0);
    expect(chaoyang.nodes.every((p: any) => p.district.name === CHAOYANG)).toBe(true);
    expect((await visitor.ok(LIST, { search: '燕京精密' })).modelWorkerProfiles.nodes.map((p: any) => p.name)).toContain('张建国');
    const health = (await visitor.ok(LIST, { industry: 'HEALTH', first: 100 })).modelWorkerProfiles;
    expect(health.totalCount).toBeGreaterThan(0);
    expect(health.nodes.every((p: any) => p.industry === 'HEALTH')).toBe(true);
    const combined = (await visitor.ok(LIST, { industry: 'MANUFACTURING', level: 'NATIONAL', district: dir.orgs[CHAOYANG], first: 100 })).modelWorkerProfiles;
    expect(combined.nodes.map((p: any) => p.name)).toContain('张建国');
  });

  it('appear only once the person consents, and go when they withdraw it', async () => {
    const { worker, client } = await newModelWorker(t, 'mw-profile', ['BJ_MODEL_WORKER']);
    const id = toGlobalId('ModelWorker', worker.id);
    const visitor = t.anonymous();
    expect((await visitor.ok(ONE, { id })).modelWorkerProfile).toBeNull();
    expect((await visitor.ok(LIST, { search: '钱学文' })).modelWorkerProfiles.totalCount).toBe(0);
    // A studio or suggestion may name them, but without consent no deeds summary is shown.
    expect((await client.ok(UPDATE, { input: { deedsSummary: '攻克精密装配难题。' } })).modelWorkerProfileUpdate).toEqual({ profileConsent: false, userErrors: [] });
    expect((await visitor.ok(`query($id: ID!) { node(id: $id) { ... on ModelWorker { deedsSummary } } }`, { id })).node).toEqual({ deedsSummary: null });
    await client.ok(UPDATE, { input: { profileConsent: true } });
    expect((await client.ok(`{ myModelWorkerRecord { modelWorker { name } profileConsent deedsSummary } }`)).myModelWorkerRecord)
      .toEqual({ modelWorker: { name: '钱学文' }, profileConsent: true, deedsSummary: '攻克精密装配难题。' });
    expect((await visitor.ok(ONE, { id })).modelWorkerProfile).toEqual({ name: '钱学文', deedsSummary: '攻克精密装配难题。' });
    await client.ok(UPDATE, { input: { profileConsent: false } });
    expect((await visitor.ok(ONE, { id })).modelWorkerProfile).toBeNull();
    expect(await t.app.orm.em.fork().findOneOrFail(ModelWorker, worker.id)).toMatchObject({ deedsSummary: '攻克精密装配难题。', profileConsent: false });
    // Only a model worker with a record keeps a profile.
    expect((await (await t.as('public')).ok(`{ myModelWorkerRecord { profileConsent } }`)).myModelWorkerRecord).toBeNull();
    expect((await (await t.as('public')).ok(UPDATE, { input: { profileConsent: true } })).modelWorkerProfileUpdate.userErrors)
      .toEqual([{ code: 'model_worker_account/no_own_record' }]);
  });
});

describe('a profile photo', () => {
  /** The smallest PNG: a 1×1 transparent pixel. */
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const SET = `mutation($input: ModelWorkerPhotoSetInput!) { modelWorkerPhotoSet(input: $input) { modelWorker { photoUrl } userErrors { code field } } }`;

  async function upload(client: { cookieHeader: string }, bytes: Buffer, name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(`${t.url}/api/attachments`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader, 'x-laomo-upload': '1' } });
    expect(response.status).toBe(201);
    return (await response.json()).id;
  }

  it('is an image the person uploads, shown to anyone only while the profile is public', async () => {
    const { client } = await newModelWorker(t, 'mw-photo', ['BJ_MODEL_WORKER']);
    const pdf = await upload(client, PDF, 'scan.pdf');
    expect((await client.ok(SET, { input: { photo: pdf } })).modelWorkerPhotoSet.userErrors).toEqual([{ code: 'profile/photo_not_image', field: ['photo'] }]);
    const png = await upload(client, PNG, '照片.png');
    await client.ok(UPDATE, { input: { profileConsent: true } });
    const url = (await client.ok(SET, { input: { photo: png } })).modelWorkerPhotoSet.modelWorker.photoUrl;
    expect(url).toBe(`/api/attachments/${png}`);
    expect((await fetch(`${t.url}${url}`)).status).toBe(200);
    await client.ok(UPDATE, { input: { profileConsent: false } });
    expect((await fetch(`${t.url}${url}`)).status).toBe(404);
    expect((await client.ok(SET, { input: { photo: null } })).modelWorkerPhotoSet).toEqual({ modelWorker: { photoUrl: null }, userErrors: [] });
  });
});
