import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { Campaign } from '@laomo/server/modules/campaign/campaign.entity.js';
import { CampaignStatus } from '@laomo/server/modules/campaign/campaign.enums.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { NominationSource, NominationState } from '@laomo/server/modules/nomination/nomination.enums.js';
import { RecipientKind } from '@laomo/server/modules/honor/honor.enums.js';
import { Notice } from '@laomo/server/modules/notice/notice.entity.js';
import { NoticeEntry } from '@laomo/server/modules/notice/notice-entry.entity.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { noticeHash, sha256Hex } from '@laomo/server/modules/notice/notice-snapshot.js';
import { publish, startTestApp, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-03-02');
});
afterAll(async () => { await t.close(); });

/** Per stage: the state a file waits in, the office that publishes, its staff account, the state it moves to. */
const STAGES = {
  UNIT: { ready: NominationState.REPORTED, office: '北京燕京精密机械有限公司工会', staff: 'unit', listed: NominationState.UNIT_NOTICE },
  DISTRICT: { ready: NominationState.PRELIMINARY_APPROVED, office: '朝阳区总工会', staff: 'chaoyang', listed: NominationState.DISTRICT_NOTICE },
  CITY: { ready: NominationState.SECONDARY_APPROVED, office: '北京市总工会', staff: 'city', listed: NominationState.CITY_NOTICE },
} as const;

/** `count` consenting candidates of 燕京精密, waiting for the notice of a stage in a campaign of their own. */
async function filesReadyFor(stage: keyof typeof STAGES, count: number) {
  const em = t.app.orm.em.fork();
  const city = await em.findOneOrFail(Organization, { name: '北京市总工会' });
  const unit = await em.findOneOrFail(Organization, { name: '北京燕京精密机械有限公司工会' });
  const honor = await em.findOneOrFail(Honor, { code: 'BJ_MODEL_WORKER' });
  const proposer = await em.findOneOrFail(Account, { username: 'unit' });
  const campaign = em.create(Campaign, {
    name: `公示测试 ${stage} ${count} ${Math.random().toString(36).slice(2, 7)}`, year: 2026, status: CampaignStatus.OPEN, organizer: city,
    nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-12-31',
  });
  campaign.honors.add(honor);
  const files = Array.from({ length: count }, (_, i) => em.create(Nomination, {
    campaign, honor, unit, proposer, state: STAGES[stage].ready, source: NominationSource.UNIT, recipientKind: RecipientKind.INDIVIDUAL,
    candidateName: `候选人${String(i + 1).padStart(2, '0')}`, employerName: '北京燕京精密机械有限公司', post: '数控车工',
    publicSummary: `第 ${i + 1} 位候选人的事迹摘要。`, deeds: '（完整事迹）', consentToPublish: true,
  }));
  await em.flush();
  const organization = await em.findOneOrFail(Organization, { name: STAGES[stage].office });
  return {
    campaignId: campaign.id, campaign: toGlobalId('Campaign', campaign.id), organization: toGlobalId('Organization', organization.id),
    ids: files.map((f) => f.id), globalIds: files.map((f) => toGlobalId('Nomination', f.id)),
  };
}

describe('a notice is published whole, with every candidate it names', () => {
  for (const stage of ['UNIT', 'DISTRICT', 'CITY'] as const) {
    for (const count of [2, 25]) {
      it(`a ${stage.toLowerCase()} notice of ${count} candidates lists them all, in order, under a hash of what it shows`, async () => {
        const files = await filesReadyFor(stage, count);
        const published = await publish(await t.as(STAGES[stage].staff), files.campaign, stage, files.organization, files.globalIds);
        expect(published.userErrors).toEqual([]);
        expect(published.notice!.snapshotHash).toMatch(/^[0-9a-f]{64}$/);

        const em = t.app.orm.em.fork();
        const notice = await em.findOneOrFail(Notice, { campaign: files.campaignId }, { populate: ['campaign', 'organization'] });
        const entries = await em.find(NoticeEntry, { notice }, { orderBy: { position: 'asc' } });
        expect(entries.map((e) => e.nomination.id)).toEqual(files.ids);
        expect(entries.map((e) => e.position)).toEqual(files.ids.map((_, i) => i + 1));
        for (const entry of entries) expect(entry.snapshotHash).toBe(sha256Hex(entry.snapshot));
        expect(notice.snapshotHash).toBe(noticeHash(notice, notice.campaign.getEntity().name, notice.organization.getEntity().name, entries));
        expect(notice.snapshotHash).toBe(published.notice!.snapshotHash);

        const states = await em.find(Nomination, { id: { $in: files.ids } });
        expect(states.map((n) => n.state)).toEqual(files.ids.map(() => STAGES[stage].listed));
        const { notice: read } = await t.anonymous().ok(`query($id: ID!) { notice(id: $id) { snapshotHash entries(first: 100) { totalCount nodes { candidateName } } } }`, {
          id: published.notice!.id,
        });
        expect(read.snapshotHash).toBe(published.notice!.snapshotHash);
        expect(read.entries.totalCount).toBe(count);
        expect(read.entries.nodes.map((e: { candidateName: string }) => e.candidateName)).toEqual(files.ids.map((_, i) => `候选人${String(i + 1).padStart(2, '0')}`));
      });
    }
  }
});

describe('a mutation that fails in its last step leaves nothing behind', () => {
  it('a fault while sealing a notice of two candidates keeps no notice, no audit line and no step of either file', async () => {
    const files = await filesReadyFor('UNIT', 2);
    const connection = t.app.orm.em.getConnection();
    // The audit line of the notice is the last row the publication writes: fail exactly there.
    await connection.execute(`create function fault_on_publish() returns trigger language plpgsql as $$
      begin raise exception 'injected fault'; end $$;`);
    await connection.execute(`create trigger fault_on_publish before insert on audit_entry for each row
      when (new.action = 'notice.publish') execute function fault_on_publish();`);
    try {
      const unit = await t.as('unit');
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const failed = await unit.gql(`mutation($input: NoticePublishInput!) { noticePublish(input: $input) { notice { id } userErrors { code } } }`, {
        input: { campaign: files.campaign, stage: 'UNIT', organization: files.organization, nominations: files.globalIds },
      });
      expect(failed.errors?.[0]).toMatchObject({ message: '服务器内部错误，请稍后再试 (Internal server error; please try again later)', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(failed)).not.toContain('injected fault');
      // The log says what failed, and not the values the failed statement carried (the actor's name is one).
      const logged = log.mock.calls.flat().map((part) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part))).join('\n');
      log.mockRestore();
      const { displayName } = await t.app.orm.em.fork().findOneOrFail(Account, { username: 'unit' });
      expect(logged).toContain('injected fault');
      expect(logged).toContain('audit_entry');
      expect(logged).not.toContain(displayName);

      const em = t.app.orm.em.fork();
      expect(await em.count(Notice, { campaign: files.campaignId })).toBe(0);
      expect(await em.count(AuditEntry, { subjectId: { $in: files.ids } })).toBe(0);
      expect((await em.find(Nomination, { id: { $in: files.ids } })).map((n) => n.state)).toEqual([NominationState.REPORTED, NominationState.REPORTED]);
    } finally {
      await connection.execute('drop trigger fault_on_publish on audit_entry; drop function fault_on_publish();');
    }
    // Nothing was half-done, so the same publication goes through once the fault is gone.
    const again = await publish(await t.as('unit'), files.campaign, 'UNIT', files.organization, files.globalIds);
    expect(again.userErrors).toEqual([]);
    expect(await t.app.orm.em.fork().count(NoticeEntry, { nomination: { $in: files.ids } })).toBe(2);
  });
});
