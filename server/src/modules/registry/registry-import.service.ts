import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Actor } from '../../common/actor.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, RegistryError } from '../../common/errors/catalogue.js';
import { label } from '../../common/i18n/messages.js';
import type { Locale } from '../../common/i18n/locale.js';
import { translate } from '../../common/i18n/messages.js';
import { idOf } from '../../common/relay/global-id.js';
import type { JobDefinition, JobQueue } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';
import { openBytes, sealBytes } from '../../common/sealed-text.js';
import type { Services } from '../../services.js';
import { grantsFor, Operation, requireMay } from '../account/policy.js';
import type { Account } from '../account/account.entity.js';
import { viewerOf } from '../account/session.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { audit } from '../audit/audit.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { requestServices } from '../demo-clock/demo-clock.js';
import { RegistryImport } from './registry-import.entity.js';
import { RegistryImportFormat, RegistryImportState } from './registry-import.enums.js';
import { checkImport, type ImportPlan } from './registry-import.check.js';
import { importRows } from './registry-import.write.js';
import type { ImportProblem } from './registry-import.columns.js';
import { withImportHeapRoom } from '../../common/heap-growth.js';

/**
 * 导入 (seed 003's information form, by the thousand): upload → check (a job: every row's problems, or
 * ready) → the keeper confirms → write (a job: one transaction, every row checked again against the
 * registry as it is then). Nothing is half-imported: one bad row and nothing is written. Progress is
 * on the import (rows checked, rows written), which the page polls.
 */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** XLSX by its zip signature and name, CSV by its name (text has no signature to trust). */
export function importFormat(name: string, bytes: Buffer): RegistryImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') && bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return RegistryImportFormat.XLSX;
  if (lower.endsWith('.csv') && !bytes.subarray(0, 8192).includes(0)) return RegistryImportFormat.CSV;
  return null;
}

/** An uploaded file becomes an import being checked; the check runs as a job. */
/** The uploader's broadest organization where they keep the registry (the shortest path): the import list's scope. */
function importOffice(viewer: ViewerState): string | null {
  const keeping = grantsFor(viewer, Operation.REGISTRY_KEEP).filter((g) => g.path !== null).sort((a, b) => a.path!.length - b.path!.length);
  return keeping[0]?.organizationId ?? null;
}

export async function startImport(em: EntityManager, viewer: ViewerState, now: Date, file: { name: string; bytes: Buffer }, jobs: Pick<JobQueue, 'send'>): Promise<RegistryImport> {
  requireMay(viewer, Operation.REGISTRY_KEEP);
  const format = importFormat(file.name, file.bytes);
  if (!format) throw new UserInputError(RegistryError.ImportFormat, ['file']);
  const started = await em.transactional(async (tx) => {
    const created = tx.create(RegistryImport, {
      createdBy: viewer.account!, organization: importOffice(viewer), fileName: file.name.slice(-200), format, content: sealBytes(file.bytes), createdAt: now, updatedAt: now,
    });
    audit(tx, viewer, { subject: created, action: 'registry.import_uploaded', at: now, data: { format } });
    return created;
  });
  await jobs.send(JobName.RegistryImportCheck, { id: started.id });
  return started;
}

/** The viewer's own import (another's, like a missing one, is not found). */
export async function ownImport(em: EntityManager, viewer: ViewerState, globalId: string, lock = false): Promise<RegistryImport> {
  const account = viewer.requireAccount();
  requireMay(viewer, Operation.REGISTRY_KEEP);
  const id = idOf(globalId, 'RegistryImport');
  const found = id ? await em.findOne(RegistryImport, { id, createdBy: account }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}) : null;
  if (!found) throw new UserInputError(CommonError.NotFound, ['import']);
  return found;
}

/** The keeper confirms a checked file: it is written by a job, in one transaction. */
export async function confirmImport(actor: Actor, globalId: string, jobs: Pick<JobQueue, 'send'>): Promise<RegistryImport> {
  const { em, viewer, now } = actor;
  const found = await ownImport(em, viewer, globalId, true);
  if (found.state !== RegistryImportState.READY && found.state !== RegistryImportState.FAILED) {
    throw new UserInputError(RegistryError.ImportNotReady, ['import'], { state: label(`import/${found.state}`) });
  }
  const from = found.state;
  Object.assign(found, { state: RegistryImportState.IMPORTING, rowsChecked: 0, rowsWritten: 0 });
  audit(em, viewer, { subject: found, action: 'registry.import_confirmed', at: now, from, to: found.state });
  await em.flush();
  // Queued now; the job waits for this transaction (it reads the import under a lock) and does nothing if it rolled back.
  await jobs.send(JobName.RegistryImportApply, { id: found.id });
  return found;
}

/** A problem in the reader's language; params written `label:key` are labels. */
export function problemMessage(locale: Locale, problem: ImportProblem): string {
  const params = Object.fromEntries(Object.entries(problem.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('label:') ? label(v.slice(6)) : v]));
  return translate(locale, problem.code, params);
}

const progressOf = (orm: MikroORM, id: string, column: 'rows_checked' | 'rows_written') => async (rows: number) => {
  // Its own connection and its own commit, so the page sees it while the import's transaction is open.
  await orm.em.getConnection().execute(`update registry_import set ${column} = ? where id = ?`, [rows, id]);
};

function record(found: RegistryImport, plan: ImportPlan, state: RegistryImportState): void {
  Object.assign(found, {
    state, rowsTotal: plan.rows, rowsChecked: plan.rows, problems: plan.problems, problemCount: plan.problemCount,
    created: plan.created, updated: plan.updated,
  });
}

/** The check of an uploaded file; repeating it does nothing once the file is checked. */
export async function runImportCheck(orm: MikroORM, services: Services, id: string): Promise<string | null> {
  const em = orm.em.fork();
  const found = await em.findOne(RegistryImport, { id, state: RegistryImportState.CHECKING }, { populate: ['content', 'createdBy'] });
  if (!found?.content) return null;
  const viewer = await viewerOf(em, found.createdBy.getEntity() as Account);
  const { clock } = await requestServices(em, services);
  const content = openBytes(found.content);
  const plan = await withImportHeapRoom(() => checkImport(em, viewer, content, found.format, beijingDate(clock.now()), { lock: false, progress: progressOf(orm, id, 'rows_checked') }));
  const ok = plan.problemCount === 0;
  record(found, plan, ok ? RegistryImportState.READY : RegistryImportState.INVALID);
  // A file with problems is not kept: the keeper fixes it and uploads it again.
  if (!ok) Object.assign(found, { content: null, finishedAt: clock.now() });
  await em.flush();
  return `registry import ${id} checked: ${plan.rows} rows, ${plan.problemCount} problem(s)`;
}

/**
 * The write of a confirmed import, in one transaction: the file is checked again against the registry
 * as it is now (records locked), and written only when no row has a problem. Safe to repeat: it acts
 * only on an import IMPORTING, and a run that failed wrote nothing.
 */
export async function runImportApply(orm: MikroORM, services: Services, id: string): Promise<string | null> {
  // Waits for the confirming transaction (which holds the row) and reads what it committed.
  const [row] = await orm.em.getConnection().execute<{ state: string }[]>('select state from registry_import where id = ? for share', [id]);
  if (row?.state !== RegistryImportState.IMPORTING) return null;
  const { clock } = await requestServices(orm.em.fork(), services);
  const now = clock.now();
  try {
    return await orm.em.fork().transactional(async (em) => {
      // One writer per import even if the queue ever ran a job twice at once.
      await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [id], 'all', em.getTransactionContext());
      const found = await em.findOne(RegistryImport, { id, state: RegistryImportState.IMPORTING }, { populate: ['content', 'createdBy'], refresh: true });
      if (!found?.content) return null;
      const viewer = await viewerOf(em, found.createdBy.getEntity() as Account);
      // Read, checked against the registry as it is now (records locked) and written batch by batch; undone if any row has a problem.
      const plan = await importRows(em, viewer, openBytes(found.content), found.format, beijingDate(now), now, id, {
        checked: progressOf(orm, id, 'rows_checked'), written: progressOf(orm, id, 'rows_written'),
      });
      if (plan.problemCount) {
        record(found, plan, RegistryImportState.INVALID);
        Object.assign(found, { content: null, finishedAt: now });
        audit(em, viewer, { subject: found, action: 'registry.import_refused', at: now, from: RegistryImportState.IMPORTING, to: found.state, data: { problems: plan.problemCount } });
        return `registry import ${id} refused at writing: ${plan.problemCount} problem(s), nothing written`;
      }
      record(found, plan, RegistryImportState.DONE);
      Object.assign(found, { rowsWritten: plan.rows, content: null, finishedAt: now });
      audit(em, viewer, { subject: found, action: 'registry.import_done', at: now, from: RegistryImportState.IMPORTING, to: found.state, data: { created: found.created, updated: found.updated } });
      return `registry import ${id}: ${found.created} created, ${found.updated} updated`;
    });
  } catch (error) {
    await orm.em.fork().nativeUpdate(RegistryImport, { id, state: RegistryImportState.IMPORTING }, { state: RegistryImportState.FAILED });
    throw error;
  }
}

export function registryImportCheckJob(orm: MikroORM, services: Services): JobDefinition<{ id: string }> {
  return { name: JobName.RegistryImportCheck, retry: { limit: 2, delaySeconds: 10 }, run: ({ id }) => runImportCheck(orm, services, id) };
}

export function registryImportApplyJob(orm: MikroORM, services: Services): JobDefinition<{ id: string }> {
  return { name: JobName.RegistryImportApply, retry: { limit: 1, delaySeconds: 10 }, run: ({ id }) => runImportApply(orm, services, id) };
}
