import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { may, Operation, scopeFilter } from '../account/policy.js';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { CoSignStatus } from './suggestion.enums.js';
import { Party, type SuggestionFacts } from './suggestion.workflow.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Role } from '../account/role.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import type { Context } from '../../context.js';
import { readTogether } from '../../common/queries.js';


export interface ViewerFacts extends SuggestionFacts {
  /** The viewer's own co-signer row, when they were asked to co-sign. */
  coSigner: SuggestionCoSigner | null;
}

/**
 * Who the viewer is to a suggestion. Office: union staff reaching the receiving office, or the
 * supervising office an overdue suggestion went up to, or the handler (a supervisor reaches the
 * departments below it). Handler: a HANDLER at the handling organization.
 */
export async function viewerFacts(em: EntityManager, viewer: ViewerState, s: Suggestion): Promise<ViewerFacts> {
  const parties = new Set<Party>();
  const [author, office, handler, escalatedTo] = await readTogether(em,
    () => s.author.load(), () => s.office.load(), async () => s.handler?.load(), async () => s.escalatedTo?.load(),
  );
  const me = viewer.account?.id;
  if (me && author?.account?.id === me) parties.add(Party.AUTHOR);
  const coSigner = me ? await em.findOne(SuggestionCoSigner, { suggestion: s.id, modelWorker: { account: me } }) : null;
  if (coSigner) parties.add(Party.CO_SIGNER);
  if ([office, handler, escalatedTo].some((org) => org && may(viewer, Operation.SUGGESTION_OVERSEE, org))) parties.add(Party.OFFICE);
  if (handler && may(viewer, Operation.SUGGESTION_HANDLE, handler)) parties.add(Party.HANDLER);
  return {
    state: s.state, parties, coSigner,
    reopenCount: s.reopenCount, publishConsent: s.publishConsent, published: !!s.publishedAt,
    adopted: s.adopted, commended: s.commended, referred: !!s.referralKind,
    coSignPending: coSigner?.status === CoSignStatus.PENDING,
  };
}

/** The facts, computed once per suggestion and request (lists ask for several fields of each). */
export function factsFor(ctx: Pick<Context, 'em' | 'viewer' | 'loaders'>, s: Suggestion): Promise<ViewerFacts> {
  let memo = ctx.loaders.get('suggestion-facts') as Map<string, Promise<ViewerFacts>> | undefined;
  if (!memo) ctx.loaders.set('suggestion-facts', (memo = new Map()));
  let facts = memo.get(s.id);
  if (!facts) memo.set(s.id, (facts = viewerFacts(ctx.em, ctx.viewer, s)));
  return facts;
}

/** Parties see the whole file; everyone else only what publication shows. */
export const isParty = (facts: SuggestionFacts) => facts.parties.size > 0;
export const isStaffParty = (facts: SuggestionFacts) => facts.parties.has(Party.OFFICE) || facts.parties.has(Party.HANDLER);

/** The suggestions union staff oversee, for filtering lists in SQL; refuses anyone else. */
export function overviewScope(viewer: ViewerState): FilterQuery<Suggestion> {
  return scopeFilter<Suggestion>(viewer, Operation.SUGGESTION_OVERSEE, (like) => ({
    $or: [{ office: { path: like } }, { handler: { path: like } }, { escalatedTo: { path: like } }],
  }));
}

/** The suggestions assigned to the viewer's handling organizations; refuses anyone else. */
export function queueScope(viewer: ViewerState): FilterQuery<Suggestion> {
  return { $and: [{ handler: { $ne: null } }, scopeFilter<Suggestion>(viewer, Operation.SUGGESTION_HANDLE, (like) => ({ handler: { path: like } }))] };
}

/**
 * Who may look model workers up by name: staff who oversee suggestions (to enter one in a model
 * worker's name) and model workers themselves (to ask colleagues to co-sign). Being a model worker
 * is personal, not an office the policy table guards.
 */
export function requireModelWorkerLookUp(viewer: ViewerState): void {
  viewer.requireAccount();
  if (!viewer.hasRole(Role.MODEL_WORKER) && !may(viewer, Operation.SUGGESTION_OVERSEE)) throw new AccessError(AuthError.Forbidden);
}
