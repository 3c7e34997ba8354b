import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionAnswer } from './suggestion-answer.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { CoSignStatus, SuggestionAction as A, SuggestionChannel, SuggestionRating, SuggestionState } from './suggestion.enums.js';
import { CommonError, AuthError, SuggestionError } from '../../common/errors/catalogue.js';
import { checkTransition, deadlineFor } from './suggestion.workflow.js';
import { viewerFacts, type ViewerFacts } from './suggestion.access.js';
import { grantsFor, may, Operation } from '../account/policy.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { organizationById } from '../organization/organization.service.js';
import { claimAttachments } from '../attachment/attachment.service.js';
import { loadWorkingCalendar, parseIsoDate } from '../calendar/calendar.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { AccessError, UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import { findLocked } from '../../common/row-lock.js';
import type { SuggestionEnterInput, SuggestionSubmitInput } from './suggestion.inputs.js';
import type { Actor } from '../../common/actor.js';
import { tellOfArrival, tellOfStep } from './suggestion.notifications.js';


/** A suggestion by global id; missing and invisible look the same to the caller. */
async function suggestionById(actor: Actor, globalId: string): Promise<{ s: Suggestion; facts: ViewerFacts }> {
  const id = idOf(globalId, 'Suggestion');
  const s = id ? await actor.em.findOne(Suggestion, id) : null;
  const facts = s ? await viewerFacts(actor.em, actor.viewer, s) : null;
  if (!s || !facts || (facts.parties.size === 0 && !s.publishedAt)) throw new UserInputError(CommonError.NotFound, ['suggestion']);
  return { s, facts };
}

/** Other model workers with an account, each asked to co-sign. */
async function coSignersOf(em: EntityManager, globalIds: string[], author: ModelWorker): Promise<ModelWorker[]> {
  const errors: UserInputError[] = [];
  const workers: ModelWorker[] = [];
  for (const [i, globalId] of [...new Set(globalIds)].entries()) {
    const id = idOf(globalId, 'ModelWorker');
    const worker = id ? await em.findOne(ModelWorker, { id, status: ModelWorkerStatus.ACTIVE, account: { $ne: null } }) : null;
    if (!worker) errors.push(new UserInputError(SuggestionError.CoSignerUnknown, ['coSigners', String(i)]));
    else if (worker.id === author.id) errors.push(new UserInputError(SuggestionError.CoSignerSelf, ['coSigners', String(i)]));
    else workers.push(worker);
  }
  if (errors.length) throw new UserInputErrors(errors);
  return workers;
}

async function file(actor: Actor, author: ModelWorker, office: Organization, input: SuggestionSubmitInput, receipt: {
  channel: SuggestionChannel; receivedAt: Date; receivedOn: string;
}): Promise<Suggestion> {
  const { em, viewer } = actor;
  const coSigners = await coSignersOf(em, input.coSigners, author);
  const calendar = await loadWorkingCalendar(em);
  const s = em.create(Suggestion, {
    author, office, title: input.title.trim(), field: input.field, problem: input.problem.trim(), proposal: input.proposal.trim(),
    channel: receipt.channel, receivedAt: receipt.receivedAt, year: Number(receipt.receivedOn.slice(0, 4)),
    publishConsent: input.publishConsent, enteredBy: receipt.channel === SuggestionChannel.ONLINE ? null : viewer.account,
    deadline: deadlineFor(SuggestionState.RECEIVED, 0, receipt.receivedOn, calendar),
  });
  for (const worker of coSigners) em.create(SuggestionCoSigner, { suggestion: s, modelWorker: worker });
  await claimAttachments(em, viewer, input.attachments, ['attachments'], { type: 'Suggestion', id: s.id });
  audit(em, viewer, {
    subject: s, action: 'suggestion.submit', to: s.state, at: actor.now,
    data: { channel: s.channel, coSigners: coSigners.map((w) => w.name), publishConsent: s.publishConsent },
  });
  await tellOfArrival(actor, s, coSigners);
  await em.flush();
  return s;
}

/** A model worker submits online; the city federation's 直通车 office receives it. */
export async function submitSuggestion(actor: Actor, input: SuggestionSubmitInput): Promise<Suggestion> {
  const account = actor.viewer.requireAccount();
  const author = await actor.em.findOne(ModelWorker, { account: account.id, status: ModelWorkerStatus.ACTIVE });
  if (!author) throw new UserInputError(SuggestionError.NotModelWorker);
  const office = await actor.em.findOneOrFail(Organization, { kind: OrganizationKind.CITY_FEDERATION, parent: null });
  const receivedOn = beijingDate(actor.now);
  return file(actor, author, office, input, { channel: SuggestionChannel.ONLINE, receivedAt: actor.now, receivedOn });
}

/** Union staff enter a letter or a visit for a model worker; their own office receives it. */
export async function enterSuggestion(actor: Actor, input: SuggestionEnterInput): Promise<Suggestion> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const [grant] = grantsFor(viewer, Operation.SUGGESTION_OVERSEE);
  if (!grant) throw new AccessError(AuthError.Forbidden);
  if (input.channel === SuggestionChannel.ONLINE) throw new UserInputError(CommonError.Invalid, ['channel']);
  const receivedOn = parseIsoDate(input.receivedOn, ['receivedOn']);
  if (receivedOn > beijingDate(actor.now)) throw new UserInputError(SuggestionError.ReceivedInFuture, ['receivedOn']);
  const authorId = idOf(input.author, 'ModelWorker');
  const author = authorId ? await em.findOne(ModelWorker, { id: authorId, status: ModelWorkerStatus.ACTIVE }) : null;
  if (!author) throw new UserInputError(CommonError.NotFound, ['author']);
  const office = await em.findOneOrFail(Organization, grant.organizationId!);
  const receivedAt = new Date(`${receivedOn}T09:00:00+08:00`);
  return file(actor, author, office, input, { channel: input.channel, receivedAt, receivedOn });
}

/**
 * One step of the lifecycle: the table decides whether the viewer may take it now; `change` records
 * what the step carries; the deadline follows the new state; one audit line; one flush.
 */
async function step(
  actor: Actor, globalId: string, action: A,
  details: { reason?: string | null; data?: Record<string, unknown> } = {},
  change?: (s: Suggestion, facts: ViewerFacts) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void,
): Promise<Suggestion> {
  // Locked and read again before anything is checked: two steps at once (an answer and a transfer, an acceptance
  // and a refusal) take turns, and the second is judged on what the first left (else both were taken).
  const id = idOf(globalId, 'Suggestion');
  if (id) await findLocked(actor.em, Suggestion, id);
  const { s, facts } = await suggestionById(actor, globalId);
  const row = await checkTransition(facts, action, details.reason);
  const from = s.state;
  const data = { ...details.data, ...(await change?.(s, facts)) };
  if (row.to) {
    s.state = row.to;
    s.deadline = deadlineFor(row.to, s.reopenCount, beijingDate(actor.now), await loadWorkingCalendar(actor.em));
  }
  const line = audit(actor.em, actor.viewer, {
    subject: s, action: `suggestion.${action.toLowerCase()}`, from, to: s.state, at: actor.now,
    reason: details.reason?.trim() || null, data: Object.keys(data).length ? data : undefined,
  });
  await tellOfStep(actor, s, action, line.id);
  await actor.em.flush();
  return s;
}

const HANDLER_KINDS = [OrganizationKind.DEPARTMENT, OrganizationKind.DISTRICT_UNION, OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION];

/** A handler the viewer may route to: a department or a union office within their scope. */
async function handlerFor(actor: Actor, globalId: string): Promise<Organization> {
  const org = await organizationById(actor.em, globalId, ['handler']);
  if (!HANDLER_KINDS.includes(org.kind) || !may(actor.viewer, Operation.SUGGESTION_OVERSEE, org)) throw new UserInputError(SuggestionError.HandlerKind, ['handler']);
  return org;
}

export const acceptSuggestion = (actor: Actor, id: string, note?: string | null) => step(actor, id, A.ACCEPT, { reason: note });

export const declineSuggestion = (actor: Actor, id: string, reason: string) =>
  step(actor, id, A.DECLINE, { reason }, (s) => { s.declineReason = reason.trim(); });

export async function assignSuggestion(actor: Actor, id: string, handlerId: string, note?: string | null) {
  const handler = await handlerFor(actor, handlerId);
  return step(actor, id, A.ASSIGN, { reason: note, data: { handler: handler.name } }, (s) => { s.handler = ref(handler); });
}

/** A transfer names its reason and restarts the answer period for the new handler. */
export async function transferSuggestion(actor: Actor, id: string, handlerId: string, reason: string) {
  const handler = await handlerFor(actor, handlerId);
  return step(actor, id, A.TRANSFER, { reason }, async (s) => {
    const previous = await s.handler?.load();
    if (previous?.id === handler.id) throw new UserInputError(SuggestionError.SameHandler, ['handler']);
    s.handler = ref(handler);
    s.escalatedTo = null;
    return { fromHandler: previous?.name, toHandler: handler.name };
  });
}

const latestAnswer = (em: EntityManager, s: Suggestion) => em.findOneOrFail(SuggestionAnswer, { suggestion: s.id, round: s.reopenCount + 1 });

export function answerSuggestion(actor: Actor, id: string, input: { outcome: SuggestionAnswer['outcome']; content: string }) {
  return step(actor, id, A.ANSWER, { data: { outcome: input.outcome } }, (s) => {
    const round = s.reopenCount + 1;
    if (round === 1) s.answeredOnTime = !!s.deadline && beijingDate(actor.now) <= s.deadline;
    actor.em.create(SuggestionAnswer, {
      suggestion: s, round, handler: s.handler!, answeredBy: actor.viewer.requireAccount(),
      outcome: input.outcome, content: input.content.trim(), answeredAt: actor.now,
    });
  });
}

export const feedBackSuggestion = (actor: Actor, id: string, note?: string | null) =>
  step(actor, id, A.FEED_BACK, { reason: note }, async (s) => { (await latestAnswer(actor.em, s)).fedBackAt = actor.now; });

/** The author rates the latest answer; a dissatisfied rating reopens it, once. */
export async function rateSuggestion(actor: Actor, id: string, rating: SuggestionRating, comment?: string | null) {
  const { s } = await suggestionById(actor, id);
  const reopen = rating === SuggestionRating.DISSATISFIED && s.reopenCount === 0;
  return step(actor, id, reopen ? A.REOPEN : A.RATE, { reason: comment, data: { rating } }, async (current) => {
    const answer = await latestAnswer(actor.em, current);
    answer.rating = rating;
    answer.ratingComment = comment?.trim() || null;
    if (reopen) {
      current.reopenCount += 1;
      current.escalatedTo = null;
    }
  });
}

export const markSuggestionAdopted = (actor: Actor, id: string, note?: string | null) =>
  step(actor, id, A.MARK_ADOPTED, { reason: note }, (s) => { s.adopted = true; });

export const commendSuggestion = (actor: Actor, id: string, note?: string | null) =>
  step(actor, id, A.COMMEND, { reason: note }, (s) => { s.commended = true; });

export const referSuggestion = (actor: Actor, id: string, input: { kind: Suggestion['referralKind'] & {}; reference: string }) =>
  step(actor, id, A.REFER, { data: { kind: input.kind, reference: input.reference } }, (s) => {
    s.referralKind = input.kind;
    s.referralReference = input.reference.trim();
  });

export const publishSuggestion = (actor: Actor, id: string) =>
  step(actor, id, A.PUBLISH, {}, (s) => { s.publishedAt = actor.now; });

export const unpublishSuggestion = (actor: Actor, id: string, reason: string) =>
  step(actor, id, A.UNPUBLISH, { reason }, (s) => { s.publishedAt = null; });

export const respondToCoSign = (actor: Actor, id: string, confirm: boolean) =>
  step(actor, id, confirm ? A.CONFIRM_CO_SIGN : A.DECLINE_CO_SIGN, {}, (_s, facts) => {
    facts.coSigner!.status = confirm ? CoSignStatus.CONFIRMED : CoSignStatus.DECLINED;
    facts.coSigner!.respondedAt = actor.now;
  });

/** Withdrawn consent takes a published suggestion down in the same step (the database insists). */
export const setSuggestionConsent = (actor: Actor, id: string, consent: boolean) =>
  step(actor, id, consent ? A.GIVE_CONSENT : A.WITHDRAW_CONSENT, {}, (s) => {
    s.publishConsent = consent;
    if (!consent) s.publishedAt = null;
  });
