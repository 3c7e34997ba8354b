import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { blindIndex, open } from '@laomo/server/common/sealed-text.js';
import { act, codes, createFile, fileInput, openCampaign, startProcessApp, UNIT, type Directory } from '../../support/testkit/index.js';

/**
 * PIPL (issue 13, item 7) on the nomination file: the candidate's ID number is sealed at rest like the
 * registry's, shown masked, and whole only to staff on the file, each view in the file's history.
 */
const ID = '110105197801010011';
const FILE = `query($id: ID!) { nomination(id: $id) { idNumberMasked viewerCanRevealIdNumber history(first: 100) { nodes { action } } } }`;
const MASKED = `query($id: ID!) { nomination(id: $id) { idNumberMasked viewerCanRevealIdNumber } }`;
const REVEAL = `mutation($id: ID!) { nominationIdNumberReveal(input: { nomination: $id }) { idNumber userErrors { code } } }`;

let t: TestApp;
let dir: Directory;
let file: string;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
  const campaign = await openCampaign(await t.as('city'), dir);
  const unit = await t.as('unit');
  // 孙丽 (the demo account `public`) signed up with 13800000003: she is the candidate of this file.
  const { nomination } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName: '孙丽', gender: 'FEMALE', phone: '13800000003', idNumber: ID }) });
  file = nomination!.id;
  expect((await act(unit, file, 'NOMINATE')).userErrors).toEqual([]);
}, 120_000);
afterAll(async () => { await t.close(); });

describe('the nomination file’s ID number (PIPL)', () => {
  it('no column of the file holds the number in clear: it is sealed, with its blind index and masked form', async () => {
    const rows = await t.app.orm.em.fork().getConnection().execute(`select * from nomination where candidate_name = '孙丽'`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(ID);
    expect(rows[0].id_number).toBeUndefined();
    expect(open(rows[0].id_number_sealed)).toBe(ID);
    expect(rows[0].id_number_index).toBe(blindIndex(ID));
    expect(rows[0].id_number_masked).toBe('110105********0011');
    const demo = await t.app.orm.em.fork().getConnection().execute(`select id_number_sealed, id_number_masked from nomination where id_number_sealed is not null`);
    expect(demo.length).toBeGreaterThan(1);
    for (const row of demo) expect(row.id_number_sealed).toMatch(/^v1:/);
  });

  it('staff on the file read it masked and whole on request; each reveal is in the file’s history', async () => {
    const unit = await t.as('unit');
    const before = (await unit.ok(FILE, { id: file })).nomination;
    expect(before).toMatchObject({ idNumberMasked: '110105********0011', viewerCanRevealIdNumber: true });
    expect(JSON.stringify(before)).not.toContain(ID);
    expect((await unit.ok(REVEAL, { id: file })).nominationIdNumberReveal).toEqual({ idNumber: ID, userErrors: [] });
    const history = (await unit.ok(FILE, { id: file })).nomination.history.nodes.map((n: { action: string }) => n.action);
    expect(history).toContain('nomination.id_number_viewed');
  });

  it('the candidate sees it masked only; staff out of scope, other people and the public never read it', async () => {
    const candidate = await t.as('public');
    expect((await candidate.ok(MASKED, { id: file })).nomination).toEqual({ idNumberMasked: '110105********0011', viewerCanRevealIdNumber: false });
    expect(codes((await candidate.ok(REVEAL, { id: file })).nominationIdNumberReveal)).toEqual(['auth/forbidden']);
    for (const who of ['haidian', 'employee', 'modelworker'] as const) {
      const client = await t.as(who);
      expect((await client.ok(MASKED, { id: file })).nomination, who).toBeNull();
      const refused = (await client.gql(REVEAL, { id: file }));
      expect(refused.data?.nominationIdNumberReveal?.idNumber ?? null, who).toBeNull();
      expect(JSON.stringify(refused), who).not.toContain(ID);
    }
    const anonymous = await t.anonymous().gql(REVEAL, { id: file });
    expect(JSON.stringify(anonymous)).not.toContain(ID);
    expect(anonymous.data?.nominationIdNumberReveal?.idNumber ?? null).toBeNull();
  });

  it('no type carries the whole number: the file has only the masked one', async () => {
    const schema = (await t.anonymous().ok(`{ __type(name: "Nomination") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(schema).toContain('idNumberMasked');
    expect(schema).not.toContain('idNumber');
  });
});
