import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { DepartmentSignOff } from '@laomo/server/modules/nomination/department-sign-off.entity.js';
import { Recusal } from '@laomo/server/modules/nomination/recusal.entity.js';
import { codes, createFile, fileInput, fileToSubmitted, openCampaign, startProcessApp, UNIT, type Directory } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;
beforeAll(async () => { ({ t, dir } = await startProcessApp()); });
afterAll(async () => { await t.close(); });

const SIGN_OFF = `mutation($input: NominationSignOffInput!) { nominationSignOffRecord(input: $input) { nomination { signOffs { department opinion } } userErrors { code } } }`;
const RECUSE = `mutation($input: NominationRecuseInput!) { nominationRecuse(input: $input) { userErrors { code } } }`;

// A save sent twice (a double click, a retry on a slow line) is one record, never the one-per-department or
// one-per-reviewer index surfacing as an internal error.
describe('a file’s records saved twice at once', () => {
  it('a department’s opinion saved twice at once is stored once, with one of the two texts', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const unit = await t.as('unit');
    for (let round = 0; round < 4; round++) {
      const created = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName: `同时保存${round}` }) });
      const nomination = created.nomination!.id;
      const saves = ['经审计，未发现问题。', '经审计，未发现违规问题。'].map((opinion) =>
        unit.gql(SIGN_OFF, { input: { nomination, department: 'AUDIT', signedOn: '2026-02-08', opinion } }));
      const both = await Promise.all(saves);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(both.map((r) => codes(r.data!.nominationSignOffRecord))).toEqual([[], []]);
      const stored = await t.app.orm.em.fork().find(DepartmentSignOff, { nomination: idOf(nomination, 'Nomination')! });
      expect(stored).toHaveLength(1);
      expect(['经审计，未发现问题。', '经审计，未发现违规问题。']).toContain(stored[0]!.opinion);
    }
  });

  it('a reviewer who declares a conflict twice at once is recused once', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const chaoyang = await t.as('chaoyang');
    for (let round = 0; round < 4; round++) {
      const nomination = await fileToSubmitted(t, dir, campaign, { candidateName: `同时回避${round}` });
      const both = await Promise.all([1, 2].map(() => chaoyang.gql(RECUSE, { input: { nomination, note: '候选人系本人亲属' } })));
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(both.map((r) => codes(r.data!.nominationRecuse))).toEqual([[], []]);
      expect(await t.app.orm.em.fork().count(Recusal, { nomination: idOf(nomination, 'Nomination')! })).toBe(1);
    }
  });
});
