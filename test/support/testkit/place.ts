import { createHash, randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';
import { UNIT } from './directory.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { OrganizationKind } from '@laomo/server/modules/organization/organization.enums.js';
import { buildOrganization } from '@laomo/server/modules/organization/organization.service.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { AccountKind } from '@laomo/server/modules/account/account.enums.js';
import { RoleGrant } from '@laomo/server/modules/account/role-grant.entity.js';
import { Role } from '@laomo/server/modules/account/role.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { Campaign } from '@laomo/server/modules/campaign/campaign.entity.js';
import { CampaignStatus, ObjectionIdentityPolicy, VoteTallyVisibility } from '@laomo/server/modules/campaign/campaign.enums.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { NominationSource, NominationState } from '@laomo/server/modules/nomination/nomination.enums.js';
import { RecipientKind } from '@laomo/server/modules/honor/honor.enums.js';
import { Notice } from '@laomo/server/modules/notice/notice.entity.js';
import { NoticeEntry } from '@laomo/server/modules/notice/notice-entry.entity.js';
import { NoticeStage } from '@laomo/server/modules/notice/notice.enums.js';
import { Objection } from '@laomo/server/modules/objection/objection.entity.js';
import { ObjectionChannel } from '@laomo/server/modules/objection/objection.enums.js';
import { Comment } from '@laomo/server/modules/comment/comment.entity.js';
import { CommentStance } from '@laomo/server/modules/comment/comment.enums.js';
import { Studio } from '@laomo/server/modules/studio/studio.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerTransfer } from '@laomo/server/modules/registry/model-worker-transfer.entity.js';
import { Keeping } from '@laomo/server/modules/registry/registry.enums.js';
import { Gender } from '@laomo/server/modules/registry/registry.enums.js';
import { beijingDate } from '@laomo/server/modules/calendar/working-calendar.js';

/**
 * One organization with something of every guarded kind at it, made directly with the entities: an
 * account granted there, a published notice (with voting open) with one entry, and a studio. Objections
 * and comments are made fresh for each probe, since acting on one changes it.
 */
export interface PlaceFixture {
  name: string;
  organization: string;
  account: string;
  username: string;
  campaign: string;
  notice: string;
  entry: string;
  studio: string;
  studioName: string;
  objection(): Promise<string>;
  comment(): Promise<string>;
  /** A fresh registry record kept at this organization (its global id). */
  registryRecord(): Promise<string>;
  /** A fresh transfer, waiting, of a record kept elsewhere to this organization (its global id). */
  transferHere(): Promise<string>;
}

const STAGE: Partial<Record<OrganizationKind, NoticeStage>> = {
  CITY_FEDERATION: NoticeStage.CITY, DISTRICT_UNION: NoticeStage.DISTRICT, GRASSROOTS_UNION: NoticeStage.UNIT,
};

/** A second city federation beside the demo city, so that the city's staff have an "outside" too. */
export async function seedSecondCity(t: TestApp, name: string): Promise<void> {
  const em = t.app.orm.em.fork();
  buildOrganization(em, null, { name, kind: OrganizationKind.CITY_FEDERATION, contact: `${name}评选办公室` });
  await em.flush();
}

export async function seedPlace(t: TestApp, name: string): Promise<PlaceFixture> {
  const em = t.app.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { name });
  const tag = randomUUID().slice(0, 8);
  const account = em.create(Account, { username: `p-${tag}`, displayName: `${name} 职工`, passwordHash: 'x', kind: AccountKind.STAFF });
  em.create(RoleGrant, { account, role: Role.EMPLOYEE, organization: org });
  const honor = await em.findOneOrFail(Honor, { code: 'BJ_MODEL_WORKER' });
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const proposer = await em.findOneOrFail(Account, { username: 'unit' });
  const now = t.clock.now();
  const campaign = em.create(Campaign, {
    name: `${name} 权限测试评选 ${tag}`, year: 2026, status: CampaignStatus.CLOSED, organizer: org,
    nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-02-13', objectionIdentity: ObjectionIdentityPolicy.ENCOURAGED,
    votingEnabled: true, votingOpensAt: new Date(now.getTime() - 86_400_000), votingClosesAt: new Date(now.getTime() + 7 * 86_400_000),
    votesPerAccount: 10, voteTallyVisibility: VoteTallyVisibility.AFTER_CLOSE,
  });
  campaign.honors.add(honor);
  const notice = em.create(Notice, {
    campaign, organization: org, stage: STAGE[org.kind] ?? NoticeStage.DISTRICT, title: `${name} 公示 ${tag}`,
    startsOn: beijingDate(new Date(now.getTime() - 2 * 86_400_000)), endsOn: beijingDate(new Date(now.getTime() + 5 * 86_400_000)), workingDays: 5,
    objectionContact: `${name} 010-0000 0000`, publishedAt: new Date(now.getTime() - 2 * 86_400_000),
    snapshotHash: createHash('sha256').update(tag).digest('hex'),
  });
  const nomination = em.create(Nomination, {
    campaign, honor, unit, state: NominationState.DISTRICT_NOTICE, source: NominationSource.UNIT, proposer,
    recipientKind: RecipientKind.INDIVIDUAL, candidateName: '权限测', employerName: '北京燕京精密机械有限公司', post: '数控车工',
    publicSummary: '扎根一线。', deeds: '（仅工作人员可见）', consentToPublish: true,
  });
  const snapshot = { candidateName: '权限测', employerName: '北京燕京精密机械有限公司', post: '数控车工', honorName: honor.name, honorsHeld: [], publicSummary: '扎根一线。' };
  const entry = em.create(NoticeEntry, { notice, nomination, position: 1, snapshot, snapshotHash: createHash('sha256').update(JSON.stringify(snapshot)).digest('hex') });
  const template = await em.findOneOrFail(Studio, { id: { $ne: null } }, { orderBy: { createdAt: 'asc' } });
  const studioName = `权限测试工作室 ${tag}`;
  // A model worker leads one live studio at a time: each place's studio gets its own.
  const leader = em.create(ModelWorker, { name: '钱学文', gender: Gender.MALE, organization: unit, employerName: '北京燕京精密机械有限公司', post: '装配钳工' });
  const studio = em.create(Studio, {
    name: studioName, level: template.level, organization: org, industry: template.industry, field: template.field, leader,
    introduction: template.introduction, venue: template.venue, facilities: template.facilities, venueArea: template.venueArea,
    annualFunding: template.annualFunding, fundingSource: template.fundingSource, foundedOn: template.foundedOn,
  });
  await em.flush();
  const author = await em.findOneOrFail(Account, { username: 'public' });
  return {
    name,
    organization: toGlobalId('Organization', org.id),
    account: toGlobalId('Account', account.id),
    username: account.username!,
    campaign: toGlobalId('Campaign', campaign.id),
    notice: toGlobalId('Notice', notice.id),
    entry: toGlobalId('NoticeEntry', entry.id),
    studio: toGlobalId('Studio', studio.id),
    studioName,
    async objection() {
      const fork = t.app.orm.em.fork();
      const objection = fork.create(Objection, {
        notice: notice.id, entry: entry.id, nomination: nomination.id, channel: ObjectionChannel.PHONE, content: '材料与事实不符，请核查。',
        realName: false, receivedAt: t.clock.now(),
      });
      await fork.flush();
      return toGlobalId('Objection', objection.id);
    },
    async registryRecord() {
      const fork = t.app.orm.em.fork();
      const worker = fork.create(ModelWorker, { name: '权限测', gender: Gender.FEMALE, organization: org.id, employerName: org.name, post: '技师' });
      await fork.flush();
      return toGlobalId('ModelWorker', worker.id);
    },
    async transferHere() {
      const fork = t.app.orm.em.fork();
      const worker = fork.create(ModelWorker, { name: '权限测', gender: Gender.FEMALE, organization: unit.id, employerName: unit.name, post: '技师' });
      const transfer = fork.create(ModelWorkerTransfer, { modelWorker: worker, from: unit.id, to: org.id, keeping: Keeping.LOCALITY, reason: '权限测试' });
      await fork.flush();
      return toGlobalId('ModelWorkerTransfer', transfer.id);
    },
    async comment() {
      const fork = t.app.orm.em.fork();
      const comment = fork.create(Comment, {
        entry: entry.id, notice: notice.id, author: author.id, authorName: '孙○', body: '支持！', stance: CommentStance.SUPPORT,
      });
      await fork.flush();
      return toGlobalId('Comment', comment.id);
    },
  };
}
