import type { EntityManager } from '@mikro-orm/postgresql';
import { ref, type FilterQuery } from '@mikro-orm/core';
import { Objection } from './objection.entity.js';
import { ObjectionChannel, ObjectionStatus, OPEN_OBJECTION_STATUSES } from './objection.enums.js';
import { CommonError, AuthError, ObjectionError } from '../../common/errors/catalogue.js';
import type { ObjectionDecideInput, ObjectionEnterInput, ObjectionFileInput } from './objection.inputs.js';
import { AccessError, UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import { pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import { audit } from '../audit/audit.service.js';
import { parseIsoDate } from '../calendar/calendar.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { ObjectionIdentityPolicy } from '../campaign/campaign.enums.js';
import { NominationAction, NominationState } from '../nomination/nomination.enums.js';
import { lockFileForStep, transitionNomination } from '../nomination/nomination.workflow.js';
import { claimAttachments, type AttachmentAccessRules } from '../attachment/attachment.service.js';
import { enforceRateLimit } from '../participation/rate-limit.js';
import { runOnce } from '../participation/idempotency.js';
import { publicEntry } from '../notice/public-notice.js';
import { requireOpenEntry, requireParticipant } from '../participation/participant.js';
import type { NoticeEntry } from '../notice/notice-entry.entity.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { Context } from '../../context.js';
import type { Actor } from '../../common/actor.js';
import type { Participant } from '../participation/participant.js';
import { may, Operation, requireMay, scopeFilter } from '../account/policy.js';
import { NIL_UUID } from '../../common/queries.js';
import { findLocked } from '../../common/row-lock.js';
import { tellOfAnswer, tellOfArrival } from './objection.notifications.js';

const noticeOrganization = (objection: Objection) => objection.notice.getEntity().organization.getEntity();

/** Staff handling the notice: the union offices at or above the notice's organization (policy.ts). */
export function handles(viewer: ViewerState, objection: Objection): boolean {
  return may(viewer, Operation.OBJECTION_HANDLE, noticeOrganization(objection));
}

/** Who may read an objection: staff who may read the notice's objections, and the account that filed it. */
export function maySee(viewer: ViewerState, objection: Objection): boolean {
  return may(viewer, Operation.OBJECTION_READ, noticeOrganization(objection)) || (!!viewer.account && objection.filedBy?.id === viewer.account.id);
}

const POPULATE = ['notice.organization', 'notice.campaign', 'entry'] as const;

export async function findVisibleObjection(em: EntityManager, viewer: ViewerState, id: string): Promise<Objection | null> {
  const objection = await em.findOne(Objection, id, { populate: POPULATE });
  return objection && maySee(viewer, objection) ? objection : null;
}

/** Who may download the attachments of this module's objects (registered by modules/index.ts). */
export const objectionAttachmentAccess: AttachmentAccessRules = {
  Objection: async (em, viewer, id) => !!(await findVisibleObjection(em, viewer, id)),
};

/** The statement's identity rules: the campaign may require a real name; a real name needs a contact to reply to. */
function identityOf(input: ObjectionFileInput | ObjectionEnterInput, policy: ObjectionIdentityPolicy) {
  const name = input.objectorName?.trim() || null;
  const contact = input.objectorContact?.trim() || null;
  if (!input.realName) {
    if (policy === ObjectionIdentityPolicy.REQUIRED) throw new UserInputError(ObjectionError.IdentityRequired, ['realName']);
    return { realName: false, objectorName: null, objectorContact: null };
  }
  const problems: UserInputError[] = [];
  if (!name) problems.push(new UserInputError(ObjectionError.NameRequired, ['objectorName']));
  if (!contact) problems.push(new UserInputError(ObjectionError.ContactRequired, ['objectorContact']));
  if (problems.length) throw new UserInputErrors(problems);
  return { realName: true, objectorName: name, objectorContact: contact };
}

function newObjection(em: EntityManager, entry: NoticeEntry, data: Partial<Objection> & Pick<Objection, 'channel' | 'content' | 'realName' | 'receivedAt'>) {
  return em.create(Objection, {
    notice: entry.notice, entry, nomination: entry.nomination, createdAt: data.receivedAt, updatedAt: data.receivedAt, ...data,
  });
}

/** A member of the public objects online, during the notice period. */
export async function fileObjection(participant: Participant, input: ObjectionFileInput): Promise<Objection> {
  const { viewer, now } = participant;
  const account = requireParticipant(viewer);
  return runOnce(participant, {
    operation: 'objectionFile',
    key: input.idempotencyKey,
    input,
    idOf: (o) => o.id,
    reload: (em, id) => em.findOneOrFail(Objection, id),
    before: () => enforceRateLimit(participant, 'objection'),
    act: async (em) => {
      const entry = await publicEntry(em, input.entry, ['entry'], now);
      requireOpenEntry(entry, now, ['entry']);
      const identity = identityOf(input, entry.notice.getEntity().campaign.getEntity().objectionIdentity);
      const objection = newObjection(em, entry, {
        channel: ObjectionChannel.ONLINE, content: input.content.trim(), ...identity, filedBy: ref(account), receivedAt: now,
      });
      await claimAttachments(em, viewer, input.attachments ?? [], ['attachments'], { type: 'Objection', id: objection.id });
      audit(em, viewer, { subject: objection, action: 'objection.file', to: ObjectionStatus.RECEIVED, at: now });
      await tellOfArrival(em, objection, now, account.id);
      return objection;
    },
  });
}

/** The office enters an objection received by phone, letter (dated by postmark) or visit. */
export async function enterObjection({ em, viewer, now }: Actor, input: ObjectionEnterInput): Promise<Objection> {
  viewer.requireAccount();
  if (input.channel === ObjectionChannel.ONLINE) throw new UserInputError(ObjectionError.OnlineChannel, ['channel']);
  const entry = await publicEntry(em, input.entry, ['entry'], now);
  const notice = entry.notice.getEntity();
  requireMay(viewer, Operation.OBJECTION_ENTER, notice.organization.getEntity());
  const letter = input.channel === ObjectionChannel.LETTER;
  if (letter && !input.postmarkOn) throw new UserInputError(ObjectionError.PostmarkRequired, ['postmarkOn']);
  const field = letter ? 'postmarkOn' : 'receivedOn';
  const day = parseIsoDate((letter ? input.postmarkOn : input.receivedOn) ?? beijingDate(now), [field]);
  if (day < notice.startsOn || day > notice.endsOn || day > beijingDate(now)) {
    throw new UserInputError(ObjectionError.OutsidePeriod, [field], { startsOn: notice.startsOn, endsOn: notice.endsOn });
  }
  const objection = newObjection(em, entry, {
    channel: input.channel, content: input.content.trim(), ...identityOf(input, notice.campaign.getEntity().objectionIdentity),
    postmarkOn: letter ? day : null, receivedAt: letter || day === beijingDate(now) ? now : new Date(`${day}T12:00:00+08:00`),
  });
  audit(em, viewer, { subject: objection, action: 'objection.enter', to: ObjectionStatus.RECEIVED, data: { channel: input.channel, day }, at: now });
  await tellOfArrival(em, objection, now, viewer.account?.id);
  await em.flush();
  return objection;
}

async function handledObjection({ em, viewer }: Actor, globalId: string): Promise<Objection> {
  viewer.requireAccount();
  const id = idOf(globalId, 'Objection');
  // Locked and read again, so offices handling one objection at once take turns and the second sees what the first did
  // (else an objection was both upheld and dismissed, or an investigation reopened a decided one).
  const objection = id ? await findLocked(em, Objection, id, POPULATE) : null;
  if (!objection) throw new UserInputError(CommonError.NotFound, ['objection']);
  if (!handles(viewer, objection)) throw new AccessError(AuthError.Forbidden);
  return objection;
}

export async function startInvestigation(actor: Actor, globalId: string): Promise<Objection> {
  const { em, viewer, now } = actor;
  const objection = await handledObjection(actor, globalId);
  if (objection.status !== ObjectionStatus.RECEIVED) throw new UserInputError(ObjectionError.NotReceived, ['objection']);
  objection.status = ObjectionStatus.INVESTIGATING;
  audit(em, viewer, { subject: objection, action: 'objection.investigate', from: ObjectionStatus.RECEIVED, to: objection.status, at: now });
  await em.flush();
  return objection;
}

/**
 * Decides an open objection with a written reply. Upholding withdraws the candidate through the
 * nomination workflow (which also marks the notice entry withdrawn) in the same unit of work.
 */
export async function decideObjection(actor: Actor, input: ObjectionDecideInput, outcome: ObjectionStatus.UPHELD | ObjectionStatus.DISMISSED): Promise<Objection> {
  const { em, viewer, now } = actor;
  const objection = await handledObjection(actor, input.objection);
  if (!OPEN_OBJECTION_STATUSES.includes(objection.status)) throw new UserInputError(ObjectionError.AlreadyDecided, ['objection']);
  const reply = input.reply.trim();
  if (!reply) throw new UserInputError(ObjectionError.ReplyRequired, ['reply']);
  const from = objection.status;
  Object.assign(objection, { status: outcome, reply, repliedAt: now, decidedAt: now, handledBy: ref(viewer.requireAccount()) });
  if (outcome === ObjectionStatus.UPHELD) {
    const nomination = await objection.nomination.loadOrFail();
    // Its state is read under the file's lock: of two objections to one candidate upheld at once, the first
    // withdraws the candidate and the second then finds them withdrawn, as it would one after the other.
    if ((await lockFileForStep(em, nomination)) !== NominationState.WITHDRAWN) {
      await transitionNomination(em, viewer, nomination, NominationAction.UPHOLD_OBJECTION, { reason: reply, data: { objection: objection.id }, now });
    }
  }
  audit(em, viewer, { subject: objection, action: `objection.${outcome.toLowerCase()}`, from, to: outcome, reason: reply, at: now });
  await tellOfAnswer(em, objection, now, viewer.account?.id);
  await em.flush();
  return objection;
}

/** The objections of the notices the viewer's organizations run; staff only. */
export async function objectionQueue(ctx: Context, filter: { notice?: string | null; status?: ObjectionStatus | null }, page: PageArgs) {
  const where: FilterQuery<Objection>[] = [
    scopeFilter<Objection>(ctx.viewer, Operation.OBJECTION_READ, (like) => ({ notice: { organization: { path: like } } })),
  ];
  if (filter.notice) where.push({ notice: idOf(filter.notice, 'Notice') ?? NIL_UUID });
  if (filter.status) where.push({ status: filter.status });
  return objectionPage(ctx, { $and: where }, page);
}

/** The viewer's own objections (filed online), with their replies. */
export function viewerObjections(ctx: Context, page: PageArgs) {
  const account = ctx.viewer.requireAccount();
  return objectionPage(ctx, { filedBy: account.id }, page);
}

async function objectionPage(ctx: Context, where: FilterQuery<Objection>, page: PageArgs) {
  const window = pageWindow(page);
  const [items, count] = await ctx.em.findAndCount(Objection, where, {
    populate: POPULATE, orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }], limit: window.limit, offset: window.offset,
  });
  return toConnection(items, count, window);
}
