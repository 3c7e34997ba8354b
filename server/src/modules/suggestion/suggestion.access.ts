import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../account/role.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { CoSignStatus } from './suggestion.enums.js';
import { Party, type SuggestionFacts } from './suggestion.workflow.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { Context } from '../../context.js';

/** The union offices that receive, route and supervise suggestions (capability MANAGE_SUGGESTIONS). */
export const UNION_ROLES = [Role.ADMIN, Role.CITY_STAFF, Role.DISTRICT_STAFF] as const;

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
  const [author, office, handler, escalatedTo] = await Promise.all([
    s.author.load(), s.office.load(), s.handler?.load(), s.escalatedTo?.load(),
  ]);
  const me = viewer.account?.id;
  if (me && author?.account?.id === me) parties.add(Party.AUTHOR);
  const coSigner = me ? await em.findOne(SuggestionCoSigner, { suggestion: s.id, modelWorker: { account: me } }) : null;
  if (coSigner) parties.add(Party.CO_SIGNER);
  if ([office, handler, escalatedTo].some((org) => org && viewer.reaches(org, UNION_ROLES))) parties.add(Party.OFFICE);
  if (handler && viewer.reaches(handler, [Role.HANDLER])) parties.add(Party.HANDLER);
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

const under = (path: string) => ({ path: { $like: `${path}%` } });

/** The suggestions union staff oversee, for filtering lists in SQL; refuses anyone else. */
export function overviewScope(viewer: ViewerState): FilterQuery<Suggestion> {
  viewer.requireAccount();
  if (viewer.isAdmin) return {};
  const paths = viewer.scopePaths(UNION_ROLES);
  if (!paths.length) throw new AccessError(ErrorCode.Forbidden);
  return { $or: paths.flatMap((p) => [{ office: under(p) }, { handler: under(p) }, { escalatedTo: under(p) }]) };
}

/** The suggestions assigned to the viewer's handling organizations; refuses anyone else. */
export function queueScope(viewer: ViewerState): FilterQuery<Suggestion> {
  viewer.requireAccount();
  if (viewer.isAdmin) return { handler: { $ne: null } };
  const paths = viewer.scopePaths([Role.HANDLER]);
  if (!paths.length) throw new AccessError(ErrorCode.Forbidden);
  return { $or: paths.map((p) => ({ handler: under(p) })) };
}
