import type { EntityManager } from '@mikro-orm/postgresql';
import { tellOfArrival, tellOfNominationStep } from './nomination.notifications.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption, type Step } from '../../common/workflow/workflow.js';
import { may, type Operation } from '../account/policy.js';
import { NominationError } from '../../common/errors/catalogue.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Actor, actorsOf, operationOf, type FileParties } from './nomination.actors.js';
import { NominationAction as A, NominationSource, NominationState as S } from './nomination.enums.js';
import {
  batchMeetsStructure, campaignAcceptsNominations, consentToPublish, deedsReported, eligible, noOpenObjection, noticeEnded,
  partyConsented, recommendationPassed, reviewerNotRecused, signOffsComplete, type StepContext,
} from './nomination.guards.js';
import { confer, revokeHonor, withdrawFromNotice } from './nomination.effects.js';
import { stretch } from './nomination.states.js';
import { NoticeStage } from '../campaign/campaign.enums.js';
import { currentNoticeEntry } from './nomination.notice-entry.js';
import type { Nomination } from './nomination.entity.js';

export type Transition = Step<S, A, Actor, StepContext>;

const { PROPOSER, UNIT, DISTRICT, CITY, NOTICE_ORGANIZATION, CONFERRING_BODY } = Actor;
const decision = [reviewerNotRecused];
const NOTICE = 'noticePublish';

/**
 * The one table of the nomination process (一报告 两审核 三公示). The service, the `viewerActions`
 * field and the tests all read it; no other code decides who may move a file where. Steps that carry
 * evidence or come from another process name the mutation that takes them (`via`); the others are
 * taken by `nominationTransition`.
 */
export const NOMINATION_WORKFLOW = new Workflow<S, A, Actor, StepContext>([
  { from: [S.DRAFT], action: A.PROPOSE, to: S.PROPOSED, who: [PROPOSER], guards: [campaignAcceptsNominations, eligible] },
  { from: [S.PROPOSED], action: A.TAKE_UP, to: S.NOMINATED, who: [UNIT], guards: [campaignAcceptsNominations, eligible] },
  { from: [S.PROPOSED], action: A.DECLINE, to: S.DECLINED, who: [UNIT], reason: true },
  { from: [S.DRAFT], action: A.NOMINATE, to: S.NOMINATED, who: [UNIT], guards: [campaignAcceptsNominations, eligible] },
  {
    from: [S.NOMINATED], action: A.RECORD_RECOMMENDATION, to: S.RECOMMENDED, who: [UNIT], guards: [recommendationPassed],
    via: 'nominationRecommendationRecord',
  },
  { from: [S.RECOMMENDED], action: A.REPORT_DEEDS, to: S.REPORTED, who: [UNIT], guards: [deedsReported], via: 'nominationDeedsReportRecord' },
  { from: [S.REPORTED], action: A.START_UNIT_NOTICE, to: S.UNIT_NOTICE, who: [UNIT], guards: [consentToPublish], via: NOTICE },
  { from: [S.UNIT_NOTICE], action: A.PASS_UNIT_NOTICE, to: S.UNIT_NOTICE_PASSED, who: [UNIT], guards: [noticeEnded, noOpenObjection] },
  {
    from: [S.UNIT_NOTICE_PASSED], action: A.RECORD_PARTY_CONSENT, to: S.PARTY_CONSENTED, who: [UNIT], guards: [partyConsented],
    via: 'nominationPartyConsentRecord',
  },
  { from: [S.PARTY_CONSENTED], action: A.SUBMIT_TO_DISTRICT, to: S.SUBMITTED, who: [UNIT], guards: [signOffsComplete] },
  { from: [S.SUBMITTED], action: A.APPROVE_PRELIMINARY, to: S.PRELIMINARY_APPROVED, who: [DISTRICT], guards: [...decision, batchMeetsStructure] },
  { from: [S.SUBMITTED], action: A.RETURN_PRELIMINARY, to: S.PARTY_CONSENTED, who: [DISTRICT], guards: decision, reason: true },
  { from: [S.SUBMITTED], action: A.REJECT_PRELIMINARY, to: S.REJECTED, who: [DISTRICT], guards: decision, reason: true },
  { from: [S.PRELIMINARY_APPROVED], action: A.START_DISTRICT_NOTICE, to: S.DISTRICT_NOTICE, who: [DISTRICT], guards: [consentToPublish], via: NOTICE },
  { from: [S.DISTRICT_NOTICE], action: A.PASS_DISTRICT_NOTICE, to: S.DISTRICT_NOTICE_PASSED, who: [DISTRICT], guards: [noticeEnded, noOpenObjection] },
  { from: [S.DISTRICT_NOTICE_PASSED], action: A.FORWARD_TO_CITY, to: S.FORWARDED, who: [DISTRICT] },
  { from: [S.FORWARDED], action: A.APPROVE_SECONDARY, to: S.SECONDARY_APPROVED, who: [CITY], guards: decision },
  { from: [S.FORWARDED], action: A.RETURN_SECONDARY, to: S.DISTRICT_NOTICE_PASSED, who: [CITY], guards: decision, reason: true },
  { from: [S.FORWARDED], action: A.REJECT_SECONDARY, to: S.REJECTED, who: [CITY], guards: decision, reason: true },
  { from: [S.SECONDARY_APPROVED], action: A.START_CITY_NOTICE, to: S.CITY_NOTICE, who: [CITY], guards: [consentToPublish], via: NOTICE },
  { from: [S.CITY_NOTICE], action: A.PASS_CITY_NOTICE, to: S.CITY_NOTICE_PASSED, who: [CITY], guards: [noticeEnded, noOpenObjection] },
  { from: [S.CITY_NOTICE_PASSED], action: A.APPROVE, to: S.APPROVED, who: [CONFERRING_BODY], guards: decision, effects: [confer] },
  { from: [S.APPROVED], action: A.REVOKE, to: S.REVOKED, who: [CONFERRING_BODY], reason: true, effects: [revokeHonor] },
  {
    from: [S.UNIT_NOTICE, S.DISTRICT_NOTICE, S.CITY_NOTICE], action: A.UPHOLD_OBJECTION, to: S.WITHDRAWN, who: [NOTICE_ORGANIZATION],
    reason: true, effects: [withdrawFromNotice], via: 'objectionUphold',
  },
], {
  notNow: (_state, action) => new UserInputError(NominationError.ActionNotAvailable, null, { action }),
  reasonCode: NominationError.ReasonRequired,
  whoFirst: false,
});

export const TRANSITIONS = NOMINATION_WORKFLOW.steps;

/**
 * The steps that hand the file to another office's review queue, and whose queue: a proposal reaches the
 * candidate's unit, the unit submits to the district, the district forwards to the city, and a return
 * gives it back one level down. That office's staff hear it arrived (NOMINATION_ARRIVED).
 */
export const ARRIVES_AT: Readonly<Partial<Record<A, typeof UNIT | typeof DISTRICT | typeof CITY>>> = {
  [A.PROPOSE]: UNIT,
  [A.SUBMIT_TO_DISTRICT]: DISTRICT,
  [A.RETURN_PRELIMINARY]: UNIT,
  [A.FORWARD_TO_CITY]: CITY,
  [A.RETURN_SECONDARY]: DISTRICT,
};

/** The reviewers, who take the decisions a conflict of interest bars, may declare one. */
export const RECUSING: readonly Actor[] = [DISTRICT, CITY];

/** Who may correct the file's content, in which states: its author while a draft, the unit while it holds the file. */
export const EDITABLE_BY: Readonly<Partial<Record<Actor, readonly S[]>>> = {
  [PROPOSER]: [S.DRAFT],
  [UNIT]: stretch(S.DRAFT, S.PARTY_CONSENTED),
};

/** Whether the viewer may correct the file now (by the author's account, without loading the file's parties). */
export function mayEdit(viewer: ViewerState, nomination: Nomination): boolean {
  return (viewer.account?.id === nomination.proposer.id && EDITABLE_BY[PROPOSER]!.includes(nomination.state))
    || (may(viewer, operationOf(UNIT), nomination.unit.getEntity()) && EDITABLE_BY[UNIT]!.includes(nomination.state));
}

/** The step each stage's notice starts for the candidates it lists. */
export const NOTICE_STEPS: Readonly<Record<NoticeStage, A>> = {
  [NoticeStage.UNIT]: A.START_UNIT_NOTICE,
  [NoticeStage.DISTRICT]: A.START_DISTRICT_NOTICE,
  [NoticeStage.CITY]: A.START_CITY_NOTICE,
};

/** The states a file is in when a notice of this stage may list it. */
export function readyForNotice(stage: NoticeStage): readonly S[] {
  return NOMINATION_WORKFLOW.step(NOTICE_STEPS[stage]).from;
}

/** The permission a notice of this stage is published by: that of whoever takes its "start notice" step. */
export function noticePublisher(stage: NoticeStage): Operation {
  const [who] = NOMINATION_WORKFLOW.takers(NOTICE_STEPS[stage]);
  if (who === PROPOSER) throw new Error(`a ${stage} notice is not published by an organization`);
  return operationOf(who);
}

export async function partiesOf(em: EntityManager, nomination: Nomination): Promise<FileParties> {
  const unit = await nomination.unit.loadOrFail();
  const campaign = await nomination.campaign.loadOrFail();
  const organizer = await campaign.organizer.loadOrFail();
  const listing = await currentNoticeEntry(em, nomination);
  const proposal = nomination.source === NominationSource.EMPLOYEE || nomination.source === NominationSource.SELF;
  return { proposerId: nomination.proposer.id, proposal, unitPath: unit.path, organizerPath: organizer.path, noticePath: listing?.organizationPath ?? null };
}

async function positionOf(em: EntityManager, viewer: ViewerState, nomination: Nomination, details: { reason?: string; now?: Date } = {}) {
  const actors = actorsOf(viewer, await partiesOf(em, nomination));
  return { state: nomination.state, actors, reason: details.reason, context: { em, viewer, nomination, now: details.now, reason: details.reason } };
}

export async function mayRecuse(em: EntityManager, viewer: ViewerState, nomination: Nomination): Promise<boolean> {
  const actors = actorsOf(viewer, await partiesOf(em, nomination));
  return RECUSING.some((a) => actors.has(a));
}

/**
 * The actions the viewer's role and organization allow on the file now. Of the guards only recusal is
 * checked here (a recused reviewer is offered no decision); the others are checked when acting, so the
 * user learns what is missing.
 */
export async function viewerActions(em: EntityManager, viewer: ViewerState, nomination: Nomination): Promise<A[]> {
  if (!viewer.isSignedIn) return [];
  const at = await positionOf(em, viewer, nomination);
  const open = NOMINATION_WORKFLOW.open(at.state, at.actors);
  const recused = open.some((t) => t.guards?.includes(reviewerNotRecused)) && (await reviewerNotRecused(at.context)).length > 0;
  return open.filter((t) => !(recused && t.guards?.includes(reviewerNotRecused))).map((t) => t.action);
}

/** The same actions, each with whether it needs a reason and every guard that already fails (one file's page). */
export async function nominationActionOptions(em: EntityManager, viewer: ViewerState, nomination: Nomination, now: Date): Promise<ActionOption<A>[]> {
  if (!viewer.isSignedIn) return [];
  const options = await NOMINATION_WORKFLOW.options(await positionOf(em, viewer, nomination, { now }));
  return options.filter((o) => !o.refusals.some((r) => r.code === NominationError.ReviewerRecused));
}

/**
 * Locks the file for a step until the transaction ends and returns its state as stored (undefined: no such
 * file). Two requests for one file at once: the second waits here for the first and reads what it left. Not
 * a key lock: a recusal recorded in its own transaction meanwhile (nomination.steps.ts) still refers to the file.
 */
export async function lockFileForStep(em: EntityManager, nomination: Nomination): Promise<S | undefined> {
  const [stored] = await em.getConnection().execute<{ state: S }[]>(
    'select state from nomination where id = ? for no key update', [nomination.id], 'all', em.getTransactionContext(),
  );
  return stored?.state;
}

/**
 * Locks several files for steps taken one after another in one transaction (a notice's publication), in one
 * order, by id, whatever order they are listed in: two requests over overlapping files then wait for each
 * other at the first file they share, where each locking its files in its own order met the other's lock
 * halfway and deadlocked. The same lock as lockFileForStep, which each step then finds held.
 */
export async function lockFilesForSteps(em: EntityManager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await em.getConnection().execute('select 1 from nomination where id in (?) order by id for no key update', [ids], 'all', em.getTransactionContext());
}

/**
 * Takes one step: the table must have it from the current state, the viewer must be who may take it,
 * and everything it requires must hold (all problems reported at once) before anything changes.
 * Records the audit line in the unit of work; the caller flushes.
 */
export async function transitionNomination(
  em: EntityManager, viewer: ViewerState, nomination: Nomination, action: A,
  details: { reason?: string; data?: Record<string, unknown>; now?: Date },
): Promise<void> {
  viewer.requireAccount();
  // The second of two requests for one file at once, finding the file moved on, is refused (so a step, its audit
  // line and whom it tells happen once).
  const stored = await lockFileForStep(em, nomination);
  if (stored && stored !== nomination.state) throw new UserInputError(NominationError.ActionNotAvailable, null, { action });
  const from = nomination.state;
  const step = await NOMINATION_WORKFLOW.take(action, await positionOf(em, viewer, nomination, details));
  nomination.state = step.to!;
  const line = audit(em, viewer, {
    subject: nomination, action: `nomination.${action}`, from, to: step.to,
    reason: details.reason?.trim() || null, data: details.data, at: details.now,
  });
  await tellOfNominationStep(em, viewer, nomination, line.id, line.at);
  const office = ARRIVES_AT[action];
  if (office) await tellOfArrival(em, viewer, nomination, office, `${nomination.id}:${action}:${line.id}`, line.at);
}
