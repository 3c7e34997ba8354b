import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { Objection } from '@laomo/server/modules/objection/objection.entity.js';
import { codes, seedOpenNotice, startTestApp, type ApiClient, type NoticeFixture, type TestApp, staggered } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 16 });
  t.clock.set('2026-03-04');
});
afterAll(async () => { await t.close(); });

const ENTER = `mutation($input: ObjectionEnterInput!) { objectionEnter(input: $input) { objection { id } userErrors { code } } }`;
const INVESTIGATE = `mutation($input: ObjectionInvestigationStartInput!) { objectionInvestigationStart(input: $input) { objection { status } userErrors { code } } }`;
const UPHOLD = `mutation($input: ObjectionDecideInput!) { objectionUphold(input: $input) { objection { status } userErrors { code } } }`;
const DISMISS = `mutation($input: ObjectionDecideInput!) { objectionDismiss(input: $input) { objection { status } userErrors { code } } }`;


/** An objection phoned in about the round's candidate, entered by 朝阳区 (whose notice it is). */
async function phonedIn(chaoyang: ApiClient, round: number): Promise<string> {
  const entered = (await chaoyang.ok(ENTER, { input: { entry: fx.entries[round], channel: 'PHONE', content: '电话反映该同志情况需核实。', realName: false } })).objectionEnter;
  expect(entered.userErrors).toEqual([]);
  return entered.objection.id;
}

/** The objection's status, its nomination's state and the audit lines of its steps (sorted: the test clock stands still), as stored. */
async function stored(objection: string, round: number) {
  const em = t.app.orm.em.fork();
  const id = idOf(objection, 'Objection')!;
  const lines = await em.find(AuditEntry, { subjectId: id });
  return {
    status: (await em.findOneOrFail(Objection, id)).status,
    nomination: (await em.findOneOrFail(Nomination, fx.nominations[round]!)).state,
    steps: lines.map((l) => l.action).filter((a) => a !== 'objection.enter').sort(),
  };
}

describe('two offices handling one objection at once', () => {
  it('upheld by the district and dismissed by the city at once, it is decided once, and the file follows that decision', async () => {
    const [chaoyang, city] = await Promise.all((['chaoyang', 'city'] as const).map((u) => t.as(u)));
    for (let round = 0; round < 4; round++) {
      const objection = await phonedIn(chaoyang, round);
      const [uphold, dismiss] = await Promise.all([
        chaoyang.gql(UPHOLD, { input: { objection, reply: '经调查核实，反映问题属实，撤销其推荐资格。' } }),
        staggered(round).then(() => city.gql(DISMISS, { input: { objection, reply: '经核实，反映不属实，异议不成立。' } })),
      ]);
      expect(uphold.errors ?? dismiss.errors).toBeUndefined();
      const decided = [codes(uphold.data!.objectionUphold), codes(dismiss.data!.objectionDismiss)];
      expect([[[], ['objection/already_decided']], [['objection/already_decided'], []]]).toContainEqual(decided);
      const upheld = decided[0]!.length === 0;
      expect(await stored(objection, round)).toEqual(upheld
        ? { status: 'UPHELD', nomination: 'WITHDRAWN', steps: ['objection.upheld'] }
        : { status: 'DISMISSED', nomination: 'DISTRICT_NOTICE', steps: ['objection.dismissed'] });
    }
  });

  it('an investigation started while the objection is dismissed never reopens it', async () => {
    const [chaoyang, city] = await Promise.all((['chaoyang', 'city'] as const).map((u) => t.as(u)));
    for (let round = 4; round < 8; round++) {
      const objection = await phonedIn(chaoyang, round);
      const [investigate, dismiss] = await Promise.all([
        staggered(round).then(() => chaoyang.gql(INVESTIGATE, { input: { objection } })),
        city.gql(DISMISS, { input: { objection, reply: '经核实，反映不属实，异议不成立。' } }),
      ]);
      expect(investigate.errors ?? dismiss.errors).toBeUndefined();
      expect(codes(dismiss.data!.objectionDismiss)).toEqual([]);
      const investigated = codes(investigate.data!.objectionInvestigationStart);
      // Investigated first and then dismissed; or dismissed first, when there is nothing left to investigate.
      expect([[], ['objection/not_received']]).toContainEqual(investigated);
      expect(await stored(objection, round)).toEqual({
        status: 'DISMISSED', nomination: 'DISTRICT_NOTICE', steps: investigated.length ? ['objection.dismissed'] : ['objection.dismissed', 'objection.investigate'],
      });
    }
  });
});

describe('two objections to one candidate upheld at once', () => {
  it('both are upheld, as one after the other would be: the candidate is withdrawn once, by the first', async () => {
    const [chaoyang, city] = await Promise.all((['chaoyang', 'city'] as const).map((u) => t.as(u)));
    for (let round = 8; round < 16; round++) {
      const objections = [await phonedIn(chaoyang, round), await phonedIn(chaoyang, round)];
      const [first, second] = await Promise.all([
        chaoyang.gql(UPHOLD, { input: { objection: objections[0], reply: '经调查核实，反映问题属实，撤销其推荐资格。' } }),
        staggered(round).then(() => city.gql(UPHOLD, { input: { objection: objections[1], reply: '经核实，另一反映问题亦属实。' } })),
      ]);
      expect(first.errors ?? second.errors).toBeUndefined();
      expect([codes(first.data!.objectionUphold), codes(second.data!.objectionUphold)]).toEqual([[], []]);
      for (const objection of objections) {
        expect(await stored(objection, round)).toEqual({ status: 'UPHELD', nomination: 'WITHDRAWN', steps: ['objection.upheld'] });
      }
      const withdrawals = await t.app.orm.em.fork().find(AuditEntry, { subjectId: fx.nominations[round]!, action: 'nomination.UPHOLD_OBJECTION' });
      expect(withdrawals).toHaveLength(1);
    }
  });
});
