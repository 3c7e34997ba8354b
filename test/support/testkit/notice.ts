import { createHash } from 'node:crypto';
import type { TestApp } from './app.js';
import { CHAOYANG, CITY, UNIT } from './directory.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { Campaign } from '@laomo/server/modules/campaign/campaign.entity.js';
import { CampaignStatus, ObjectionIdentityPolicy, VoteTallyVisibility } from '@laomo/server/modules/campaign/campaign.enums.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { NominationSource, NominationState } from '@laomo/server/modules/nomination/nomination.enums.js';
import { RecipientKind } from '@laomo/server/modules/honor/honor.enums.js';
import { Gender } from '@laomo/server/modules/registry/registry.enums.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { sealedIdNumber } from '@laomo/server/modules/registry/registry.service.js';
import { Notice } from '@laomo/server/modules/notice/notice.entity.js';
import { NoticeEntry } from '@laomo/server/modules/notice/notice-entry.entity.js';
import { NoticeStage } from '@laomo/server/modules/notice/notice.enums.js';

/**
 * A published district notice of the demo city, made directly with the process module's entities
 * (its publishing service is exercised by its own tests): candidates of 燕京精密 on 朝阳区总工会's
 * notice, in the period 2026-03-02 to 2026-03-06 (five working days).
 */
export interface NoticeFixture {
  campaign: string;
  notice: string;
  /** Global ids of the entries, in position order. */
  entries: string[];
  /** Database ids of the nominations, in the same order. */
  nominations: string[];
}

export interface NoticeFixtureOptions {
  candidates?: number;
  /** Default 2026-03-02 … 2026-03-06. */
  startsOn?: string;
  endsOn?: string;
  objectionIdentity?: ObjectionIdentityPolicy;
  voting?: { opensAt: string; closesAt: string; votesPerAccount?: number; tally?: VoteTallyVisibility };
  /** Candidates (by index) who did not consent to publication. */
  withoutConsent?: number[];
  /** The sign-in whose registry record is the first candidate (so the candidate has an account to be told). */
  firstCandidate?: string;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['建国', '秀英', '志强', '海燕', '国华', '丽娟', '卫东', '晓明', '春梅', '德胜'];
const POSTS = ['数控车工', '装配钳工', '质量检验员', '设备维修电工', '焊工班长'];

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export async function seedOpenNotice(t: TestApp, options: NoticeFixtureOptions = {}): Promise<NoticeFixture> {
  const em = t.app.orm.em.fork();
  const count = options.candidates ?? 3;
  const city = await em.findOneOrFail(Organization, { name: CITY });
  const district = await em.findOneOrFail(Organization, { name: CHAOYANG });
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const honor = await em.findOneOrFail(Honor, { code: 'BJ_MODEL_WORKER' });
  const proposer = await em.findOneOrFail(Account, { username: 'unit' });
  const firstWorker = options.firstCandidate ? await em.findOneOrFail(ModelWorker, { account: { username: options.firstCandidate } }) : null;
  const campaign = em.create(Campaign, {
    name: `2026年北京市劳动模范评选（测试 ${Math.random().toString(36).slice(2, 7)}）`, year: 2026, status: CampaignStatus.CLOSED, organizer: city,
    nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-02-13',
    objectionIdentity: options.objectionIdentity ?? ObjectionIdentityPolicy.ENCOURAGED,
    votingEnabled: Boolean(options.voting),
    votingOpensAt: options.voting ? new Date(options.voting.opensAt) : null,
    votingClosesAt: options.voting ? new Date(options.voting.closesAt) : null,
    votesPerAccount: options.voting?.votesPerAccount ?? 10,
    voteTallyVisibility: options.voting?.tally ?? VoteTallyVisibility.AFTER_CLOSE,
  });
  campaign.honors.add(honor);
  const notice = em.create(Notice, {
    campaign, organization: district, stage: NoticeStage.DISTRICT, title: '朝阳区2026年北京市劳动模范推荐人选公示',
    startsOn: options.startsOn ?? '2026-03-02', endsOn: options.endsOn ?? '2026-03-06', workingDays: 5,
    objectionContact: '朝阳区总工会评选办公室 010-8599 0000（工作日 9:00–17:00），朝阳区工体东路 (示例)',
    publishedAt: new Date('2026-03-01T09:00:00+08:00'), snapshotHash: hash(['notice', campaign.id]),
  });
  const nominations: Nomination[] = [];
  const entries: NoticeEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}${i >= 100 ? i : ''}`;
    const nomination = em.create(Nomination, {
      campaign, honor, unit, state: NominationState.DISTRICT_NOTICE, source: NominationSource.UNIT, proposer,
      recipientKind: RecipientKind.INDIVIDUAL, candidateName: name, gender: i % 2 ? Gender.FEMALE : Gender.MALE,
      employerName: '北京燕京精密机械有限公司', post: POSTS[i % POSTS.length],
      publicSummary: `${name}同志扎根一线二十年，带领班组攻克精密主轴加工难题，累计提出合理化建议四十余项。`,
      deeds: '（完整事迹材料，仅工作人员可见）', ...sealedIdNumber('110105198001010000'), phone: '13900000000',
      consentToPublish: !(options.withoutConsent ?? []).includes(i), modelWorker: i === 0 ? firstWorker : null,
    });
    nominations.push(nomination);
    const snapshot = {
      candidateName: name, gender: nomination.gender ?? null, employerName: nomination.employerName, post: nomination.post,
      honorName: honor.name, honorsHeld: ['首都劳动奖章'], publicSummary: nomination.publicSummary,
    };
    entries.push(em.create(NoticeEntry, { notice, nomination, position: i + 1, snapshot, snapshotHash: hash(snapshot) }));
  }
  await em.flush();
  return {
    campaign: toGlobalId('Campaign', campaign.id),
    notice: toGlobalId('Notice', notice.id),
    entries: entries.map((e) => toGlobalId('NoticeEntry', e.id)),
    nominations: nominations.map((n) => n.id),
  };
}
