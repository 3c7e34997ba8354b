import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sealOrNull } from '../../common/sealed-text.js';
import type { ViewerState } from '../account/viewer-state.js';
import { EmploymentStatus } from './registry.enums.js';
import { classOf } from './model-worker-class.js';
import { maskIdNumber } from './id-number.js';
import type { ImportRecord } from './registry-import.columns.js';
import { checkImport, type BatchWriter, type ImportPlan, type PlannedBatch, type PlannedRecord } from './registry-import.check.js';
import type { RegistryImportFormat } from './registry-import.enums.js';

/**
 * Writes the checked records through PostgreSQL's COPY (pg-copy-streams), inside the caller's
 * transaction — all of it or nothing — while the file is still being read: each batch the check hands
 * on is encoded as COPY text and queued on the transaction's connection without waiting, so the
 * server stores one batch while the next is read and checked. New records, their honors and every
 * audit line go straight into their tables; changed records and the honors of records already on file
 * go into temporary tables (dropped at commit) and from there into the registry in one statement each
 * at the end. No statement text or JSON of the whole file is ever built (before: 20,000 rows as
 * `json_to_recordset` took 8–12× a COPY of them).
 */

/** The columns of the form a row may set, as (record field, table column, SQL type). */
const FIELDS: [keyof ImportRecord, string, string][] = [
  ['name', 'name', 'text'], ['gender', 'gender', 'gender'], ['birthDate', 'birth_date', 'date'], ['ethnicity', 'ethnicity', 'text'],
  ['politicalStatus', 'political_status', 'text'], ['education', 'education', 'education'], ['phone', 'phone', 'text'], ['address', 'address', 'text'],
  ['householdBeijing', 'household_beijing', 'boolean'], ['migrantWorker', 'migrant_worker', 'boolean'], ['familyMembers', 'family_members', 'jsonb'],
  ['employerName', 'employer_name', 'text'], ['post', 'post', 'text'], ['employmentStatus', 'employment_status', 'employment_status'],
  ['workHistory', 'work_history', 'jsonb'], ['deeds', 'deeds', 'text'], ['needs', 'needs', 'text'], ['category', 'category', 'model_worker_category'],
  ['categoryReason', 'category_reason', 'text'],
];
/** Sealed personal information (PIPL): sealed here, in the process, before a byte reaches the database. */
const SEALED: [keyof ImportRecord, string][] = [['health', 'health_sealed'], ['familyHardship', 'family_hardship_sealed']];

/** Field names only: the audit line of an imported record never holds a value. */
const fieldNames = (record: ImportRecord) => Object.keys(record).filter((k) => k !== 'row' && k !== 'honors' && record[k as keyof ImportRecord] !== undefined);

function rowOf(p: PlannedRecord, creating: boolean): Record<string, unknown> {
  const r = p.record;
  const row: Record<string, unknown> = { id: p.id };
  for (const [field, column] of FIELDS) row[column] = r[field] ?? null;
  for (const [field, column] of SEALED) row[column] = sealOrNull(r[field] as string | undefined);
  if (creating) {
    row.organization_id = p.organizationId;
    row.keeping = p.keeping;
    row.id_number_sealed = sealOrNull(r.idNumber);
    row.id_number_index = p.index;
    row.id_number_masked = maskIdNumber(r.idNumber);
    row.migrant_worker ??= false;
    row.family_members ??= [];
    row.work_history ??= [];
    row.employment_status ??= EmploymentStatus.IN_POST;
    // Without a class on the form, the situation decides it (model-worker-class.ts), as at conferral.
    row.category ??= classOf({ employmentStatus: row.employment_status as EmploymentStatus, hardship: Boolean(r.familyHardship) });
    row.hardship = Boolean(r.familyHardship);
  }
  return row;
}

/** A value in COPY's text format: `\N` for null, JSON for jsonb, backslash escapes for the rest. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString()
    : typeof value === 'boolean' ? (value ? 't' : 'f')
      : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text;
}
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Rows as COPY text, a hundred lines a chunk. */
function* copyText(rows: Iterable<unknown[]>): Generator<string> {
  let lines = '';
  let n = 0;
  for (const row of rows) {
    lines += `${row.map(copyValue).join('\t')}\n`;
    if ((n += 1) % 100 === 0) {
      yield lines;
      lines = '';
    }
  }
  if (lines) yield lines;
}

/** The pg client the transaction runs on (knex keeps a transaction on one connection). */
async function transactionClient(em: EntityManager): Promise<pg.ClientBase> {
  const ctx = em.getTransactionContext<Knex.Transaction>();
  if (!ctx) throw new Error('an import is written inside a transaction');
  return (ctx as unknown as { client: { acquireConnection(): Promise<pg.ClientBase> } }).client.acquireConnection();
}

const INSERT_COLUMNS = [
  ...FIELDS.map(([, c]) => c), ...SEALED.map(([, c]) => c), 'organization_id', 'keeping', 'id_number_sealed', 'id_number_index', 'id_number_masked', 'hardship',
];
const UPDATE_COLUMNS: [string, string][] = [...FIELDS.map(([, c, t]) => [c, t] as [string, string]), ...SEALED.map(([, c]) => [c, 'text'] as [string, string])];
const HONOR_COLUMNS = ['id', 'created_at', 'updated_at', 'model_worker_id', 'honor_id', 'year', 'conferred_by_name'];
const AUDIT_COLUMNS = ['id', 'at', 'actor_id', 'actor_name', 'subject_type', 'subject_id', 'action', 'data'];

/** Batches of checked records written by COPY as they come; `finish` waits for them and applies the changes. */
export class ImportWriter implements BatchWriter {
  private readonly copies: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private staged = false;
  private written = 0;
  private reported: Promise<void> = Promise.resolve();
  private readonly stamp: string;

  private constructor(
    private readonly client: pg.ClientBase, private readonly viewer: ViewerState, private readonly now: Date,
    private readonly importId: string, private readonly progress?: (rows: number) => Promise<void>,
  ) {
    this.stamp = now.toISOString();
  }

  static async open(em: EntityManager, viewer: ViewerState, now: Date, importId: string, progress?: (rows: number) => Promise<void>): Promise<ImportWriter> {
    return new ImportWriter(await transactionClient(em), viewer, now, importId, progress);
  }

  /**
   * Queues a COPY into `table`; it runs after what is queued before it. Its rows are
   * encoded (and sealed) only as the server takes them, so node's work and the server's overlap and no
   * batch is ever held as text.
   */
  private copy(table: string, columns: string[], count: number, rows: () => Iterable<unknown[]>): Promise<void> {
    if (!count) return this.tail;
    // One statement at a time on the connection: each COPY starts when the one before has finished.
    return this.after(() => pipeline(Readable.from(copyText(rows()), { objectMode: false }), this.client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`))));
  }

  /** Runs `step` after everything queued; a step that fails fails every one after it. */
  private after(step: () => Promise<unknown>): Promise<void> {
    const done = this.tail.then(step).then(() => undefined);
    done.catch(() => undefined); // awaited in idle()/finish(); never an unhandled rejection meanwhile
    this.copies.push(done);
    this.tail = done;
    return done;
  }

  /** Resolves once every queued statement has run (the check's next lookup waits for it); throws what failed. */
  idle(): Promise<void> {
    return this.tail;
  }

  /** Queues one checked batch: its new records, their honors, the changed records staged, the audit lines. */
  write(batch: PlannedBatch): void {
    const { stamp } = this;
    const { inserts, updates } = batch;
    const inserted = this.copy('model_worker', ['id', 'created_at', 'updated_at', 'status', ...INSERT_COLUMNS], inserts.length, function* () {
      for (const p of inserts) {
        const row = rowOf(p, true);
        yield [p.id, stamp, stamp, 'ACTIVE', ...INSERT_COLUMNS.map((c) => row[c])];
      }
    });
    if (updates.length && !this.staged) {
      this.staged = true;
      void this.after(() => this.client.query(`create temporary table registry_import_update (id uuid, ${UPDATE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}) on commit drop;
        create temporary table registry_import_honor (like model_worker_honor) on commit drop`));
    }
    this.copy('registry_import_update', ['id', ...UPDATE_COLUMNS.map(([c]) => c)], updates.length, function* () {
      for (const p of updates) {
        const row = rowOf(p, false);
        yield [p.id, ...UPDATE_COLUMNS.map(([c]) => row[c])];
      }
    });
    const honors = (records: PlannedRecord[]) => function* () {
      for (const p of records) for (const h of p.honors) yield [randomUUID(), stamp, stamp, p.id, h.honorId, h.year, h.conferredByName];
    };
    const honorCount = (records: PlannedRecord[]) => records.reduce((n, p) => n + p.honors.length, 0);
    // A new record has no honors yet; one already on file may hold some (re-import): those are checked at the end.
    this.copy('model_worker_honor', HONOR_COLUMNS, honorCount(inserts), honors(inserts));
    this.copy('registry_import_honor', HONOR_COLUMNS, honorCount(updates), honors(updates));
    const actor = [this.viewer.account?.id ?? null, this.viewer.account?.displayName ?? null];
    const { importId } = this;
    this.copy('audit_entry', AUDIT_COLUMNS, inserts.length + updates.length, function* () {
      for (const [records, action] of [[inserts, 'registry.imported'], [updates, 'registry.import_updated']] as const) {
        for (const p of records) yield [randomUUID(), stamp, ...actor, 'ModelWorker', p.id, action, { fields: fieldNames(p.record), import: importId }];
      }
    });
    const count = inserts.length;
    if (this.progress && count) {
      void inserted.then(() => {
        this.written += count;
        const rows = this.written;
        this.reported = this.reported.then(() => this.progress!(rows));
      }, () => undefined);
    }
  }

  /** Every queued COPY settled, whether or not it failed (before undoing them). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.copies);
  }

  /** Waits for every COPY, then applies the changed records and their new honors; throws what failed. */
  async finish(updated: number): Promise<void> {
    await Promise.all(this.copies);
    if (this.staged) {
      // A blank cell is null here and keeps what the record has.
      await this.client.query(`update model_worker mw set updated_at = $1, ${UPDATE_COLUMNS.map(([c]) => `${c} = coalesce(v.${c}, mw.${c})`).join(', ')}
        from registry_import_update v where mw.id = v.id`, [this.now]);
      // An honor already on record is not added twice.
      await this.client.query(`insert into model_worker_honor (${HONOR_COLUMNS.join(', ')}) select ${HONOR_COLUMNS.map((c) => `v.${c}`).join(', ')}
        from registry_import_honor v
        where not exists (select 1 from model_worker_honor h where h.model_worker_id = v.model_worker_id and h.honor_id = v.honor_id and h.year = v.year)`);
    }
    await this.reported;
    await this.progress?.(this.written + updated);
  }
}

/**
 * The import's write: the file read, checked and written in the caller's transaction, batch by batch
 * (above). A row with a problem anywhere in the file, even the last, and everything written is undone
 * (back to a savepoint taken first), so nothing is half-imported; the plan lists the problems.
 */
export async function importRows(
  em: EntityManager, viewer: ViewerState, content: Buffer, format: RegistryImportFormat, today: string, now: Date, importId: string,
  progress: { checked?: (rows: number) => Promise<void>; written?: (rows: number) => Promise<void> } = {},
): Promise<ImportPlan> {
  const writer = await ImportWriter.open(em, viewer, now, importId, progress.written);
  const client = await transactionClient(em);
  await client.query('savepoint registry_import');
  let plan: ImportPlan;
  try {
    plan = await checkImport(em, viewer, content, format, today, { lock: true, progress: progress.checked, writer });
  } catch (error) {
    await writer.settle();
    throw error;
  }
  if (plan.problemCount) {
    await writer.settle();
    await client.query('rollback to savepoint registry_import');
    plan.created = 0;
    plan.updated = 0;
    return plan;
  }
  await writer.finish(plan.updated);
  await client.query('release savepoint registry_import');
  return plan;
}
