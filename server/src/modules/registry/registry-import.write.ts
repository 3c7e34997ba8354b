import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sealOrNull } from '../../common/sealed-text.js';
import type { ViewerState } from '../account/viewer-state.js';
import { EmploymentStatus } from './registry.enums.js';
import { classOf } from './model-worker-class.js';
import { maskIdNumber } from './id-number.js';
import type { ImportRecord } from './registry-import.columns.js';
import type { ImportPlan, PlannedRecord } from './registry-import.check.js';

/**
 * Writes a checked plan set by set, not entity by entity: each chunk of records is one statement over
 * `json_to_recordset` (one parameter, so no statement grows a parameter per cell), then their honors and
 * their audit lines likewise. It runs inside the caller's transaction: all of it or nothing.
 */
const CHUNK = 5000;

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

/** Types json_to_recordset reads as they are; an enum is read as text and cast. */
const PLAIN_TYPES = ['text', 'jsonb', 'date', 'boolean', 'uuid'];
const recordset = (columns: [string, string][]) => columns.map(([c, t]) => `${c} ${PLAIN_TYPES.includes(t) ? t : 'text'}`).join(', ');
const cast = (c: string, t: string) => (PLAIN_TYPES.includes(t) ? `v.${c}` : `v.${c}::${t}`);

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
  const run = (sql: string, params: unknown[]) => bound(em, sql, params);
  const sealedColumns = SEALED.map(([, c]) => [c, 'text'] as [string, string]);
  const insertColumns: [string, string][] = [
    ...FIELDS.map(([, c, t]) => [c, t] as [string, string]), ...sealedColumns, ['organization_id', 'uuid'], ['keeping', 'keeping'],
    ['id_number_sealed', 'text'], ['id_number_index', 'text'], ['id_number_masked', 'text'], ['hardship', 'boolean'],
  ];
  let written = 0;
  for (let i = 0; i < plan.inserts.length; i += CHUNK) {
    const chunk = plan.inserts.slice(i, i + CHUNK);
    await run(`insert into model_worker (id, created_at, updated_at, status, ${insertColumns.map(([c]) => c).join(', ')})
      select v.id, ?, ?, 'ACTIVE', ${insertColumns.map(([c, t]) => cast(c, t)).join(', ')}
      from json_to_recordset(?::json) as v(id uuid, ${recordset(insertColumns)})`, [now, now, JSON.stringify(chunk.map((p) => rowOf(p, true)))]);
    written += chunk.length;
    await progress?.(written);
  }
  const updateColumns: [string, string][] = [...FIELDS.map(([, c, t]) => [c, t] as [string, string]), ...sealedColumns];
  for (let i = 0; i < plan.updates.length; i += CHUNK) {
    const chunk = plan.updates.slice(i, i + CHUNK);
    // A blank cell is null here and keeps what the record has.
    await run(`update model_worker mw set updated_at = ?, ${updateColumns.map(([c, t]) => `${c} = coalesce(${cast(c, t)}, mw.${c})`).join(', ')}
      from json_to_recordset(?::json) as v(id uuid, ${recordset(updateColumns)}) where mw.id = v.id`, [now, JSON.stringify(chunk.map((p) => rowOf(p, false)))]);
    written += chunk.length;
    await progress?.(written);
  }
  const all = [...plan.inserts, ...plan.updates];
  const honors = all.flatMap((p) => p.honors.map((h) => ({ id: randomUUID(), model_worker_id: p.id, honor_id: h.honorId, year: h.year, conferred_by_name: h.conferredByName })));
  for (let i = 0; i < honors.length; i += CHUNK) {
    // An honor already on record (re-import) is not added twice.
    await run(`insert into model_worker_honor (id, created_at, updated_at, model_worker_id, honor_id, year, conferred_by_name)
      select v.id, ?, ?, v.model_worker_id, v.honor_id, v.year, v.conferred_by_name
      from json_to_recordset(?::json) as v(id uuid, model_worker_id uuid, honor_id uuid, year int, conferred_by_name text)
      where not exists (select 1 from model_worker_honor h where h.model_worker_id = v.model_worker_id and h.honor_id = v.honor_id and h.year = v.year)`,
    [now, now, JSON.stringify(honors.slice(i, i + CHUNK))]);
  }
  const inserting = new Set(plan.inserts.map((p) => p.id));
  for (let i = 0; i < all.length; i += CHUNK) {
    const lines = all.slice(i, i + CHUNK).map((p) => ({
      id: randomUUID(), subject_id: p.id, action: inserting.has(p.id) ? 'registry.imported' : 'registry.import_updated',
      data: { fields: fieldNames(p.record), import: importId },
    }));
    await run(`insert into audit_entry (id, at, actor_id, actor_name, subject_type, subject_id, action, data)
      select v.id, ?, ?, ?, 'ModelWorker', v.subject_id, v.action, v.data from json_to_recordset(?::json) as v(id uuid, subject_id uuid, action text, data jsonb)`,
    [now, viewer.account?.id ?? null, viewer.account?.displayName ?? null, JSON.stringify(lines)]);
  }
}
