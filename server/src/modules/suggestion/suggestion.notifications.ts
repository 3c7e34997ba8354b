import type { EntityManager } from '@mikro-orm/postgresql';
import type { Suggestion } from './suggestion.entity.js';
import { SuggestionAction as A } from './suggestion.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { Actor } from '../../common/actor.js';

/** The author's account (a suggestion entered for a model worker without one tells nobody). */
export async function authorAccount(em: EntityManager, s: Suggestion): Promise<string | null> {
  const author = await em.findOne(ModelWorker, s.author.id, { fields: ['account'] });
  return author?.account?.id ?? null;
}

const authorLink = (s: Suggestion) => `/suggestions/${toGlobalId('Suggestion', s.id)}`;
const staffLink = (s: Suggestion) => `/staff/suggestions/${toGlobalId('Suggestion', s.id)}`;

/** What the author hears of each step (who-hears-what.ts); steps not named tell the author nothing. */
const AUTHOR_HEARS: Partial<Record<A, K.SUGGESTION_ACCEPTED | K.SUGGESTION_ANSWERED | K.SUGGESTION_PUBLISHED>> = {
  [A.ACCEPT]: K.SUGGESTION_ACCEPTED,
  [A.ANSWER]: K.SUGGESTION_ANSWERED,
  [A.PUBLISH]: K.SUGGESTION_PUBLISHED,
};

/** Tells who hears of a suggestion's step, in the step's transaction; `key` names the step once (its audit line). */
export async function tellOfStep(actor: Actor, s: Suggestion, action: A, key: string): Promise<void> {
  const { em, now } = actor;
  const base = { key, subject: { type: 'Suggestion', id: s.id }, at: now, actor: actor.viewer.account?.id, params: { title: s.title } };
  const kind = AUTHOR_HEARS[action];
  if (kind) await notify(em, { ...base, kind, to: { author: [await authorAccount(em, s)] }, link: authorLink(s) });
  if ((action === A.ASSIGN || action === A.TRANSFER) && s.handler) {
    await notify(em, {
      ...base, kind: K.SUGGESTION_ASSIGNED, to: { handlers: await staffAt(em, s.handler.id, OFFICE_ROLES) }, link: staffLink(s),
      params: { title: s.title, deadline: s.deadline ?? '' },
    });
  }
}

/** A new suggestion: its office's staff hear it arrived, and each co-signer is asked to sign. */
export async function tellOfArrival(actor: Actor, s: Suggestion, coSigners: readonly ModelWorker[]): Promise<void> {
  const { em, now } = actor;
  const base = { key: s.id, subject: { type: 'Suggestion', id: s.id }, at: now, actor: actor.viewer.account?.id, params: { title: s.title } };
  await notify(em, { ...base, kind: K.SUGGESTION_ARRIVED, to: { office: await staffAt(em, s.office.id, OFFICE_ROLES) }, link: staffLink(s) });
  await notify(em, { ...base, kind: K.SUGGESTION_CO_SIGN_ASKED, to: { coSigners: coSigners.map((w) => w.account?.id) }, link: authorLink(s) });
}
