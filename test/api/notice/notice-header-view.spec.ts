/**
 * The notice page's header (the notice, its campaign and organization) is read as read-only views rather than
 * ORM entities (common/raw-read.ts `readOnlyView`). Whatever a caller asks of it must answer exactly as the
 * entities do: `node(id:)` still loads the notice through the ORM, so the two answers are compared field for
 * field, relations and collections included, for a visitor, a voter and the organizing staff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type TestApp } from '../../support/testkit/index.js';
import { Campaign } from '../../../server/src/modules/campaign/campaign.entity.js';
import { CampaignQuota } from '../../../server/src/modules/campaign/campaign-quota.entity.js';
import { StructureBound, StructureDimension } from '../../../server/src/modules/campaign/campaign.enums.js';
import { Organization } from '../../../server/src/modules/organization/organization.entity.js';
import { idOf } from '../../../server/src/common/relay/global-id.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const HEADER = `fragment Header on Notice {
  id title stage startsOn endsOn workingDays objectionContact publishedAt snapshotHash phase remainingWorkingDays
  campaign {
    id name year status description nominationOpensOn nominationClosesOn conferOn unitNoticeWorkingDays
    districtNoticeWorkingDays cityNoticeWorkingDays objectionIdentity votingEnabled votingOpensAt votingClosesAt
    votesPerAccount voteTallyVisibility votingOpenNow viewerVotesRemaining viewerCanManage
    structureRules { dimension bound percent }
    organizer { id name kind parent { id } }
    honors { id code name level }
    quotas { id seats organization { id name } }
  }
  organization { id name shortName kind employerKind contact viewerCanManage parent { id name } ancestry { id name } children(first: 3) { totalCount } }
  entries(first: 2) { totalCount nodes { id candidateName notice { id campaign { id votingOpenNow } } } }
}`;
const BY_NOTICE = `${HEADER} query($id: ID!) { notice(id: $id) { ...Header } }`;
const BY_NODE = `${HEADER} query($id: ID!) { node(id: $id) { ...Header } }`;

describe("a notice's header read as views", () => {
  it('answers every field, relation and collection as the ORM entities do, for a visitor, a voter and staff', async () => {
    const fx = await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never } });
    const em = t.app.orm.em.fork();
    const campaign = await em.findOneOrFail(Campaign, idOf(fx.campaign, 'Campaign')!);
    campaign.structureRules = [
      { dimension: StructureDimension.FRONT_LINE, bound: StructureBound.MIN, percent: 60 },
      { dimension: StructureDimension.WOMEN, bound: StructureBound.MIN, percent: 30 },
    ];
    campaign.description = '说明：公示期内可实名反映问题。';
    em.create(CampaignQuota, { campaign, organization: await em.findOneOrFail(Organization, { name: { $like: '%朝阳%' } }), seats: 12 });
    await em.flush();
    t.clock.set('2026-03-03');

    for (const who of ['visitor', 'public', 'city'] as const) {
      const client = who === 'visitor' ? t.anonymous() : await t.as(who);
      const read: any = await client.ok(BY_NOTICE, { id: fx.notice });
      const loaded: any = await client.ok(BY_NODE, { id: fx.notice });
      expect(read.notice, who).toEqual(loaded.node);
      expect(read.notice.campaign.structureRules).toEqual([
        { dimension: 'FRONT_LINE', bound: 'MIN', percent: 60 },
        { dimension: 'WOMEN', bound: 'MIN', percent: 30 },
      ]);
      expect(read.notice.campaign.quotas).toHaveLength(1);
      expect(read.notice.campaign.honors.length).toBeGreaterThan(0);
      expect(read.notice.organization.parent).not.toBeNull();
      expect(read.notice.campaign.votingOpenNow).toBe(true);
      expect(read.notice.campaign.viewerCanManage).toBe(who === 'city');
    }
  });

  it('answers every field of a page’s entries (read as views) as each entry loaded by the ORM does', async () => {
    const fx = await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00', tally: 'LIVE' as never } });
    t.clock.set('2026-03-03');
    const ENTRY = `fragment Entry on NoticeEntry {
      id position status snapshotHash candidateName gender employerName post honorName honorsHeld publicSummary commentCount
      viewerHasVoted voteCount notice { id title campaign { id } } comments(first: 2) { totalCount }
    }`;
    const voter = await t.as('public');
    await voter.ok(`mutation($input: VoteCastInput!) { voteCast(input: $input) { userErrors { code } } }`, { input: { entry: fx.entries[1] } });
    for (const client of [t.anonymous(), voter, await t.as('city')]) {
      const page: any = await client.ok(`${ENTRY} query($id: ID!) { notice(id: $id) { entries(first: 10) { nodes { ...Entry } } } }`, { id: fx.notice });
      const entries = page.notice.entries.nodes;
      expect(entries).toHaveLength(3);
      for (const entry of entries) {
        const loaded: any = await client.ok(`${ENTRY} query($id: ID!) { node(id: $id) { ...Entry } }`, { id: entry.id });
        expect(entry).toEqual(loaded.node);
      }
      expect(entries.map((e: any) => e.voteCount)).toContain(1);
    }
  });
});
