import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { DepartmentSignOff } from '@laomo/server/modules/nomination/department-sign-off.entity.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { Recusal } from '@laomo/server/modules/nomination/recusal.entity.js';
import {
  act, CHAOYANG, codes, createFile, fileInput, fileThroughUnitNotice, fileToSubmitted, openCampaign, partyConsent, staggered, startProcessApp, UNIT, type Directory,
} from '../../support/testkit/index.js';

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

// A record the unit keeps only while it holds the file is checked against the file as the lock holds it:
// a step that moved the file on first is not undone by a permission read before it.
describe('a file’s record racing a step that moves the file on', () => {
  it('an opinion saved while the unit submits the file is kept only if saved before the submission; after it, it is refused', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 8 }] });
    const unit = await t.as('unit');
    for (let round = 0; round < 8; round++) {
      const { id: nomination } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: `提交时签署${round}` });
      t.clock.set('2026-02-14');
      expect((await act(unit, nomination, 'PASS_UNIT_NOTICE')).userErrors).toEqual([]);
      expect((await partyConsent(unit, nomination)).userErrors).toEqual([]);
      const [submitted, signed] = await Promise.all([
        act(unit, nomination, 'SUBMIT_TO_DISTRICT'),
        staggered(round, 5).then(() => unit.gql(SIGN_OFF, { input: { nomination, department: 'AUDIT', signedOn: '2026-02-13', opinion: '经审计，未发现问题。' } })),
      ]);
      expect(submitted.userErrors).toEqual([]);
      expect(signed.errors).toBeUndefined();
      const refused = codes(signed.data!.nominationSignOffRecord);
      expect([[], ['nomination/not_editable']]).toContainEqual(refused);
      const em = t.app.orm.em.fork();
      const file = await em.findOneOrFail(Nomination, idOf(nomination, 'Nomination')!);
      const opinions = await em.find(DepartmentSignOff, { nomination: file });
      expect(file.state).toBe('SUBMITTED');
      expect(opinions).toHaveLength(refused.length ? 0 : 1);
      // Kept: written before the submission changed the file (its last change), never after it.
      if (opinions[0]) expect(opinions[0].createdAt.getTime()).toBeLessThan(file.updatedAt.getTime());
    }
  });
});
