import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { DEMO_UNIT_STAFF } from '@laomo/server/db/seeders/demo-accounts.js';
import { act, createFile, fileInput, openCampaign, startProcessApp, UNIT, type Directory } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
});
afterAll(async () => { await t.close(); });

const FILE = `query($id: ID!) { nomination(id: $id) { candidateName idNumberMasked phone viewerActions } }`;
const MINE = `{ myNominations(first: 100) { nodes { id candidateName } } }`;

describe('who reads a file', () => {
  it('the demo data teaches the right scope: each unit’s union reads its own demo files and no other unit’s', async () => {
    const { nominations } = await (await t.as('city')).ok(`{ nominations(first: 100) { nodes { id candidateName unit { name } } } }`);
    const files: { id: string; candidateName: string; unit: { name: string } }[] = nominations.nodes;
    const units = new Set(files.map((f) => f.unit.name));
    expect(units.size).toBeGreaterThan(3);
    const staff = [{ username: 'unit', organization: UNIT }, ...DEMO_UNIT_STAFF];
    expect([...units].every((u) => staff.some((s) => s.organization === u))).toBe(true);
    for (const { username, organization } of staff) {
      const client = await t.as(username);
      const readable: string[] = [];
      for (const file of files) {
        if ((await client.ok(FILE, { id: file.id })).nomination) readable.push(file.candidateName);
      }
      expect(readable.sort(), username).toEqual(files.filter((f) => f.unit.name === organization).map((f) => f.candidateName).sort());
    }
  });

  it('a candidate nominated by the unit reads their own file and finds it among 我的推荐; nobody else does', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const unit = await t.as('unit');
    // 孙丽 (the demo account `public`) signed up with 13800000003, the phone the unit records on her file.
    const { nomination } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName: '孙丽', gender: 'FEMALE', phone: '13800000003' }) });
    const candidate = await t.as('public');
    expect((await candidate.ok(FILE, { id: nomination!.id })).nomination, 'the unit’s draft stays the unit’s').toBeNull();
    expect((await act(unit, nomination!.id, 'NOMINATE')).userErrors).toEqual([]);

    expect((await candidate.ok(FILE, { id: nomination!.id })).nomination).toEqual({ candidateName: '孙丽', idNumberMasked: '110105********0011', phone: '13800000003', viewerActions: [] });
    expect((await candidate.ok(MINE)).myNominations.nodes).toEqual([{ id: nomination!.id, candidateName: '孙丽' }]);
    for (const other of ['employee', 'modelworker', 'haidian']) {
      const client = await t.as(other);
      expect((await client.ok(FILE, { id: nomination!.id })).nomination, other).toBeNull();
      expect((await client.ok(MINE)).myNominations.nodes.map((n: { id: string }) => n.id), other).not.toContain(nomination!.id);
    }
  });
});
