import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sealOrNull } from '../../common/sealed-text.js';
import type { ViewerState } from '../account/viewer-state.js';
import { EmploymentStatus } from './registry.enums.js';
import { classOf } from './model-worker-class.js';
import { maskIdNumber } from './id-number.js';
import type { ImportRecord } from './registry-import.columns.js';
import type { ImportPlan, PlannedRecord } from './registry-import.check.js';

/**
 * Writes a checked plan as sets through PostgreSQL's COPY (pg-copy-streams), inside the caller's
 * transaction — all of it or nothing: new records, their honors and every audit line are copied
 * straight into their tables; changed records and the honors of records already on file go into
 * temporary tables (dropped at commit) and from there into the registry in one statement each. Rows
 * are encoded as COPY text and streamed, a few hundred at a time, so no statement text or JSON of
 * the whole file is ever built; before, 20,000 rows as `json_to_recordset` took 8–12× a COPY.
 */
const BATCH = 500;
/** Progress is reported every this many records written. */
const PROGRESS_EVERY = 5000;

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

/** The pg client the transaction runs on (knex keeps a transaction on one connection). */
async function transactionClient(em: EntityManager): Promise<pg.ClientBase> {
  const ctx = em.getTransactionContext<Knex.Transaction>();
  if (!ctx) throw new Error('an import is written inside a transaction');
  return (ctx as unknown as { client: { acquireConnection(): Promise<pg.ClientBase> } }).client.acquireConnection();
}

/** COPYs `rows` (each a list of values in `columns`' order) into `table`, streamed with back-pressure. */
async function copyInto(client: pg.ClientBase, table: string, columns: string[], rows: Iterable<unknown[]>, progress?: (rows: number) => void): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  const done = new Promise<void>((resolve, reject) => { stream.on('finish', resolve); stream.on('error', reject); });
  let lines: string[] = [];
  let count = 0;
  for (const row of rows) {
    lines.push(row.map(copyValue).join('\t'));
    count += 1;
    if (lines.length === BATCH) {
      if (!stream.write(`${lines.join('\n')}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
      lines = [];
    }
    if (count % PROGRESS_EVERY === 0) progress?.(count);
  }
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
  stream.end();
  await done;
}

/**
 * A statement with its values sent as bind parameters. MikroORM's `execute` inlines every value into the
 * SQL text first, which for a megabyte of JSON took half a second a chunk; knex binds it as `$1`.
 */
export async function bound<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, params as never[]);
  const ctx = em.getTransactionContext();
  if (ctx) query.transacting(ctx);
  return ((await query) as { rows: T[] }).rows;
}

export async function writePlan(em: EntityManager, viewer: ViewerState, plan: ImportPlan, now: Date, importId: string, progress?: (rows: number) => Promise<void>): Promise<void> {
  const client = await transactionClient(em);
  // Progress goes on its own connection; the writing does not wait for it.
  let reported: Promise<void> = Promise.resolve();
  const report = (rows: number) => { if (progress) reported = reported.then(() => progress(rows)); };
  const insertColumns = [
    ...FIELDS.map(([, c]) => c), ...SEALED.map(([, c]) => c), 'organization_id', 'keeping', 'id_number_sealed', 'id_number_index', 'id_number_masked', 'hardship',
  ];
  const stamp = now.toISOString();
  await copyInto(client, 'model_worker', ['id', 'created_at', 'updated_at', 'status', ...insertColumns],
    (function* () { for (const p of plan.inserts) { const row = rowOf(p, true); yield [p.id, stamp, stamp, 'ACTIVE', ...insertColumns.map((c) => row[c])]; } })(), report);
  report(plan.inserts.length);

  if (plan.updates.length) {
    const updateColumns: [string, string][] = [...FIELDS.map(([, c, t]) => [c, t] as [string, string]), ...SEALED.map(([, c]) => [c, 'text'] as [string, string])];
    await client.query(`create temporary table registry_import_update (id uuid, ${updateColumns.map(([c, t]) => `${c} ${t}`).join(', ')}) on commit drop`);
    await copyInto(client, 'registry_import_update', ['id', ...updateColumns.map(([c]) => c)],
      (function* () { for (const p of plan.updates) { const row = rowOf(p, false); yield [p.id, ...updateColumns.map(([c]) => row[c])]; } })());
    // A blank cell is null here and keeps what the record has.
    await client.query(`update model_worker mw set updated_at = $1, ${updateColumns.map(([c]) => `${c} = coalesce(v.${c}, mw.${c})`).join(', ')}
      from registry_import_update v where mw.id = v.id`, [now]);
    report(plan.inserts.length + plan.updates.length);
  }

  const honorColumns = ['id', 'created_at', 'updated_at', 'model_worker_id', 'honor_id', 'year', 'conferred_by_name'];
  const honorsOf = (records: PlannedRecord[]) => (function* () {
    for (const p of records) for (const h of p.honors) yield [randomUUID(), stamp, stamp, p.id, h.honorId, h.year, h.conferredByName];
  })();
  // A new record has no honors yet; one already on file may hold some (re-import): none is added twice.
  await copyInto(client, 'model_worker_honor', honorColumns, honorsOf(plan.inserts));
  if (plan.updates.some((p) => p.honors.length)) {
    await client.query('create temporary table registry_import_honor (like model_worker_honor) on commit drop');
    await copyInto(client, 'registry_import_honor', honorColumns, honorsOf(plan.updates));
    await client.query(`insert into model_worker_honor (${honorColumns.join(', ')})
      select ${honorColumns.map((c) => `v.${c}`).join(', ')} from registry_import_honor v
      where not exists (select 1 from model_worker_honor h where h.model_worker_id = v.model_worker_id and h.honor_id = v.honor_id and h.year = v.year)`);
  }

  const actor = [viewer.account?.id ?? null, viewer.account?.displayName ?? null];
  await copyInto(client, 'audit_entry', ['id', 'at', 'actor_id', 'actor_name', 'subject_type', 'subject_id', 'action', 'data'], (function* () {
    for (const [records, action] of [[plan.inserts, 'registry.imported'], [plan.updates, 'registry.import_updated']] as const) {
      for (const p of records) yield [randomUUID(), stamp, ...actor, 'ModelWorker', p.id, action, { fields: fieldNames(p.record), import: importId }];
    }
  })());
  await reported;
}
