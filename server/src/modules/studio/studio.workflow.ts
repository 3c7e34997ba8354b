import { registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError, UserInputErrors, AccessError } from '../../common/errors/user-input-error.js';
import { AuthError, StudioError } from '../../common/errors/catalogue.js';
import { may, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Studio } from './studio.entity.js';
import { StudioCriterion } from './studio-parts.entity.js';
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

export interface StudioTransition {
  action: StudioAction;
  from: readonly StudioStatus[];
  to: StudioStatus;
  who: readonly StudioActor[];
  reasonRequired: boolean;
  /** What must hold, as user errors; empty when it holds. */
  guard?: (em: EntityManager, studio: Studio, now: Date) => Promise<UserInputError[]>;
  /** What else changes with the state. */
  effect?: (studio: Studio, now: Date) => void;
}

const { DRAFT, APPLIED, CERTIFIED, RECTIFYING, REVOKED } = StudioStatus;
const TITLED = [CERTIFIED, RECTIFYING] as const;

async function everyHaveEvidenced(em: EntityManager, studio: Studio): Promise<UserInputError[]> {
  const criteria = await em.find(StudioCriterion, { studio });
  return STUDIO_HAVES
    .filter((have) => !criteria.some((c) => c.have === have && c.evidence.trim()))
    .map((have) => new UserInputError(StudioError.EvidenceMissing, ['criteria', have]));
}

async function meetsSixHavesAndLevelRules(em: EntityManager, studio: Studio, now: Date): Promise<UserInputError[]> {
  const criteria = await em.find(StudioCriterion, { studio });
  const judged = STUDIO_HAVES.flatMap((have) => {
    const judgement = criteria.find((c) => c.have === have)?.judgement;
    if (!judgement) return [new UserInputError(StudioError.NotAssessed, ['criteria', have])];
    return judgement === StudioJudgement.NOT_MET ? [new UserInputError(StudioError.HaveNotMet, ['criteria', have])] : [];
  });
  const breaches = ruleBreaches(STUDIO_LEVEL_RULES[studio.level], await studioFacts(em, studio, now));
  return [...judged, ...breaches.map((b) => new UserInputError(b.code, [b.field], b.params))];
}

/**
 * The one table of the studio lifecycle: the service, `Studio.viewerActions` and the tests all read it.
 * A certified studio is reviewed once a year (pass, rectify within a term, or revoke) and may lose its
 * title at any time for a violation.
 */
export const STUDIO_TRANSITIONS: readonly StudioTransition[] = [
  { action: StudioAction.SUBMIT, from: [DRAFT], to: APPLIED, who: ['lead', 'steward'], reasonRequired: false, guard: everyHaveEvidenced },
  { action: StudioAction.RETURN, from: [APPLIED], to: DRAFT, who: ['certifier'], reasonRequired: true },
  { action: StudioAction.CERTIFY, from: [APPLIED], to: CERTIFIED, who: ['certifier'], reasonRequired: false, guard: meetsSixHavesAndLevelRules,
    effect: (studio, now) => { studio.certifiedOn = beijingDate(now); } },
  { action: StudioAction.REVIEW_PASS, from: TITLED, to: CERTIFIED, who: ['certifier'], reasonRequired: false },
  { action: StudioAction.REVIEW_RECTIFY, from: TITLED, to: RECTIFYING, who: ['certifier'], reasonRequired: true },
  { action: StudioAction.REVIEW_REVOKE, from: TITLED, to: REVOKED, who: ['certifier'], reasonRequired: true },
  { action: StudioAction.ACCEPT_RECTIFICATION, from: [RECTIFYING], to: CERTIFIED, who: ['certifier'], reasonRequired: false },
  { action: StudioAction.REVOKE, from: TITLED, to: REVOKED, who: ['certifier'], reasonRequired: true },
];

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

/** The actions the viewer could take now, by state and role (the guards are checked when acting). */
export async function viewerActions(viewer: ViewerState, studio: Studio): Promise<StudioAction[]> {
  const actors = await actorsFor(viewer, studio);
  return STUDIO_TRANSITIONS.filter((t) => t.from.includes(studio.status) && t.who.some((w) => actors.has(w))).map((t) => t.action);
}

/** Moves a studio by the table: checks state, actor, reason and guard, and records the audit line. Flushes nothing. */
export async function transitionStudio(
  em: EntityManager, viewer: ViewerState, studio: Studio, action: StudioAction, details: { reason?: string | null; now: Date },
): Promise<void> {
  const transition = STUDIO_TRANSITIONS.find((t) => t.action === action)!;
  viewer.requireAccount();
  const actors = await actorsFor(viewer, studio);
  if (!transition.who.some((w) => actors.has(w))) throw new AccessError(AuthError.Forbidden);
  if (!transition.from.includes(studio.status)) throw new UserInputError(StudioError.TransitionNotAllowed, null, { status: studio.status });
  const reason = details.reason?.trim() || null;
  if (transition.reasonRequired && !reason) throw new UserInputError(StudioError.ReasonRequired, ['reason']);
  const refusals = transition.guard ? await transition.guard(em, studio, details.now) : [];
  if (refusals.length) throw new UserInputErrors(refusals);
  const from = studio.status;
  studio.status = transition.to;
  transition.effect?.(studio, details.now);
  audit(em, viewer, { subject: studio, action: `studio.${action.toLowerCase()}`, from, to: transition.to, reason, at: details.now });
}
