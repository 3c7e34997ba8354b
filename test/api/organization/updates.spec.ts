import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newModelWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const ORGANIZATION = 'id name shortName contact employerKind';
const HONOR = 'id name description modelWorkerTreatment treatmentLevel employerKinds prerequisites { id }';
const STUDIO = 'id name level industry field introduction venue facilities venueArea annualFunding fundingSource foundedOn';

async function mutate(client: ApiClient, name: string, type: string, fields: string, input: Record<string, unknown>) {
  const data = await client.ok(`mutation($input: ${type}!) { ${name}(input: $input) { result: ${name.replace(/Update$/, '')} { ${fields} } userErrors { code field message } } }`, { input });
  return data[name];
}

async function organizationNamed(name: string) {
  const { organizations } = await t.anonymous().ok(`query($s: String) { organizations(search: $s, first: 1) { nodes { ${ORGANIZATION} } } }`, { s: name });
  return organizations.nodes[0];
}

describe('an organization update changes only what it names', () => {
  it('changing the contact keeps the name, short name and employer kind', async () => {
    const before = await organizationNamed('北京燕京精密机械有限公司工会');
    const updated = await mutate(await t.as('chaoyang'), 'organizationUpdate', 'OrganizationUpdateInput', ORGANIZATION, { organization: before.id, contact: '工会办公室 010-0000 0000' });
    expect(updated).toEqual({ result: { ...before, contact: '工会办公室 010-0000 0000' }, userErrors: [] });
  });

  it('null for the name is a clear error in the user’s language, not a fault, and nothing changes', async () => {
    const before = await organizationNamed('北京燕京精密机械有限公司工会');
    const refused = await mutate(await t.as('chaoyang', 'en'), 'organizationUpdate', 'OrganizationUpdateInput', ORGANIZATION, { organization: before.id, name: null, contact: '不应保存' });
    expect(refused).toEqual({ result: null, userErrors: [{ code: 'common/invalid', field: ['name'], message: 'must not be empty' }] });
    expect(await organizationNamed('北京燕京精密机械有限公司工会')).toEqual(before);
  });
});

describe('an honor update changes only what it names', () => {
  async function honor(code: string) {
    const { honors } = await t.anonymous().ok(`{ honors(first: 100) { nodes { code ${HONOR} } } }`);
    const { code: _, ...found } = honors.nodes.find((h: { code: string }) => h.code === code);
    return found;
  }

  it('changing the description keeps the prerequisites, employer kinds and treatment', async () => {
    const before = await honor('NATIONAL_MAY1_MEDAL');
    expect(before.prerequisites.length).toBeGreaterThan(0);
    const updated = await mutate(await t.as('admin'), 'honorUpdate', 'HonorUpdateInput', HONOR, { honor: before.id, description: '由中华全国总工会授予' });
    expect(updated).toEqual({ result: { ...before, description: '由中华全国总工会授予' }, userErrors: [] });
  });

  it('null for the name or for a list is a clear error, not a fault', async () => {
    const before = await honor('BJ_MODEL_WORKER');
    const refused = await mutate(await t.as('admin', 'en'), 'honorUpdate', 'HonorUpdateInput', HONOR, { honor: before.id, name: null, prerequisites: null });
    expect(refused.userErrors).toEqual([
      { code: 'common/invalid', field: ['name'], message: 'must not be empty' },
      { code: 'common/invalid', field: ['prerequisites'], message: 'must not be empty' },
    ]);
    expect(await honor('BJ_MODEL_WORKER')).toEqual(before);
  });
});

describe('a studio update changes only what it names', () => {
  it('changing the venue keeps everything else; null for the name is refused rather than ignored', async () => {
    const { client: lead } = await newModelWorker(t, 'updatelead', ['BJ_MODEL_WORKER']);
    const created = await lead.ok(`mutation($input: StudioCreateInput!) { studioCreate(input: $input) { studio { ${STUDIO} } userErrors { code } } }`, {
      input: {
        name: '钱学文劳模创新工作室', level: 'DISTRICT', industry: 'MANUFACTURING', field: 'SAFETY', introduction: '安全生产', venue: '车间',
        facilities: '实训台', venueArea: 40, annualFunding: 40_000, fundingSource: '公司', foundedOn: '2020-01-01',
      },
    });
    const before = created.studioCreate.studio;
    const moved = await mutate(lead, 'studioUpdate', 'StudioUpdateInput', STUDIO, { studio: before.id, venue: '新厂区二号楼' });
    expect(moved).toEqual({ result: { ...before, venue: '新厂区二号楼' }, userErrors: [] });
    const refused = await mutate(lead, 'studioUpdate', 'StudioUpdateInput', STUDIO, { studio: before.id, name: null, venue: '不应保存' });
    expect(refused.userErrors).toEqual([{ code: 'common/invalid', field: ['name'], message: '不能为空' }]);
  });
});
