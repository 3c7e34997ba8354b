import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { CampaignStatus } from '../campaign/campaign.enums.js';
import { batchStructure } from './batch-structure.js';
import { label } from '../../common/i18n/messages.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { Guard as KernelGuard } from '../../common/workflow/workflow.js';
import { DepartmentSignOff } from './department-sign-off.entity.js';
import { Recusal } from './recusal.entity.js';
import { eligibilityProblems } from './nomination.eligibility.js';
import { NominationError, type ErrorCode } from '../../common/errors/catalogue.js';
import { SignOffDepartment } from './nomination.enums.js';
import { currentNoticeEntry } from './nomination.notice-entry.js';
import { openObjectionCount } from './nomination.objections.js';
import type { Nomination } from './nomination.entity.js';

export interface StepContext {
  em: EntityManager;
  viewer: ViewerState;
  nomination: Nomination;
  /** The request's time (`ctx.services.clock.now()`); steps that depend on dates refuse without it. */
  now?: Date;
  reason?: string;
}

/** A condition a transition requires; it answers with what is wrong (nothing when it holds). */
export type Guard = KernelGuard<StepContext>;

const ok: UserInputError[] = [];
const fail = (code: ErrorCode, field: string[] | null = null, params: Record<string, unknown> = {}) => [new UserInputError(code, field, params)];

function today(c: StepContext): string {
  if (!c.now) throw new Error('this step needs the request time');
  return beijingDate(c.now);
}

export const campaignAcceptsNominations: Guard = async (c) => {
  const campaign = await c.nomination.campaign.loadOrFail();
  const day = today(c);
  const open = campaign.status === CampaignStatus.OPEN && day >= campaign.nominationOpensOn && day <= campaign.nominationClosesOn;
  return open ? ok : fail(NominationError.CampaignClosed, ['campaign']);
};

export const eligible: Guard = (c) => eligibilityProblems(c.em, c.nomination);

/** Valid only with two thirds of the delegates present; passes only with more than half of all delegates. */
export const recommendationPassed: Guard = async ({ nomination: { recommendation: r } }) => {
  if (!r) return fail(NominationError.EvidenceMissing, ['recommendation'], { step: label('step/recommendation') });
  if (r.present > r.delegates || r.votesFor + r.votesAgainst + r.abstaining > r.present) {
    return fail(NominationError.VotesExceedPresent, ['recommendation']);
  }
  if (r.present * 3 < r.delegates * 2) return fail(NominationError.AttendanceTooLow, ['recommendation', 'present'], { min: Math.ceil((r.delegates * 2) / 3) });
  if (r.votesFor * 2 <= r.delegates) return fail(NominationError.MajorityNotReached, ['recommendation', 'votesFor'], { min: Math.floor(r.delegates / 2) + 1 });
  return ok;
};

export const deedsReported: Guard = async ({ nomination }) =>
  nomination.deedsReport ? ok : fail(NominationError.EvidenceMissing, ['deedsReport'], { step: label('step/deeds_report') });

export const partyConsented: Guard = async ({ nomination }) =>
  nomination.partyConsent ? ok : fail(NominationError.EvidenceMissing, ['partyConsent'], { step: label('step/party_consent') });

export const consentToPublish: Guard = async ({ nomination }) =>
  nomination.consentToPublish ? ok : fail(NominationError.ConsentMissing, ['consentToPublish']);

/** The candidate passes a notice only from the day after it ends (Beijing time). */
export const noticeEnded: Guard = async (c) => {
  const entry = await currentNoticeEntry(c.em, c.nomination);
  if (!entry) return fail(NominationError.ActionNotAvailable);
  return today(c) > entry.endsOn ? ok : fail(NominationError.NoticeNotEnded, null, { endsOn: entry.endsOn });
};

export const noOpenObjection: Guard = async (c) => {
  const count = await openObjectionCount(c.em, c.nomination.id);
  return count === 0 ? ok : fail(NominationError.ObjectionOpen, null, { count });
};

/** Enterprise heads and cadres need every department's opinion before the file leaves the unit. */
export const signOffsComplete: Guard = async ({ em, nomination }) => {
  if (!nomination.enterpriseHead && !nomination.cadre) return ok;
  const signed = new Set((await em.find(DepartmentSignOff, { nomination })).map((s) => s.department));
  const missing = Object.values(SignOffDepartment).filter((d) => !signed.has(d));
  return missing.length ? fail(NominationError.SignOffsMissing, ['signOffs'], { departments: missing.join('、') }) : ok;
};

/** A reviewer from the candidate's own unit, or one who declared a conflict, does not decide the file. */
export const reviewerNotRecused: Guard = async ({ em, viewer, nomination }) => {
  if (viewer.grants.some((g) => g.organizationId === nomination.unit.id)) {
    return fail(NominationError.ReviewerRecused, null, { reason: label('recusal/SAME_UNIT'), recusal: 'SAME_UNIT' });
  }
  const declared = viewer.account && await em.count(Recusal, { nomination, reviewer: viewer.account.id });
  return declared ? fail(NominationError.ReviewerRecused, null, { reason: label('recusal/DECLARED') }) : ok;
};

/** The district's batch, with this file in it, within its quota and every structure rule of the campaign. */
export const batchMeetsStructure: Guard = async ({ em, nomination }) => {
  const unit = await nomination.unit.loadOrFail();
  if (!unit.parent) return ok;
  const batch = await batchStructure(em, await nomination.campaign.loadOrFail(), await unit.parent.loadOrFail());
  const problems = batch.rules.filter((r) => !r.satisfied).map((r) => new UserInputError(NominationError.StructureRule, null, {
    dimension: label(`structure/${r.dimension}`), bound: label(`bound/${r.bound}`), percent: r.percent, share: r.share,
  }));
  if (batch.seats !== null && batch.total > batch.seats) {
    problems.push(new UserInputError(NominationError.QuotaExhausted, null, { organization: batch.organization.name, seats: batch.seats }));
  }
  return problems;
};
