import { registerEnumType } from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findLocked, lockRow } from '../../common/row-lock.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption, type Effect, type Guard, type Step } from '../../common/workflow/workflow.js';
import { StudioError } from '../../common/errors/catalogue.js';
import { may, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Studio } from './studio.entity.js';
import { StudioCriterion, StudioReview } from './studio-parts.entity.js';
import { STUDIO_HAVES, StudioJudgement, StudioStatus } from './studio.enums.js';
import { STUDIO_LEVEL_RULES, ruleBreaches } from './studio-level-rules.js';
import { studioFacts } from './studio-facts.js';

export enum StudioAction {
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  CERTIFY = 'CERTIFY',
  REVIEW_PASS = 'REVIEW_PASS',
  REVIEW_RECTIFY = 'REVIEW_RECTIFY',
  REVIEW_REVOKE = 'REVIEW_REVOKE',
  ACCEPT_RECTIFICATION = 'ACCEPT_RECTIFICATION',
  REVOKE = 'REVOKE',
}
registerEnumType(StudioAction, {
  name: 'StudioAction',
  valuesConfig: {
    SUBMIT: { description: '提交申报' },
    RETURN: { description: '退回补充' },
    CERTIFY: { description: '认定命名' },
    REVIEW_PASS: { description: '年度复核：通过' },
    REVIEW_RECTIFY: { description: '年度复核：限期整改' },
    REVIEW_REVOKE: { description: '年度复核：撤销命名' },
    ACCEPT_RECTIFICATION: { description: '整改验收通过' },
    REVOKE: { description: '撤销命名（违规等）' },
  },
});

/** Who may act: the leading model worker, union staff over the studio, or the certifiers of its level. */
export type StudioActor = 'lead' | 'steward' | 'certifier';

/** What the guards look at; `year` is the annual review's (absent when only listing the options). */
export interface StudioStepContext {
  em: EntityManager;
  studio: Studio;
  now: Date;
  year?: number;
}

export type StudioTransition = Step<StudioStatus, StudioAction, StudioActor, StudioStepContext>;

const { DRAFT, APPLIED, CERTIFIED, RECTIFYING, REVOKED } = StudioStatus;
const TITLED = [CERTIFIED, RECTIFYING] as const;

const everyHaveEvidenced: Guard<StudioStepContext> = async ({ em, studio }) => {
  const criteria = await em.find(StudioCriterion, { studio });
  return STUDIO_HAVES
    .filter((have) => !criteria.some((c) => c.have === have && c.evidence.trim()))
    .map((have) => new UserInputError(StudioError.EvidenceMissing, ['criteria', have]));
};

const meetsSixHavesAndLevelRules: Guard<StudioStepContext> = async ({ em, studio, now }) => {
  const criteria = await em.find(StudioCriterion, { studio });
  const judged = STUDIO_HAVES.flatMap((have) => {
    const judgement = criteria.find((c) => c.have === have)?.judgement;
    if (!judgement) return [new UserInputError(StudioError.NotAssessed, ['criteria', have])];
    return judgement === StudioJudgement.NOT_MET ? [new UserInputError(StudioError.HaveNotMet, ['criteria', have])] : [];
  });
  const breaches = ruleBreaches(STUDIO_LEVEL_RULES[studio.level], await studioFacts(em, studio, now));
  return [...judged, ...breaches.map((b) => new UserInputError(b.code, [b.field], b.params))];
};

/** One review per studio and year, after the year of certification and not ahead of time. */
const reviewYearOpen: Guard<StudioStepContext> = async ({ em, studio, now, year }) => {
  if (year === undefined) return [];
  const certifiedYear = Number(studio.certifiedOn?.slice(0, 4) ?? 0);
  if (year <= certifiedYear || year > Number(beijingDate(now).slice(0, 4))) return [new UserInputError(StudioError.ReviewYearInvalid, ['year'])];
  return (await em.count(StudioReview, { studio, year })) ? [new UserInputError(StudioError.ReviewYearTaken, ['year'])] : [];
};

const certified: Effect<StudioStepContext> = ({ studio, now }) => { studio.certifiedOn = beijingDate(now); };

const certifier: readonly StudioActor[] = ['certifier'];
const review = { from: TITLED, who: certifier, guards: [reviewYearOpen] };

/**
 * The one table of the studio lifecycle: the service, `Studio.viewerActions` and the tests all read it.
 * A certified studio is reviewed once a year (pass, rectify within a term, or revoke) and may lose its
 * title at any time for a violation.
 */
export const STUDIO_WORKFLOW = new Workflow<StudioStatus, StudioAction, StudioActor, StudioStepContext>([
  { action: StudioAction.SUBMIT, from: [DRAFT], to: APPLIED, who: ['lead', 'steward'], guards: [everyHaveEvidenced] },
  { action: StudioAction.RETURN, from: [APPLIED], to: DRAFT, who: certifier, reason: true },
  { action: StudioAction.CERTIFY, from: [APPLIED], to: CERTIFIED, who: certifier, guards: [meetsSixHavesAndLevelRules], effects: [certified] },
  { action: StudioAction.REVIEW_PASS, to: CERTIFIED, ...review },
  { action: StudioAction.REVIEW_RECTIFY, to: RECTIFYING, reason: true, ...review },
  { action: StudioAction.REVIEW_REVOKE, to: REVOKED, reason: true, ...review },
  { action: StudioAction.ACCEPT_RECTIFICATION, from: [RECTIFYING], to: CERTIFIED, who: certifier },
  { action: StudioAction.REVOKE, from: TITLED, to: REVOKED, who: certifier, reason: true },
], {
  notNow: (status) => new UserInputError(StudioError.TransitionNotAllowed, null, { status }),
  reasonCode: StudioError.ReasonRequired,
  whoFirst: true,
});

/** Which of the actors the viewer is for this studio. */
export async function actorsFor(viewer: ViewerState, studio: Studio): Promise<Set<StudioActor>> {
  const actors = new Set<StudioActor>();
  if (!viewer.account) return actors;
  const leader = await studio.leader.load();
  if (leader?.account?.id === viewer.account.id) actors.add('lead');
  const org = await studio.organization.load();
  if (org && may(viewer, Operation.STUDIO_STEWARD, org)) actors.add('steward');
  if (org && may(viewer, STUDIO_LEVEL_RULES[studio.level].certify, org)) actors.add('certifier');
  return actors;
}

const positionOf = async (em: EntityManager, viewer: ViewerState, studio: Studio, now: Date, more: { reason?: string | null; year?: number } = {}) =>
  ({ state: studio.status, actors: await actorsFor(viewer, studio), reason: more.reason, context: { em, studio, now, year: more.year } });

/** The steps open to the viewer now, each with whether it needs a reason and what already stands in its way. */
export async function studioActionOptions(em: EntityManager, viewer: ViewerState, studio: Studio, now: Date): Promise<ActionOption<StudioAction>[]> {
  return STUDIO_WORKFLOW.options(await positionOf(em, viewer, studio, now));
}

/** Moves a studio by the table: checks actor, state, reason and guards, and records the audit line. Flushes nothing. */
export async function transitionStudio(
  em: EntityManager, viewer: ViewerState, studio: Studio, action: StudioAction, details: { reason?: string | null; now: Date; year?: number },
): Promise<void> {
  viewer.requireAccount();
  // Whether a step may be taken depends on the leader's honors (certification) and on the studio's status, both of
  // which the revocation of the leader's honor changes (revocation.consequences.ts): it locks the record, then writes
  // the studio. So, in that order, the leader's record is share-locked and the studio locked and read again: a step and
  // a revocation at once take turns, and the second sees what the first did (a title certified under a revoked
  // record, or a review overwriting the revoked title, was kept otherwise).
  await lockRow(em, ModelWorker, studio.leader.id, LockMode.PESSIMISTIC_READ);
  await findLocked(em, Studio, studio.id);
  const step = await STUDIO_WORKFLOW.take(action, await positionOf(em, viewer, studio, details.now, details));
  const from = studio.status;
  studio.status = step.to!;
  const reason = details.reason?.trim() || null;
  audit(em, viewer, { subject: studio, action: `studio.${action.toLowerCase()}`, from, to: studio.status, reason, at: details.now });
}
