import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { RevocationError } from '../../common/errors/catalogue.js';
import { Workflow, type ActionOption, type Guard, type Effect } from '../../common/workflow/workflow.js';
import { grantsFor, may, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { audit } from '../audit/audit.service.js';
import { Organization } from '../organization/organization.entity.js';
import { HonorRevocation } from './honor-revocation.entity.js';
import { RevocationAction, RevocationState } from './revocation.enums.js';
import { revokeHeld } from './revocation.consequences.js';

/** The office the report sits at (to pass it up), or the body that conferred the honor (to decide). */
export type RevocationActor = 'holder' | 'conferringBody';

export interface RevocationContext {
  em: EntityManager;
  viewer: ViewerState;
  revocation: HonorRevocation;
  now: Date;
  reason?: string | null;
}

const reached = (r: HonorRevocation) => r.at.id === r.conferringBody.id;

const notYetThere: Guard<RevocationContext> = async ({ revocation }) =>
  reached(revocation) ? [new UserInputError(RevocationError.AtConferringBody)] : [];

const atConferringBody: Guard<RevocationContext> = async ({ revocation }) =>
  reached(revocation) ? [] : [new UserInputError(RevocationError.NotAtConferringBody)];

const passUp: Effect<RevocationContext> = async ({ em, revocation }) => {
  const at = await em.findOneOrFail(Organization, revocation.at.id);
  if (at.parent) revocation.at = at.parent;
};

const revoke: Effect<RevocationContext> = async ({ em, viewer, revocation, now, reason }) => {
  await revokeHeld(em, viewer, await revocation.held.loadOrFail(), reason!.trim(), now, revocation);
};

const { REPORTED, REVOKED, DISMISSED } = RevocationState;

/**
 * The one table of 退出机制: a report is passed up office by office to the conferring body, which
 * alone revokes (ending the title and all it carries, revocation.consequences.ts) or dismisses, each
 * with a reason. The report itself is made by `honorRevocationReport`.
 */
export const REVOCATION_WORKFLOW = new Workflow<RevocationState, RevocationAction, RevocationActor, RevocationContext>([
  { action: RevocationAction.FORWARD, from: [REPORTED], to: null, who: ['holder'], guards: [notYetThere], effects: [passUp] },
  { action: RevocationAction.REVOKE, from: [REPORTED], to: REVOKED, who: ['conferringBody'], guards: [atConferringBody], reason: true, effects: [revoke] },
  { action: RevocationAction.DISMISS, from: [REPORTED], to: DISMISSED, who: ['conferringBody'], guards: [atConferringBody], reason: true },
], {
  notNow: (_state, action) => new UserInputError(RevocationError.NotNow, null, { action }),
  reasonCode: RevocationError.ReasonRequired,
  whoFirst: true,
});

/** Which parties the viewer is to the report: staff of the office it sits at, and the conferring body's. */
export async function revocationActors(em: EntityManager, viewer: ViewerState, revocation: HonorRevocation): Promise<Set<RevocationActor>> {
  const actors = new Set<RevocationActor>();
  if (grantsFor(viewer, Operation.HONOR_REVOCATION_REPORT).some((g) => g.organizationId === revocation.at.id)) actors.add('holder');
  const body = await em.findOneOrFail(Organization, revocation.conferringBody.id);
  if (may(viewer, Operation.HONOR_REVOCATION_DECIDE, body)) actors.add('conferringBody');
  return actors;
}

const positionOf = async (em: EntityManager, viewer: ViewerState, revocation: HonorRevocation, now: Date, reason?: string | null) =>
  ({ state: revocation.state, actors: await revocationActors(em, viewer, revocation), reason, context: { em, viewer, revocation, now, reason } });

export async function revocationActionOptions(em: EntityManager, viewer: ViewerState, revocation: HonorRevocation, now: Date): Promise<ActionOption<RevocationAction>[]> {
  return REVOCATION_WORKFLOW.options(await positionOf(em, viewer, revocation, now));
}

/** Takes a step by the table and records it; flushes nothing. */
export async function stepRevocation(
  em: EntityManager, viewer: ViewerState, revocation: HonorRevocation, action: RevocationAction, now: Date, reason?: string | null,
): Promise<void> {
  viewer.requireAccount();
  const from = revocation.state;
  const fromOffice = revocation.at.id;
  const step = await REVOCATION_WORKFLOW.take(action, await positionOf(em, viewer, revocation, now, reason));
  if (step.to) Object.assign(revocation, { state: step.to, decisionReason: reason!.trim(), decidedAt: now });
  audit(em, viewer, {
    subject: revocation, action: `revocation.${action.toLowerCase()}`, from, to: revocation.state, reason: reason?.trim() || null, at: now,
    data: step.to ? undefined : { from: fromOffice, to: revocation.at.id },
  });
}
