import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { ModelWorker } from '../../modules/registry/model-worker.entity.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { Account } from '../../modules/account/account.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Studio } from '../../modules/studio/studio.entity.js';
import { StudioCriterion, StudioMember, StudioProject, StudioResult, StudioReview } from '../../modules/studio/studio-parts.entity.js';
import {
  STUDIO_HAVES, StudioHave, StudioJudgement, StudioLevel, StudioProjectStatus, StudioReviewOutcome, StudioStatus,
} from '../../modules/studio/studio.enums.js';
import { STUDIO_LEVEL_RULES } from '../../modules/studio/studio-level-rules.js';
import { districtIdOf } from '../../modules/studio/studio.service.js';
import { MEMBER_NAMES, MEMBER_ROLES, STUDIO_THEMES } from './data/demo-studios.js';

const LEVELS = [StudioLevel.MUNICIPAL, StudioLevel.DISTRICT, StudioLevel.MUNICIPAL, StudioLevel.UNIT, StudioLevel.MUNICIPAL, StudioLevel.DISTRICT];
/**
 * A few studios are not certified yet or are in trouble, so the staff pages have work to show: the
 * applications are municipal and district ones, which the demo city and district staff certify.
 */
const STATUS_BY_INDEX: Record<number, StudioStatus> = {
  2: StudioStatus.APPLIED, 8: StudioStatus.APPLIED, 13: StudioStatus.APPLIED, 25: StudioStatus.APPLIED,
  15: StudioStatus.DRAFT, 20: StudioStatus.RECTIFYING, 26: StudioStatus.REVOKED,
};

/** The evidence a studio gives for each of the six haves, in the words of an application form. */
const EVIDENCE: Record<StudioHave, (studio: Studio, worker: ModelWorker) => string> = {
  LEADER: (_, w) => `领衔人${w.name}，${w.post}，劳模荣誉证书复印件见附件。`,
  TEAM: () => '团队成员名单、岗位及技能等级证书，人员相对稳定。',
  PROJECTS: () => '近三年攻关项目立项书和阶段报告。',
  VENUE: (s) => `${s.venue}，面积 ${s.venueArea} 平方米，配备${s.facilities}。`,
  FUNDING: (s) => `单位年度预算批复 ${s.annualFunding} 元，${s.fundingSource}。`,
  RESULTS: () => '专利证书、获奖证书及成果应用证明。',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One studio per registry model worker (about forty), led by them at their employer, with a team,
 * projects and results from the theme of their post; 张建国 (demo account `modelworker`) leads a
 * certified municipal one.
 */
export class StudioSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const workers = await em.find(ModelWorker, {}, { populate: ['organization'], orderBy: { name: 'asc', id: 'asc' } });
    const admin = await em.findOneOrFail(Account, { username: 'city' });
    const names = new Set<string>();
    workers.forEach((worker, n) => {
      const theme = STUDIO_THEMES[worker.post] ?? STUDIO_THEMES['数控车工 高级技师'];
      const demo = !!worker.account;
      const level = demo ? StudioLevel.MUNICIPAL : n % 13 === 6 ? StudioLevel.NATIONAL_DEMONSTRATION : LEVELS[n % LEVELS.length];
      const rule = STUDIO_LEVEL_RULES[level];
      const status = demo ? StudioStatus.CERTIFIED : (STATUS_BY_INDEX[n] ?? StudioStatus.CERTIFIED);
      const foundedYear = 2012 + (n % 9);
      const certifiedYear = foundedYear + rule.minYearsRunning + (n % 2);
      const organization = worker.organization.getEntity();
      const district = districtIdOf(organization.path);
      // Namesakes work at different employers: the second one's studio carries the employer's name.
      const name = names.has(worker.name) ? `${worker.employerName}${worker.name}劳模创新工作室` : `${worker.name}劳模创新工作室`;
      names.add(worker.name);
      const studio = em.create(Studio, {
        name, level, status, organization, leader: worker,
        district: district ? em.getReference(Organization, district) : null,
        industry: theme.industry, field: theme.field, introduction: `${worker.employerName}${theme.introduction}`,
        venue: theme.venue, facilities: theme.facilities,
        venueArea: rule.minVenueArea + 10 * (n % 5), annualFunding: rule.minAnnualFunding + 10_000 * (n % 6), fundingSource: '单位专项经费和工会补助',
        foundedOn: `${foundedYear}-${pad(1 + (n % 12))}-${pad(1 + (n % 27))}`,
        certifiedOn: [StudioStatus.DRAFT, StudioStatus.APPLIED].includes(status) ? null : `${certifiedYear}-04-2${n % 8}`,
      });
      for (let m = 0; m < rule.minMembers + (n % 4); m++) {
        em.create(StudioMember, {
          studio, name: `${MEMBER_NAMES[(n + m) % MEMBER_NAMES.length]}`, role: MEMBER_ROLES[m % MEMBER_ROLES.length],
          post: `${theme.venue.slice(0, 4)}职工`, phone: `137${String(10_000_000 + n * 97 + m * 13).slice(0, 8)}`,
        });
      }
      const projects = Math.max(rule.minProjects, theme.projects.length);
      for (let p = 0; p < projects; p++) {
        const project = theme.projects[p % theme.projects.length];
        const started = 2021 + ((n + p) % 5);
        em.create(StudioProject, {
          studio, title: p < theme.projects.length ? project.title : `${project.title}（二期）`, goal: project.goal,
          status: started < 2024 ? StudioProjectStatus.COMPLETED : StudioProjectStatus.IN_PROGRESS,
          startsOn: `${started}-03-01`, endsOn: started < 2024 ? `${started + 1}-12-31` : `${started + 2}-06-30`,
        });
      }
      const results = Math.max(rule.minResults + (n % 2), theme.results.length - (n % 2));
      for (let r = 0; r < results; r++) {
        const result = theme.results[r % theme.results.length];
        em.create(StudioResult, {
          studio, title: r < theme.results.length ? result.title : `${result.title}（改进型）`, kind: result.kind,
          achievedOn: `${2019 + ((n + r * 3) % 7)}-${pad(1 + ((n + r) % 12))}-${pad(5 + (r % 20))}`, benefit: result.benefit, valueYuan: result.valueYuan,
        });
      }
      if (status !== StudioStatus.DRAFT) {
        for (const have of STUDIO_HAVES) {
          em.create(StudioCriterion, {
            studio, have, evidence: EVIDENCE[have](studio, worker),
            judgement: status === StudioStatus.APPLIED ? null : StudioJudgement.MET,
          });
        }
      }
      // The file's history, as the workflow would have written it.
      const line = (action: string, from: StudioStatus | null, to: StudioStatus, at: string, reason: string | null = null) => em.create(AuditEntry, {
        at: new Date(`${at}T10:00:00+08:00`), actor: admin, actorName: admin.displayName, subjectType: 'Studio', subjectId: studio.id,
        action: `studio.${action}`, fromState: from, toState: to, reason,
      });
      if (status !== StudioStatus.DRAFT) line('submit', StudioStatus.DRAFT, StudioStatus.APPLIED, studio.certifiedOn ? `${certifiedYear}-03-10` : '2026-10-15');
      if (studio.certifiedOn) line('certify', StudioStatus.APPLIED, StudioStatus.CERTIFIED, studio.certifiedOn);
      if (status === StudioStatus.RECTIFYING || status === StudioStatus.REVOKED) {
        const revoked = status === StudioStatus.REVOKED;
        const comment = revoked ? '连续两年无新成果，活动停止，撤销命名' : '团队人员流失，经费未落实，限期三个月整改';
        em.create(StudioReview, {
          studio, year: 2025, reviewedBy: admin, reviewerName: admin.displayName, reviewedAt: new Date('2025-12-15T10:00:00+08:00'),
          outcome: revoked ? StudioReviewOutcome.REVOKE : StudioReviewOutcome.RECTIFY, comment,
        });
        line(revoked ? 'review_revoke' : 'review_rectify', StudioStatus.CERTIFIED, status, '2025-12-15', comment);
      }
    });
    await em.flush();
  }
}
