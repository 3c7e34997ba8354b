import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { Notice } from '@laomo/server/modules/notice/notice.entity.js';
import { NoticeEntry } from '@laomo/server/modules/notice/notice-entry.entity.js';
import {
  act, CHAOYANG, codes, createFile, fileInput, openCampaign, recommend, reportDeeds, staggered, startProcessApp, UNIT, type ApiClient, type Directory,
} from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;
beforeAll(async () => { ({ t, dir } = await startProcessApp()); });
afterAll(async () => { await t.close(); });

const PUBLISH = `mutation($input: NoticePublishInput!) { noticePublish(input: $input) { notice { id } userErrors { code field } } }`;

/** A unit's file ready for its unit notice (deeds reported). */
async function reported(unit: ApiClient, campaign: string, candidateName: string): Promise<string> {
  const created = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName }) });
  expect(created.userErrors).toEqual([]);
  const id = created.nomination!.id;
  expect((await act(unit, id, 'NOMINATE')).userErrors).toEqual([]);
  expect((await recommend(unit, id)).userErrors).toEqual([]);
  expect((await reportDeeds(unit, id)).userErrors).toEqual([]);
  return id;
}

// Two staff of a unit publish its notice at the same moment, listing the same files in another order (a notice
// is published once a file: the second publication of a file is refused).
describe('one unit’s notice published twice at once', () => {
  it('with the files in another order, one notice lists them and the other publication is refused for each file, never a deadlock', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 24 }] });
    const unit = await t.as('unit');
    const colleague = await t.as('unit');
    for (let round = 0; round < 8; round++) {
      const files = [await reported(unit, campaign, `同时公示甲${round}`), await reported(unit, campaign, `同时公示乙${round}`), await reported(unit, campaign, `同时公示丙${round}`)];
      const input = (nominations: string[]) => ({ input: { campaign, stage: 'UNIT', organization: dir.orgs[UNIT], nominations } });
      const [forward, backward] = await Promise.all([
        unit.gql(PUBLISH, input(files)),
        staggered(round, 5).then(() => colleague.gql(PUBLISH, input([...files].reverse()))),
      ]);
      expect(forward.errors ?? backward.errors).toBeUndefined();
      const outcomes = [forward.data!.noticePublish, backward.data!.noticePublish];
      const published = outcomes.filter((o) => codes(o).length === 0);
      expect(published).toHaveLength(1);
      const refused = outcomes.find((o) => codes(o).length > 0)!;
      expect(refused.notice).toBeNull();
      expect(codes(refused)).toEqual(files.map(() => 'nomination/action_not_available'));
      const em = t.app.orm.em.fork();
      const ids = files.map((f) => idOf(f, 'Nomination')!);
      expect((await em.find(Nomination, ids)).map((n) => n.state)).toEqual(files.map(() => 'UNIT_NOTICE'));
      const entries = await em.find(NoticeEntry, { nomination: ids });
      expect(entries).toHaveLength(3);
      expect(new Set(entries.map((e) => e.notice.id))).toEqual(new Set([idOf(published[0]!.notice!.id, 'Notice')]));
      expect(await em.count(Notice, { id: idOf(published[0]!.notice!.id, 'Notice')! })).toBe(1);
    }
  });
});
