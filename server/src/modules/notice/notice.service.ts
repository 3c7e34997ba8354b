import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { CommonError, NoticeError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { audit } from '../audit/audit.service.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { loadWorkingCalendar } from '../calendar/calendar.service.js';
import { findCampaign } from '../campaign/campaign.service.js';
import { findNomination } from '../nomination/nomination.access.js';
import { lockFilesForSteps, NOTICE_STEPS, noticePublisher, transitionNomination } from '../nomination/nomination.workflow.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Notice } from './notice.entity.js';
import { NoticeEntry } from './notice-entry.entity.js';
import { NoticeStage } from './notice.enums.js';
import { noticeHash, sha256Hex, snapshotOf } from './notice-snapshot.js';
import type { NoticePublishInput } from './notice.inputs.js';

/** Per stage: for which kind of organization and how long it runs (the step it starts, and so who publishes, are the nomination table's). */
const STAGES: Record<NoticeStage, { kinds: OrganizationKind[]; days: (c: Campaign) => number; label: string }> = {
  UNIT: { kinds: [OrganizationKind.GRASSROOTS_UNION], days: (c) => c.unitNoticeWorkingDays, label: '单位公示' },
  DISTRICT: {
    kinds: [OrganizationKind.DISTRICT_UNION, OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION],
    days: (c) => c.districtNoticeWorkingDays, label: '区县（系统）公示',
  },
  CITY: { kinds: [OrganizationKind.CITY_FEDERATION], days: (c) => c.cityNoticeWorkingDays, label: '全市公示' },
};

/** The public contact of the organization, or of the nearest union above it that has one. */
async function officeContact(em: EntityManager, organization: Organization): Promise<string | null> {
  const ids = organization.path.split('/').filter(Boolean);
  const chain = await em.find(Organization, { id: { $in: ids }, contact: { $ne: null } });
  return chain.sort((a, b) => b.path.length - a.path.length)[0]?.contact ?? null;
}

/**
 * Publishes a notice: each candidate takes the stage's "start notice" step (the transition table checks
 * who and consent), the period runs the campaign's working days from the publication date (Beijing),
 * and what is shown is frozen with its SHA-256.
 */
export async function publishNotice(em: EntityManager, viewer: ViewerState, now: Date, input: NoticePublishInput): Promise<Notice> {
  viewer.requireAccount();
  const stage = STAGES[input.stage];
  const campaign = await findCampaign(em, input.campaign, ['campaign']);
  const organization = await em.findOne(Organization, idOf(input.organization, 'Organization') ?? campaign.id);
  if (!organization) throw new UserInputError(CommonError.NotFound, ['organization']);
  if (!stage.kinds.includes(organization.kind)) throw new UserInputError(NoticeError.OrganizationStage, ['organization']);
  requireMay(viewer, noticePublisher(input.stage), organization);
  const objectionContact = input.objectionContact?.trim() || await officeContact(em, organization);
  if (!objectionContact) throw new UserInputError(NoticeError.ContactRequired, ['objectionContact']);

  const startsOn = beijingDate(now);
  const workingDays = stage.days(campaign);
  const endsOn = (await loadWorkingCalendar(em)).periodEnd(startsOn, workingDays);
  const title = input.title?.trim() || `${campaign.name} ${organization.name}${stage.label}`;
  // Built in memory and persisted only once sealed: the lookups below may flush the unit of work, and a
  // notice row, once written, can never change (a trigger guards it), so it must be written whole.
  const notice = em.create(Notice, {
    campaign, organization, stage: input.stage, title, startsOn, endsOn, workingDays, objectionContact, publishedAt: now, snapshotHash: '',
  }, { persist: false });
  const problems: UserInputError[] = [];
  const entries: NoticeEntry[] = [];
  // Each step below locks its file; all are locked first, in one order, so two publications listing the same files do not deadlock.
  await lockFilesForSteps(em, input.nominations.map((n) => idOf(n, 'Nomination')).filter((id): id is string => !!id));
  for (const [i, globalId] of input.nominations.entries()) {
    const nomination = await findNomination(em, viewer, globalId, ['nominations', String(i)]);
    if (nomination.campaign.id !== campaign.id || !organization.contains(nomination.unit.getEntity())) {
      problems.push(new UserInputError(NoticeError.OutsideOrganization, ['nominations', String(i)]));
      continue;
    }
    try {
      await transitionNomination(em, viewer, nomination, NOTICE_STEPS[input.stage], { now, data: { notice: notice.id } });
    } catch (error) {
      if (!(error instanceof UserInputErrors || error instanceof UserInputError)) throw error;
      const list = error instanceof UserInputErrors ? error.errors : [error];
      problems.push(...list.map((e) => new UserInputError(e.code, ['nominations', String(i)], e.params)));
      continue;
    }
    const snapshot = await snapshotOf(nomination);
    entries.push(em.create(NoticeEntry, { notice, nomination, position: i + 1, snapshot, snapshotHash: sha256Hex(snapshot) }, { persist: false }));
  }
  if (problems.length) throw new UserInputErrors(problems);
  notice.snapshotHash = noticeHash(notice, campaign.name, organization.name, entries);
  em.persist([notice, ...entries]);
  audit(em, viewer, { subject: notice, action: 'notice.publish', to: `${startsOn}..${endsOn}`, data: { hash: notice.snapshotHash }, at: now });
  await em.flush();
  return notice;
}
