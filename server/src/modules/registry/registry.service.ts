import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Actor } from '../../common/actor.js';
import { UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { CommonError, RegistryError } from '../../common/errors/catalogue.js';
import { label } from '../../common/i18n/messages.js';
import { idOf } from '../../common/relay/global-id.js';
import { givenFields } from '../../common/update-input.js';
import { blindIndex, open, sealOrNull } from '../../common/sealed-text.js';
import { Operation, requireMay } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { ModelWorkerReport } from './model-worker-report.entity.js';
import { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import { Keeping, ModelWorkerStatus, RegistryReportKind, TransferState } from './registry.enums.js';
import { lockedRecord } from './registry.access.js';
import { tellOfTransferAsked } from './registry.notifications.js';
import { openRevocationCount } from './registry.open-reports.js';
import { maskIdNumber, normalIdNumber } from './id-number.js';
import type * as I from './registry.inputs.js';
import { findLocked } from '../../common/row-lock.js';

/** Which kind of union keeps a record by each way of keeping (seed 002, 分级管理). */
export const KEEPER_KINDS: Record<Keeping, OrganizationKind[]> = {
  [Keeping.EMPLOYER]: [OrganizationKind.GRASSROOTS_UNION],
  [Keeping.LOCALITY]: [OrganizationKind.DISTRICT_UNION],
  [Keeping.SYSTEM]: [OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION],
};

/** Plain fields of the form an update may name; the sealed and checked ones are handled below. */
const PLAIN_FIELDS = [
  'name', 'gender', 'birthDate', 'ethnicity', 'politicalStatus', 'education', 'phone', 'address', 'householdBeijing', 'migrantWorker',
  'familyMembers', 'employerName', 'post', 'employmentStatus', 'workHistory', 'deeds', 'needs', 'category', 'categoryReason',
] as const;

/** Field names only: an audit line of the registry never holds a personal value. */
const changedNames = (input: I.RegistryRecordFields) => Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined && k !== 'modelWorker');

/** Finds the registry record of an ID number (by its blind index; the number itself is not stored in clear). */
export function findByIdNumber(em: EntityManager, idNumber: string): Promise<ModelWorker | null> {
  return em.findOne(ModelWorker, { idNumberIndex: blindIndex(idNumber.trim().toUpperCase()) });
}

/** The sealed, indexed and masked forms of an ID number, as the registry and the nomination file store it (null: none). */
export function sealedIdNumber(text: string | null | undefined): { idNumberSealed: string | null; idNumberIndex: string | null; idNumberMasked: string | null } {
  const idNumber = text?.trim().toUpperCase() || null;
  return { idNumberSealed: sealOrNull(idNumber), idNumberIndex: idNumber ? blindIndex(idNumber) : null, idNumberMasked: idNumber ? maskIdNumber(idNumber) : null };
}

/** Sets the sealed, indexed and masked forms of the ID number (null clears them). */
export function setIdNumber(worker: ModelWorker, text: string | null): void {
  Object.assign(worker, sealedIdNumber(text));
}

/**
 * Writes a record entered or changed with an ID number. The number was checked free (checkedIdNumber), but a
 * record entered twice at once (a double click) passes that check twice: the index lets one through, and the
 * other is told the number is on file, not an internal error.
 */
function flushRecord(em: EntityManager): Promise<void> {
  return flushRefusingDuplicates(em, { model_worker_id_number_index_unique: () => new UserInputError(RegistryError.IdNumberTaken, ['idNumber']) });
}

async function checkedIdNumber(em: EntityManager, text: string, self?: ModelWorker): Promise<string> {
  const id = normalIdNumber(text);
  if (!id) throw new UserInputError(RegistryError.IdNumberInvalid, ['idNumber']);
  const other = await em.findOne(ModelWorker, { idNumberIndex: blindIndex(id) });
  if (other && other !== self) throw new UserInputError(RegistryError.IdNumberTaken, ['idNumber']);
  return id;
}

function checkDates(now: Date, input: I.RegistryRecordFields): void {
  const today = beijingDate(now);
  const problems: UserInputError[] = [];
  if (input.birthDate && input.birthDate > today) problems.push(new UserInputError(RegistryError.FutureDate, ['birthDate']));
  input.workHistory?.forEach((period, i) => {
    if (period.from > today) problems.push(new UserInputError(RegistryError.FutureDate, ['workHistory', String(i), 'from']));
    if (period.to && period.to < period.from) problems.push(new UserInputError(RegistryError.DateOrder, ['workHistory', String(i), 'to']));
  });
  if (problems.length) throw new UserInputErrors(problems);
}

/** Writes the form's fields the input names (and only those) onto the record. */
async function applyFields(actor: Actor, worker: ModelWorker, input: I.RegistryRecordFields): Promise<void> {
  checkDates(actor.now, input);
  if (input.idNumber !== undefined) setIdNumber(worker, input.idNumber ? await checkedIdNumber(actor.em, input.idNumber, worker) : null);
  if (input.health !== undefined) worker.healthSealed = sealOrNull(input.health?.trim());
  if (input.familyHardship !== undefined) worker.familyHardshipSealed = sealOrNull(input.familyHardship?.trim());
  const given = givenFields(input, PLAIN_FIELDS);
  Object.assign(worker, given);
  if (given.familyMembers) worker.familyMembers = given.familyMembers.map((m) => ({ relation: m.relation, name: m.name, birthYear: m.birthYear ?? null, employer: m.employer ?? null }));
  if (given.workHistory) worker.workHistory = given.workHistory.map((p) => ({ employer: p.employer, post: p.post, from: p.from, to: p.to ?? null }));
}

async function keeper(em: EntityManager, globalId: string, keeping: Keeping, field: string): Promise<Organization> {
  const id = idOf(globalId, 'Organization');
  const org = id ? await em.findOne(Organization, id) : null;
  if (!org) throw new UserInputError(CommonError.NotFound, [field]);
  if (!KEEPER_KINDS[keeping].includes(org.kind)) {
    throw new UserInputError(RegistryError.KeeperKind, [field], { keeping: label(`keeping/${keeping}`), kind: label(`keeper/${keeping}`) });
  }
  return org;
}

/** A record that is no longer kept (deceased, title revoked) takes no update, confirmation or transfer. */
function requireKept(worker: ModelWorker): void {
  if (worker.status !== ModelWorkerStatus.ACTIVE) throw new UserInputError(RegistryError.NotKept, null, { status: label(`status/${worker.status}`) });
}

export async function createRecord(actor: Actor, input: I.ModelWorkerCreateInput): Promise<ModelWorker> {
  const { em, viewer } = actor;
  const org = await keeper(em, input.organization, input.keeping, 'organization');
  requireMay(viewer, Operation.REGISTRY_KEEP, org);
  if (!input.name || !input.gender || !input.employerName || !input.post) {
    const missing = (['name', 'gender', 'employerName', 'post'] as const).filter((k) => !input[k]);
    throw new UserInputErrors(missing.map((k) => new UserInputError(CommonError.Invalid, [k])));
  }
  const worker = em.create(ModelWorker, {
    name: input.name, gender: input.gender, employerName: input.employerName, post: input.post, organization: org, keeping: input.keeping,
  });
  await applyFields(actor, worker, input);
  audit(em, viewer, { subject: worker, action: 'registry.created', at: actor.now, data: { fields: changedNames(input) } });
  await flushRecord(em);
  return worker;
}

export async function updateRecord(actor: Actor, input: I.ModelWorkerUpdateInput): Promise<ModelWorker> {
  const worker = await lockedRecord(actor.em, actor.viewer, input.modelWorker, Operation.REGISTRY_KEEP);
  requireKept(worker);
  await applyFields(actor, worker, input);
  audit(actor.em, actor.viewer, { subject: worker, action: 'registry.updated', at: actor.now, data: { fields: changedNames(input) } });
  await flushRecord(actor.em);
  return worker;
}

export async function addHonor(actor: Actor, input: I.ModelWorkerHonorAddInput): Promise<ModelWorker> {
  const { em, viewer, now } = actor;
  const worker = await lockedRecord(em, viewer, input.modelWorker, Operation.REGISTRY_KEEP);
  const honorId = idOf(input.honor, 'Honor');
  const honor = honorId ? await em.findOne(Honor, honorId) : null;
  if (!honor) throw new UserInputError(CommonError.NotFound, ['honor']);
  if (input.year < 1950 || input.year > Number(beijingDate(now).slice(0, 4))) throw new UserInputError(RegistryError.YearInvalid, ['year']);
  if (await em.count(ModelWorkerHonor, { modelWorker: worker, honor, year: input.year })) {
    throw new UserInputError(RegistryError.HonorHeld, ['honor'], { year: input.year });
  }
  em.create(ModelWorkerHonor, { modelWorker: worker, honor, year: input.year, conferredByName: input.conferredByName?.trim() || null, createdAt: now });
  audit(em, viewer, { subject: worker, action: 'registry.honor_added', at: now, data: { honor: honor.code, year: input.year } });
  await em.flush();
  return worker;
}

/** 年度更新: the keeper confirms the record for the Beijing year of today, reviewing the class and its reason. */
export async function confirmRecord(actor: Actor, input: I.ModelWorkerConfirmInput): Promise<ModelWorker> {
  const { em, viewer, now } = actor;
  const worker = await lockedRecord(em, viewer, input.modelWorker, Operation.REGISTRY_KEEP);
  requireKept(worker);
  if (!input.categoryReason.trim()) throw new UserInputError(RegistryError.ReasonRequired, ['categoryReason']);
  const from = worker.category;
  worker.category = input.category;
  worker.categoryReason = input.categoryReason.trim();
  if (input.employmentStatus) worker.employmentStatus = input.employmentStatus;
  worker.confirmedYear = Number(beijingDate(now).slice(0, 4));
  worker.confirmedAt = now;
  audit(em, viewer, { subject: worker, action: 'registry.confirmed', at: now, from, to: worker.category, data: { year: worker.confirmedYear } });
  await em.flush();
  return worker;
}

/** Death or a serious violation, reported at once; a death ends the record's keeping. */
export async function reportEvent(actor: Actor, input: I.ModelWorkerReportInput): Promise<ModelWorkerReport> {
  const { em, viewer, now } = actor;
  const worker = await lockedRecord(em, viewer, input.modelWorker, Operation.REGISTRY_KEEP);
  requireKept(worker);
  if (input.occurredOn > beijingDate(now)) throw new UserInputError(RegistryError.FutureDate, ['occurredOn']);
  const report = em.create(ModelWorkerReport, {
    modelWorker: worker, organization: worker.organization, kind: input.kind, occurredOn: input.occurredOn,
    details: input.details.trim(), reportedByName: viewer.account?.displayName ?? null, createdAt: now,
  });
  const from = worker.status;
  if (input.kind === RegistryReportKind.DEATH) worker.status = ModelWorkerStatus.DECEASED;
  audit(em, viewer, { subject: worker, action: `registry.reported_${input.kind.toLowerCase()}`, at: now, from, to: worker.status, data: { occurredOn: input.occurredOn } });
  await em.flush();
  return report;
}

export async function requestTransfer(actor: Actor, input: I.ModelWorkerTransferRequestInput): Promise<ModelWorkerTransfer> {
  const { em, viewer, now } = actor;
  const worker = await lockedRecord(em, viewer, input.modelWorker, Operation.REGISTRY_TRANSFER);
  requireKept(worker);
  if (!input.reason.trim()) throw new UserInputError(RegistryError.ReasonRequired, ['reason']);
  const to = await keeper(em, input.to, input.keeping, 'to');
  if (to.id === worker.organization.id) throw new UserInputError(RegistryError.TransferSameKeeper, ['to']);
  // The record is locked, so two requests for it cannot both see none open.
  if (await em.count(ModelWorkerTransfer, { modelWorker: worker, state: TransferState.REQUESTED })) throw new UserInputError(RegistryError.TransferOpen);
  await requireNoOpenRevocation(em, worker);
  const transfer = em.create(ModelWorkerTransfer, { modelWorker: worker, from: worker.organization, to, keeping: input.keeping, reason: input.reason.trim(), createdAt: now });
  audit(em, viewer, { subject: worker, action: 'registry.transfer_requested', at: now, from: worker.organization.getEntity().name, to: to.name, reason: transfer.reason });
  await tellOfTransferAsked(actor, transfer, worker, worker.organization.getEntity(), to);
  await em.flush();
  return transfer;
}

/** A record changes keeper only with no revocation report about it open: reports are acted on along the keeper's line. */
async function requireNoOpenRevocation(em: EntityManager, worker: ModelWorker): Promise<void> {
  if (await openRevocationCount(em, worker.id)) throw new UserInputError(RegistryError.TransferRevocationOpen);
}

/** The transfer, locked, with its record locked too; the viewer must be in the new keeper's scope. */
async function openTransfer(actor: Actor, globalId: string): Promise<{ transfer: ModelWorkerTransfer; worker: ModelWorker; to: Organization }> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(globalId, 'ModelWorkerTransfer');
  const transfer = id ? await findLocked(em, ModelWorkerTransfer, id, ['to', 'from']) : null;
  if (!transfer) throw new UserInputError(CommonError.NotFound, ['transfer']);
  const to = transfer.to.getEntity();
  requireMay(viewer, Operation.REGISTRY_TRANSFER, to);
  if (transfer.state !== TransferState.REQUESTED) throw new UserInputError(RegistryError.TransferDecided);
  const worker = await em.findOneOrFail(ModelWorker, transfer.modelWorker.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { transfer, worker, to };
}

export async function acceptTransfer(actor: Actor, input: I.ModelWorkerTransferAcceptInput): Promise<ModelWorkerTransfer> {
  const { transfer, worker, to } = await openTransfer(actor, input.transfer);
  // A report made after the request still holds the record where it is until it is decided; declining stays open.
  await requireNoOpenRevocation(actor.em, worker);
  transfer.state = TransferState.ACCEPTED;
  transfer.decidedAt = actor.now;
  worker.organization = transfer.to;
  worker.keeping = transfer.keeping;
  audit(actor.em, actor.viewer, { subject: worker, action: 'registry.transferred', at: actor.now, from: transfer.from.getEntity().name, to: to.name, reason: transfer.reason });
  await actor.em.flush();
  return transfer;
}

export async function declineTransfer(actor: Actor, input: I.ModelWorkerTransferDeclineInput): Promise<ModelWorkerTransfer> {
  const { transfer, worker, to } = await openTransfer(actor, input.transfer);
  if (!input.reason.trim()) throw new UserInputError(RegistryError.ReasonRequired, ['reason']);
  transfer.state = TransferState.DECLINED;
  transfer.decidedAt = actor.now;
  transfer.declineReason = input.reason.trim();
  audit(actor.em, actor.viewer, { subject: worker, action: 'registry.transfer_declined', at: actor.now, to: to.name, reason: transfer.declineReason });
  await actor.em.flush();
  return transfer;
}

/** The whole ID number of a record, for a payment file (its export is audited by the caller); null when none is on record. */
export function wholeIdNumber(worker: ModelWorker): string | null {
  return worker.idNumberSealed ? open(worker.idNumberSealed) : null;
}

/** The whole ID number, to staff in the record's scope; the reveal is written to the record's history (PIPL). */
export async function revealIdNumber(actor: Actor, input: I.ModelWorkerIdNumberRevealInput): Promise<string | null> {
  const { em, viewer, now } = actor;
  const worker = await lockedRecord(em, viewer, input.modelWorker, Operation.REGISTRY_READ);
  audit(em, viewer, { subject: worker, action: 'registry.id_number_viewed', at: now });
  await em.flush();
  return wholeIdNumber(worker);
}
