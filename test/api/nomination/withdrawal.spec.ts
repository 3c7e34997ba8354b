import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { DEMO_ACCOUNTS } from '@laomo/server/db/seeders/demo-accounts.js';
import { act, CHAOYANG, codes, fileToSubmitted, openCampaign, publish, startProcessApp, type Directory, type NominationAction } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
});
afterAll(async () => { await t.close(); });

const FILE = `query($id: ID!) {
  nomination(id: $id) { state viewerActions noticeEntries { id status notice { id } } history(first: 50) { nodes { action fromState toState reason } } }
}`;
const ENTRY = `query($id: ID!) { noticeEntry(id: $id) { candidateName status notice { id } } }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { entries(first: 20) { nodes { candidateName status } } } }`;

describe('an upheld objection (the UPHOLD_OBJECTION row) withdraws the candidate for good', () => {
  it('a candidate in the district notice with an upheld objection ends WITHDRAWN, shown so publicly, and takes no further step', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const id = await fileToSubmitted(t, dir, campaign, { candidateName: '撤回者' });
    expect((await act(await t.as('chaoyang'), id, 'APPROVE_PRELIMINARY')).nomination!.state).toBe('PRELIMINARY_APPROVED');

    t.clock.set('2026-02-24');
    const district = await publish(await t.as('chaoyang'), campaign, 'DISTRICT', dir.orgs[CHAOYANG], [id]);
    expect(district.userErrors).toEqual([]);
    const inNotice = (await (await t.as('chaoyang')).ok(FILE, { id })).nomination;
    expect(inNotice.state).toBe('DISTRICT_NOTICE');
    const entry = inNotice.noticeEntries.find((e: any) => e.notice.id === district.notice!.id);
    expect(inNotice.noticeEntries).toHaveLength(2);
    expect((await t.anonymous().ok(ENTRY, { id: entry.id })).noticeEntry).toMatchObject({ candidateName: '撤回者', status: 'LISTED', notice: { id: district.notice!.id } });

    t.clock.set('2026-02-25');
    const filed = await (await t.as('public')).ok(`mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { id status } userErrors { code field } } }`, {
      input: { entry: entry.id, content: '该候选人事迹材料中的专利系他人所有。', realName: false },
    });
    expect(filed.objectionFile.userErrors).toEqual([]);
    const reply = '经调查核实，反映问题属实，撤销其推荐资格。';
    const upheld = await (await t.as('chaoyang')).ok(`mutation($input: ObjectionDecideInput!) { objectionUphold(input: $input) { objection { status } userErrors { code field } } }`, {
      input: { objection: filed.objectionFile.objection.id, reply },
    });
    expect(upheld.objectionUphold).toEqual({ objection: { status: 'UPHELD' }, userErrors: [] });

    const withdrawn = (await (await t.as('chaoyang')).ok(FILE, { id })).nomination;
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.history.nodes.at(-1)).toEqual({ action: 'nomination.UPHOLD_OBJECTION', fromState: 'DISTRICT_NOTICE', toState: 'WITHDRAWN', reason: reply });
    expect((await t.anonymous().ok(ENTRY, { id: entry.id })).noticeEntry).toMatchObject({ candidateName: '撤回者', status: 'WITHDRAWN' });
    expect((await t.anonymous().ok(NOTICE, { id: district.notice!.id })).notice.entries.nodes).toEqual([{ candidateName: '撤回者', status: 'WITHDRAWN' }]);

    // Even once the notice has ended, nobody can move the file: no role is offered a step, and every step is refused.
    t.clock.set('2026-03-02');
    const { __type } = await t.anonymous().ok(`{ __type(name: "NominationAction") { enumValues { name } } }`);
    const actions: NominationAction[] = __type.enumValues.map((v: { name: NominationAction }) => v.name);
    expect(actions).toContain('PASS_DISTRICT_NOTICE');
    const readers: string[] = [];
    for (const { username } of DEMO_ACCOUNTS) {
      const client = await t.as(username);
      const file = (await client.ok(FILE.replace(' history(first: 50) { nodes { action fromState toState reason } }', ''), { id })).nomination;
      if (file) {
        readers.push(username);
        expect(file, username).toMatchObject({ state: 'WITHDRAWN', viewerActions: [] });
      }
      for (const action of actions) {
        const refused = await act(client, id, action, '再议');
        expect(refused.nomination, `${username} ${action}`).toBeNull();
        expect(refused.userErrors, `${username} ${action}`).not.toEqual([]);
      }
    }
    expect(readers).toEqual(expect.arrayContaining(['city', 'chaoyang', 'unit']));
    expect(codes(await act(await t.as('chaoyang'), id, 'PASS_DISTRICT_NOTICE'))).toEqual(['nomination/action_not_available']);
    expect((await (await t.as('chaoyang')).ok(FILE, { id })).nomination!.state).toBe('WITHDRAWN');
  });
});
