import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessError, UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { AuthError, NominationError } from '../../common/errors/catalogue.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Actor, isActor, type FileParties } from './nomination.actors.js';
import { NominationAction as A, NominationSource, NominationState as S } from './nomination.enums.js';
import {
  batchMeetsStructure, campaignAcceptsNominations, consentToPublish, deedsReported, eligible, noOpenObjection, noticeEnded,
  partyConsented, reasonGiven, recommendationPassed, reviewerNotRecused, signOffsComplete, type Guard, type StepContext,
} from './nomination.guards.js';
import { confer, revokeHonor, withdrawFromNotice, type Effect } from './nomination.effects.js';
import { currentNoticeEntry } from './nomination.notice-entry.js';
import type { Nomination } from './nomination.entity.js';

export interface Transition {
  from: S[];
  action: A;
  to: S;
  who: Actor;
  /** What must hold, in the order the user should fix it. */
  guards: Guard[];
  /** What else changes with the step (registry, notice entry). */
  effects?: Effect[];
}

const { PROPOSER, UNIT, DISTRICT, CITY, NOTICE_ORGANIZATION, CONFERRING_BODY } = Actor;
const decision = [reviewerNotRecused];
const withReason = [reviewerNotRecused, reasonGiven];

/**
 * The one table of the nomination process (一报告 两审核 三公示). The service, the `viewerActions`
 * field and the tests all read it; no other code decides who may move a file where.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: [S.DRAFT], action: A.PROPOSE, to: S.PROPOSED, who: PROPOSER, guards: [campaignAcceptsNominations, eligible] },
  { from: [S.PROPOSED], action: A.TAKE_UP, to: S.NOMINATED, who: UNIT, guards: [campaignAcceptsNominations, eligible] },
  { from: [S.PROPOSED], action: A.DECLINE, to: S.DECLINED, who: UNIT, guards: [reasonGiven] },
  { from: [S.DRAFT], action: A.NOMINATE, to: S.NOMINATED, who: UNIT, guards: [campaignAcceptsNominations, eligible] },
  { from: [S.NOMINATED], action: A.RECORD_RECOMMENDATION, to: S.RECOMMENDED, who: UNIT, guards: [recommendationPassed] },
  { from: [S.RECOMMENDED], action: A.REPORT_DEEDS, to: S.REPORTED, who: UNIT, guards: [deedsReported] },
  { from: [S.REPORTED], action: A.START_UNIT_NOTICE, to: S.UNIT_NOTICE, who: UNIT, guards: [consentToPublish] },
  { from: [S.UNIT_NOTICE], action: A.PASS_UNIT_NOTICE, to: S.UNIT_NOTICE_PASSED, who: UNIT, guards: [noticeEnded, noOpenObjection] },
  { from: [S.UNIT_NOTICE_PASSED], action: A.RECORD_PARTY_CONSENT, to: S.PARTY_CONSENTED, who: UNIT, guards: [partyConsented] },
  { from: [S.PARTY_CONSENTED], action: A.SUBMIT_TO_DISTRICT, to: S.SUBMITTED, who: UNIT, guards: [signOffsComplete] },
  { from: [S.SUBMITTED], action: A.APPROVE_PRELIMINARY, to: S.PRELIMINARY_APPROVED, who: DISTRICT, guards: [...decision, batchMeetsStructure] },
  { from: [S.SUBMITTED], action: A.RETURN_PRELIMINARY, to: S.PARTY_CONSENTED, who: DISTRICT, guards: withReason },
  { from: [S.SUBMITTED], action: A.REJECT_PRELIMINARY, to: S.REJECTED, who: DISTRICT, guards: withReason },
  { from: [S.PRELIMINARY_APPROVED], action: A.START_DISTRICT_NOTICE, to: S.DISTRICT_NOTICE, who: DISTRICT, guards: [consentToPublish] },
  { from: [S.DISTRICT_NOTICE], action: A.PASS_DISTRICT_NOTICE, to: S.DISTRICT_NOTICE_PASSED, who: DISTRICT, guards: [noticeEnded, noOpenObjection] },
  { from: [S.DISTRICT_NOTICE_PASSED], action: A.FORWARD_TO_CITY, to: S.FORWARDED, who: DISTRICT, guards: [] },
  { from: [S.FORWARDED], action: A.APPROVE_SECONDARY, to: S.SECONDARY_APPROVED, who: CITY, guards: decision },
  { from: [S.FORWARDED], action: A.RETURN_SECONDARY, to: S.DISTRICT_NOTICE_PASSED, who: CITY, guards: withReason },
  { from: [S.FORWARDED], action: A.REJECT_SECONDARY, to: S.REJECTED, who: CITY, guards: withReason },
  { from: [S.SECONDARY_APPROVED], action: A.START_CITY_NOTICE, to: S.CITY_NOTICE, who: CITY, guards: [consentToPublish] },
  { from: [S.CITY_NOTICE], action: A.PASS_CITY_NOTICE, to: S.CITY_NOTICE_PASSED, who: CITY, guards: [noticeEnded, noOpenObjection] },
  { from: [S.CITY_NOTICE_PASSED], action: A.APPROVE, to: S.APPROVED, who: CONFERRING_BODY, guards: decision, effects: [confer] },
  { from: [S.APPROVED], action: A.REVOKE, to: S.REVOKED, who: CONFERRING_BODY, guards: [reasonGiven], effects: [revokeHonor] },
  {
    from: [S.UNIT_NOTICE, S.DISTRICT_NOTICE, S.CITY_NOTICE], action: A.UPHOLD_OBJECTION, to: S.WITHDRAWN, who: NOTICE_ORGANIZATION,
    guards: [reasonGiven], effects: [withdrawFromNotice],
  },
];

export function transitionFor(state: S, action: A): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from.includes(state));
}

export async function partiesOf(em: EntityManager, nomination: Nomination): Promise<FileParties> {
  const unit = await nomination.unit.loadOrFail();
  const campaign = await nomination.campaign.loadOrFail();
  const organizer = await campaign.organizer.loadOrFail();
  const listing = await currentNoticeEntry(em, nomination);
  const proposal = nomination.source === NominationSource.EMPLOYEE || nomination.source === NominationSource.SELF;
  return { proposerId: nomination.proposer.id, proposal, unitPath: unit.path, organizerPath: organizer.path, noticePath: listing?.organizationPath ?? null };
}

/**
 * The actions the viewer's role and organization allow on the file now. Of the guards only recusal is
 * checked here (a recused reviewer is offered no decision); the others are checked when acting, so the
 * user learns what is missing.
 */
export async function viewerActions(em: EntityManager, viewer: ViewerState, nomination: Nomination): Promise<A[]> {
  if (!viewer.isSignedIn) return [];
  const parties = await partiesOf(em, nomination);
  const open = TRANSITIONS.filter((t) => t.from.includes(nomination.state) && isActor(viewer, t.who, parties));
  const recused = open.some((t) => t.guards.includes(reviewerNotRecused))
    && (await reviewerNotRecused({ em, viewer, nomination })).length > 0;
  return open.filter((t) => !(recused && t.guards.includes(reviewerNotRecused))).map((t) => t.action);
}

/**
 * Takes one step: the table must have it from the current state, the viewer must be who may take it,
 * and everything it requires must hold (all problems reported at once). Records the audit line in the
 * unit of work; the caller flushes.
 */
export async function transitionNomination(
  em: EntityManager, viewer: ViewerState, nomination: Nomination, action: A,
  details: { reason?: string; data?: Record<string, unknown>; now?: Date },
): Promise<void> {
  viewer.requireAccount();
  const transition = transitionFor(nomination.state, action);
  if (!transition) throw new UserInputError(NominationError.ActionNotAvailable, null, { action });
  if (!isActor(viewer, transition.who, await partiesOf(em, nomination))) throw new AccessError(AuthError.Forbidden);
  const context: StepContext = { em, viewer, nomination, now: details.now, reason: details.reason };
  const problems: UserInputError[] = [];
  for (const guard of transition.guards) problems.push(...(await guard(context)));
  if (problems.length) throw new UserInputErrors(problems);
  const from = nomination.state;
  for (const effect of transition.effects ?? []) await effect(context);
  nomination.state = transition.to;
  audit(em, viewer, {
    subject: nomination, action: `nomination.${action}`, from, to: transition.to,
    reason: details.reason?.trim() || null, data: details.data, at: details.now,
  });
}
