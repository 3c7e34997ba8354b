import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { seal } from '../../common/sealed-text.js';
import { withImportHeapRoom } from '../../common/heap-growth.js';
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

/**
 * Field names only: the audit line of an imported record never holds a value. The names a row set, as a key
 * of one character per field of the form (records of one key share one audit statement), rather than a list
 * of names turned to JSON per row, which was some 6 % of the import's CPU.
 */
const AUDITED: (keyof ImportRecord)[] = ['idNumber', ...FIELDS.map(([field]) => field), ...SEALED.map(([field]) => field), 'keeperName', 'keeping'];
const fieldsKey = (record: ImportRecord): string => {
  let key = '';
  for (const field of AUDITED) key += record[field] === undefined ? '0' : '1';
  return key;
};
const fieldsOfKey = (key: string): string[] => AUDITED.filter((_, i) => key[i] === '1');

/*
 * COPY's text format, written straight from the record: a line per row, values between tabs, `\N` for
 * null. Each column is encoded by its type, so only free text and JSON are looked at for the four
 * characters COPY escapes (an import writes some 600,000 values; a generic encoder that asked each
 * value its type was a tenth of the import's time, and its row objects a good part of the collector's).
 */
const NULL = '\\N';
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escaped = (c: string) => ESCAPES[c];
const text = (value: string): string => (SPECIAL.test(value) ? value.replace(SPECIALS, escaped) : value);
const ENCODE: Record<string, (value: unknown) => string> = {
  text: (v) => (v == null ? NULL : text(v as string)),
  boolean: (v) => (v == null ? NULL : v ? 't' : 'f'),
  jsonb: (v) => (v == null ? NULL : text(JSON.stringify(v))),
};
/** Enums, dates and numbers: words and digits that never need escaping. */
const plain = (v: unknown) => (v == null ? NULL : String(v));
const encoderOf = (type: string) => ENCODE[type] ?? plain;

/** What a new record holds where its row left a cell blank. */
const NEW_RECORD_DEFAULTS: Partial<Record<keyof ImportRecord, (r: ImportRecord) => unknown>> = {
  migrantWorker: () => false,
  familyMembers: () => [],
  workHistory: () => [],
  employmentStatus: () => EmploymentStatus.IN_POST,
  // Without a class on the form, the situation decides it (model-worker-class.ts), as at conferral.
  category: (r) => classOf({ employmentStatus: r.employmentStatus ?? EmploymentStatus.IN_POST, hardship: Boolean(r.familyHardship) }),
};
const FIELD_ENCODERS = FIELDS.map(([field, , type]) => [field, encoderOf(type), NEW_RECORD_DEFAULTS[field]] as const);
const sealed = (value: string | undefined) => (value ? seal(value) : NULL);

/**
 * A record's line: id, `head` (a new record's stamps and status), the form's fields, the sealed ones; a new record also its keeper, its sealed,
 * indexed and masked ID number and whether it has a hardship (the columns of INSERT_COLUMNS, in order).
 */
function lineOf(p: PlannedRecord, creating: boolean, head = ''): string {
  const r = p.record;
  const values = r as unknown as Record<string, unknown>;
  let line = p.id + head;
  for (const [field, encode, fallback] of FIELD_ENCODERS) line += `\t${encode(values[field] ?? (creating && fallback ? fallback(r) : null))}`;
  for (const [field] of SEALED) line += `\t${sealed(values[field] as string | undefined)}`;
  if (creating) {
    line += `\t${p.organizationId ?? NULL}\t${p.keeping ?? NULL}\t${seal(r.idNumber)}\t${p.index}\t${maskIdNumber(r.idNumber)}\t${r.familyHardship ? 't' : 'f'}`;
  }
  return `${line}\n`;
}

/** Lines as COPY text, a hundred a chunk. */
function* copyText<T>(items: readonly T[], lineOf: (item: T) => string): Generator<string> {
  let lines = '';
  for (let i = 0; i < items.length; i += 1) {
    lines += lineOf(items[i]);
    if ((i + 1) % 100 === 0) {
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
  'created_at', 'updated_at', 'status', ...FIELDS.map(([, c]) => c), ...SEALED.map(([, c]) => c), 'organization_id', 'keeping', 'id_number_sealed', 'id_number_index', 'id_number_masked', 'hardship',
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
  private copy<T>(table: string, columns: string[], items: readonly T[], line: (item: T) => string): Promise<void> {
    if (!items.length) return this.tail;
    // One statement at a time on the connection: each COPY starts when the one before has finished.
    return this.after(() => pipeline(Readable.from(copyText(items, line), { objectMode: false }), this.client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`))));
  }

  /** Runs `step` after everything queued; a step that fails fails every one after it. */
  private after(step: () => Promise<unknown>): Promise<void> {
    const done = this.tail.then(step).then(() => undefined);
    done.catch(() => undefined); // awaited by finish() (and a lookup's queue()); never an unhandled rejection meanwhile
    this.copies.push(done);
    this.tail = done;
    return done;
  }

  /** Runs `step` on the connection after everything queued before it (a batch's lookup), and answers its result. */
  queue<T>(step: () => Promise<T>): Promise<T> {
    let result!: T;
    const done = this.after(async () => { result = await step(); });
    return done.then(() => result);
  }

  /** Queues one checked batch: its new records, their honors, the changed records staged, the audit lines. */
  write(batch: PlannedBatch): Promise<void> {
    const { stamp } = this;
    const { inserts, updates } = batch;
    // Created and updated as of the import; the head of every new record's line after its id.
    const head = `\t${stamp}\t${stamp}\tACTIVE`;
    const inserted = this.copy('model_worker', ['id', ...INSERT_COLUMNS], inserts, (p) => lineOf(p, true, head));
    if (updates.length && !this.staged) {
      this.staged = true;
      void this.after(() => this.client.query(`create temporary table registry_import_update (id uuid, ${UPDATE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}) on commit drop;
        create temporary table registry_import_honor (like model_worker_honor) on commit drop`));
    }
    this.copy('registry_import_update', ['id', ...UPDATE_COLUMNS.map(([c]) => c)], updates, (p) => lineOf(p, false));
    const honors = (records: PlannedRecord[]) => records.filter((p) => p.honors.length);
    // A record's honors, a line each.
    const honorLines = (p: PlannedRecord) => p.honors.map((h) =>
      `${randomUUID()}\t${stamp}\t${stamp}\t${p.id}\t${h.honorId}\t${h.year}\t${h.conferredByName == null ? NULL : text(h.conferredByName)}\n`).join('');
    // A new record has no honors yet; one already on file may hold some (re-import): those are checked at the end.
    this.copy('model_worker_honor', HONOR_COLUMNS, honors(inserts), honorLines);
    this.copy('registry_import_honor', HONOR_COLUMNS, honors(updates), honorLines);
    this.audit(inserts, 'registry.imported');
    this.audit(updates, 'registry.import_updated');
    const count = inserts.length;
    if (this.progress && count) {
      void inserted.then(() => {
        this.written += count;
        const rows = this.written;
        this.reported = this.reported.then(() => this.progress!(rows));
      }, () => undefined);
    }
    return this.tail;
  }

  /**
   * One audit line per record, made by the server from the records' ids: the lines of a batch differ only in
   * their subject and in which fields the row set, so each set of fields is one statement and node encodes
   * no line (20,000 lines of JSON were a tenth of the import's time).
   */
  private audit(records: PlannedRecord[], action: string): void {
    const byFields = new Map<string, string[]>();
    for (const p of records) {
      const key = fieldsKey(p.record);
      const ids = byFields.get(key);
      if (ids) ids.push(p.id);
      else byFields.set(key, [p.id]);
    }
    const params = [this.stamp, this.viewer.account?.id ?? null, this.viewer.account?.displayName ?? null, action, this.importId];
    for (const [key, ids] of byFields) {
      const fields = JSON.stringify(fieldsOfKey(key));
      void this.after(() => this.client.query(`insert into audit_entry (${AUDIT_COLUMNS.join(', ')})
        select gen_random_uuid(), $1, $2, $3, 'ModelWorker', subject, $4, jsonb_build_object('fields', $6::jsonb, 'import', $5::text)
        from unnest($7::uuid[]) subject`, [...params, fields, `{${ids.join(',')}}`]));
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
interface ImportProgress { checked?: (rows: number) => Promise<void>; written?: (rows: number) => Promise<void> }

export function importRows(
  em: EntityManager, viewer: ViewerState, content: Buffer, format: RegistryImportFormat, today: string, now: Date, importId: string,
  progress: ImportProgress = {},
): Promise<ImportPlan> {
  // The file's plan grows the live heap as it is read: room to grow saves full collections (common/heap-growth.ts).
  return withImportHeapRoom(() => writeRows(em, viewer, content, format, today, now, importId, progress));
}

async function writeRows(
  em: EntityManager, viewer: ViewerState, content: Buffer, format: RegistryImportFormat, today: string, now: Date, importId: string, progress: ImportProgress,
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
