import type { EntityManager } from '@mikro-orm/postgresql';
import type { Nomination } from './nomination.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { NOMINATION_STATE_TEXT } from './nomination-state-text.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, staffOver } from '../notification/notify.js';
import { operationOf, type Actor } from './nomination.actors.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { ViewerState } from '../account/viewer-state.js';

/**
 * The proposer and the candidate (when the candidate has an account) hear of every step of a file,
 * whoever took it and why; an upheld objection reaches them as the step it caused, never naming who
 * objected (the params carry the candidate's name only). `key` is the step's audit line.
 */
export async function tellOfNominationStep(em: EntityManager, viewer: ViewerState, nomination: Nomination, key: string, at: Date): Promise<void> {
  const worker = nomination.modelWorker ? await em.findOne(ModelWorker, nomination.modelWorker.id, { fields: ['account'] }) : null;
  await notify(em, {
    kind: K.NOMINATION_STEP, key, at, actor: viewer.account?.id,
    to: { proposer: [nomination.proposer.id], candidate: [worker?.account?.id] },
    subject: { type: 'Nomination', id: nomination.id }, link: '/nominations/mine',
    params: { title: nomination.candidateName, 'state.zh-CN': NOMINATION_STATE_TEXT[nomination.state]['zh-CN'], 'state.en': NOMINATION_STATE_TEXT[nomination.state].en },
  });
}

/**
 * The staff of the office whose review queue the step handed the file to (nomination.workflow.ts ARRIVES_AT):
 * those who may take that office's steps on the candidate's unit. The candidate's name only; the file's
 * page shows the rest to whoever may see it. `key` names the file, the step and its audit line.
 */
export async function tellOfArrival(
  em: EntityManager, viewer: ViewerState, nomination: Nomination, office: Actor.UNIT | Actor.DISTRICT | Actor.CITY, key: string, at: Date,
): Promise<void> {
  const unit = await nomination.unit.loadOrFail();
  await notify(em, {
    kind: K.NOMINATION_ARRIVED, key, at, actor: viewer.account?.id,
    to: { reviewOffice: await staffOver(em, operationOf(office), unit.path) },
    subject: { type: 'Nomination', id: nomination.id }, link: `/staff/nominations/${toGlobalId('Nomination', nomination.id)}`,
    params: { title: nomination.candidateName },
  });
}
