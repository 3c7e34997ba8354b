import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Organization } from '../../modules/organization/organization.entity.js';
import { OrganizationKind } from '../../modules/organization/organization.enums.js';
import { Honor } from '../../modules/honor/honor.entity.js';
import { Account } from '../../modules/account/account.entity.js';
import { Role } from '../../modules/account/role.js';

import { RecipientKind } from '../../modules/honor/honor.enums.js';
import { Campaign } from '../../modules/campaign/campaign.entity.js';
import { CampaignQuota } from '../../modules/campaign/campaign-quota.entity.js';
import { CampaignStatus, StructureBound, StructureDimension } from '../../modules/campaign/campaign.enums.js';
import { Nomination } from '../../modules/nomination/nomination.entity.js';
import { NominationSource, NominationState } from '../../modules/nomination/nomination.enums.js';
import { Notice } from '../../modules/notice/notice.entity.js';
import { NoticeEntry } from '../../modules/notice/notice-entry.entity.js';
import { NoticeStage } from '../../modules/notice/notice.enums.js';
import { noticeHash, sha256Hex, snapshotOf } from '../../modules/notice/notice-snapshot.js';
import { DEMO_CANDIDATES } from './demo-candidates.js';
import { sealedIdNumber } from '../../modules/registry/registry.service.js';

/**
 * The city's 2026 selection (seed 002): quotas for every district and system union, the structure
 * rules of seed 001, and a few files on their way, two of them on a published unit notice.
 */
export class CampaignSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const city = await em.findOneOrFail(Organization, { kind: OrganizationKind.CITY_FEDERATION });
    const honors = new Map((await em.find(Honor, {})).map((h) => [h.code, h]));
    const campaign = em.create(Campaign, {
      name: '2026年北京市劳动模范和先进工作者评选表彰', year: 2026, organizer: city, status: CampaignStatus.OPEN,
      description: '坚持自下而上、民主公开、公平公正，实行“一报告两审核三公示”。推荐对象以一线职工为主，基层一线比例不低于 50%。',
      nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-12-31', conferOn: '2027-04-28',
      structureRules: [
        { dimension: StructureDimension.GRASSROOTS, bound: StructureBound.MIN, percent: 50 },
        { dimension: StructureDimension.WOMEN, bound: StructureBound.MIN, percent: 30 },
        { dimension: StructureDimension.ENTERPRISE_HEAD, bound: StructureBound.MAX, percent: 20 },
      ],
    });
    campaign.honors.set(['BJ_MODEL_WORKER', 'BJ_ADVANCED_WORKER', 'NATIONAL_MAY1_MEDAL'].map((c) => honors.get(c)!));
    const unions = await em.find(Organization, { kind: { $in: [OrganizationKind.DISTRICT_UNION, OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION] } });
    for (const union of unions) em.create(CampaignQuota, { campaign, organization: union, seats: union.kind === OrganizationKind.DISTRICT_UNION ? 6 : 4 });

    const files: Nomination[] = [];
    for (const c of DEMO_CANDIDATES) {
      const unit = await em.findOneOrFail(Organization, { name: c.unit });
      // The unit's own union staff open its files: a proposer elsewhere would teach a wrong scope.
      const unitStaff = await em.findOneOrFail(Account, { roleGrants: { role: Role.UNIT_STAFF, organization: unit } });
      files.push(em.create(Nomination, {
        campaign, unit, honor: honors.get(c.honor)!, state: c.state, source: NominationSource.UNIT, proposer: unitStaff,
        recipientKind: RecipientKind.INDIVIDUAL, candidateName: c.name, gender: c.gender, employerName: unit.name.replace(/工会$/, ''),
        post: c.post, publicSummary: c.summary, deeds: c.summary, frontLine: true, grassroots: true, technical: c.technical,
        consentToPublish: true, ...sealedIdNumber(c.idNumber), phone: c.phone,
        recommendation: { heldOn: '2026-03-10', delegates: 120, present: 112, votesFor: 98, votesAgainst: 6, abstaining: 8 },
        deedsReport: { reportedOn: '2026-03-12', audience: '全体职工代表大会', material: c.summary },
        partyConsent: c.partyConsentOn ? { consentedOn: c.partyConsentOn, committee: `${unit.name.replace(/工会$/, '')}党委` } : null,
      }));
    }
    const onNotice = files.filter((f) => f.state === NominationState.UNIT_NOTICE);
    if (onNotice.length) {
      const unit = await onNotice[0].unit.loadOrFail();
      const notice = em.create(Notice, {
        campaign, organization: unit, stage: NoticeStage.UNIT, title: `${campaign.name} ${unit.name}单位公示`,
        startsOn: '2026-11-18', endsOn: '2026-11-24', workingDays: 5, objectionContact: `${unit.name} 010-6758 2100（工作日 9:00-17:00）`,
        publishedAt: new Date('2026-11-18T01:00:00Z'), snapshotHash: '',
      });
      const entries: NoticeEntry[] = [];
      for (const [i, nomination] of onNotice.entries()) {
        const snapshot = await snapshotOf(nomination);
        entries.push(em.create(NoticeEntry, { notice, nomination, position: i + 1, snapshot, snapshotHash: sha256Hex(snapshot) }));
      }
      notice.snapshotHash = noticeHash(notice, campaign.name, unit.name, entries);
    }
    await em.flush();
  }
}

