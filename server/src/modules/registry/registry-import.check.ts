import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RegistryError } from '../../common/errors/catalogue.js';
import { blindIndex } from '../../common/sealed-text.js';
import { may, Operation, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Keeping, ModelWorkerStatus } from './registry.enums.js';
import { KEEPER_KINDS } from './registry.service.js';
import { readHeader, readRow, type ImportProblem, type ImportRecord } from './registry-import.columns.js';
import { readSheet } from './registry-import.read.js';
import type { RegistryImportFormat } from './registry-import.enums.js';

/** At most this many data rows in one file (Beijing's registry aims at about 20,000 people). */
export const MAX_IMPORT_ROWS = 50_000;
/** Problems kept for the report; a file wrong in every row needs fixing as a whole, not reading line by line. */
export const MAX_PROBLEMS = 1000;

/** A record as it will be written: its id (new or existing), keeper, blind index and honors resolved. */
export interface PlannedRecord {
  id: string;
  record: ImportRecord;
  index: string;
  organizationId: string | null;
  keeping: Keeping | null;
  honors: { honorId: string; year: number; conferredByName: string | null }[];
}

/** What the check found: every problem (the first MAX_PROBLEMS), and what a write does (or did). */
export interface ImportPlan {
  rows: number;
  problems: ImportProblem[];
  problemCount: number;
  created: number;
  updated: number;
}

/** Checked records, a batch at a time, in file order: handed to the writer while the file is still read. */
export interface PlannedBatch { inserts: PlannedRecord[]; updates: PlannedRecord[] }

/**
 * Where checked batches go: `write` queues a batch's statements (resolving once they have run); `queue` runs a statement of the check's own
 * (a batch's lookup) on the same connection after everything queued before it, and answers its result.
 */
export interface BatchWriter { write(batch: PlannedBatch): Promise<void>; queue<T>(step: () => Promise<T>): Promise<T> }

/** Rows read before they are checked against the registry (one lookup each) and handed on. */
const CHECK_BATCH = 2000;
/** Batches read ahead while earlier ones are looked up and written; more would only hold rows in memory. */
const BATCHES_AHEAD = 2;

interface Existing { id: string; id_number_index: string; status: ModelWorkerStatus; keeping: Keeping; organization_id: string; path: string }

/**
 * A statement with its values sent as bind parameters. MikroORM's `execute` inlines every value into the
 * SQL text first; knex binds them as `$1`.
 */
export async function bound<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, params as never[]);
  const ctx = em.getTransactionContext();
  if (ctx) query.transacting(ctx);
  return ((await query) as { rows: T[] }).rows;
}

/**
 * Reads the file as a stream and checks every row: its own cells, then — a batch of rows at a time —
 * against the registry: the keeper named must be in the viewer's scope and of the kind the keeping
 * asks; an existing record (same ID number, by its blind index) must be kept in the viewer's scope and
 * still kept; honors must exist; an ID number may not repeat in the file. With `lock`, existing
 * records are locked until the transaction ends (the import's write). With `writer`, each batch is
 * handed on as long as no row so far had a problem (the caller undoes what was written if a later
 * one has: see `importRows`); rows are never all held at once.
 */
export async function checkImport(
  em: EntityManager, viewer: ViewerState, content: Buffer, format: RegistryImportFormat, today: string,
  options: { lock: boolean; progress?: (rows: number) => Promise<void>; writer?: BatchWriter },
): Promise<ImportPlan> {
  const plan: ImportPlan = { rows: 0, problems: [], problemCount: 0, created: 0, updated: 0 };
  const { problems } = plan;
  let columns: ReturnType<typeof readHeader>['columns'] | null = null;
  let registry: Promise<Registry> | null = null;
  const firstRow = new Map<string, number>();
  let pending: ImportRecord[] = [];
  let failure: unknown = null;
  // Progress goes on its own connection; the reading does not wait for it.
  let reported: Promise<void> = Promise.resolve();
  // The blind indexes of every record on file are read once, first; a batch then looks up (and locks) only
  // the records it names that are on file, so a file of new people is checked and handed to the writer
  // without waiting on the connection, while the server stores the batches before. The batches are checked
  // one after another, in file order (the first row of a repeated ID number is the earlier one).
  let checked: Promise<void> = Promise.resolve();
  let lastDone: Promise<void> = Promise.resolve();
  let ahead = 0;
  const onConnection = <T>(step: () => Promise<T>) => (options.writer ? options.writer.queue(step) : step());
  const flush = (): Promise<void> | true => {
    const records = pending;
    pending = [];
    ahead += 1;
    if (!registry) {
      registry = onConnection(() => registryOf(em, viewer));
      registry.catch(() => undefined); // awaited by the chain below; never an unhandled rejection meanwhile
    }
    const found = registry.then(({ onFile }) => existingOf(em, records, onFile, options.lock, onConnection));
    found.catch(() => undefined);
    let stored: Promise<void> = Promise.resolve();
    checked = checked.then(async () => {
      const batch = checkAgainstRegistry(viewer, await registry!, records, await found, firstRow, problems);
      plan.created += batch.inserts.length;
      plan.updated += batch.updates.length;
      if (options.writer && !problems.length) stored = options.writer.write(batch);
    }).catch((error: unknown) => {
      failure ??= error;
    });
    // Settles once this batch is checked and, when written, stored: until then its rows are held.
    const done = checked.then(() => stored).catch(() => undefined).finally(() => { ahead -= 1; });
    const before = lastDone;
    lastDone = done;
    // Enough read ahead: the reader waits until the batch before this one is checked and stored.
    return ahead >= BATCHES_AHEAD ? before : true;
  };
  try {
    await readSheet(content, format, ({ number, cells }) => {
      if (!columns) {
        const header = readHeader(cells);
        columns = header.columns;
        problems.push(...header.problems);
        return !header.problems.length;
      }
      if (cells.every((c) => !c.trim())) return true;
      plan.rows += 1;
      if (plan.rows > MAX_IMPORT_ROWS) {
        problems.push({ row: number, column: null, code: RegistryError.ImportTooManyRows, params: { max: MAX_IMPORT_ROWS } });
        return false;
      }
      const read = readRow(number, cells, columns, today);
      if (read.record) pending.push(read.record);
      else problems.push(...read.problems);
      if (plan.rows % 2000 === 0 && options.progress) {
        const counted = plan.rows;
        reported = reported.then(() => options.progress!(counted));
      }
      if (failure) return false;
      if (pending.length >= CHECK_BATCH) return flush();
      // A pause now and then lets the batches before this one stream to the server meanwhile.
      return plan.rows % 200 === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : true;
    });
    if (pending.length) flush();
    await checked;
  } catch {
    await checked;
    if (!failure) problems.push({ row: 0, column: null, code: RegistryError.ImportUnreadable });
  }
  if (failure) throw failure;
  await reported;
  if (!columns || (!plan.rows && !problems.length)) problems.push({ row: columns ? 2 : 1, column: null, code: RegistryError.ImportEmpty });
  problems.sort((a, b) => a.row - b.row);
  plan.problemCount = problems.length;
  plan.problems = problems.slice(0, MAX_PROBLEMS);
  return plan;
}

interface Registry { keepers: Map<string, Organization[]>; honors: Map<string, Honor>; onFile: Set<string> }

/** The keepers in the viewer's scope by name, every honor by name and by code, and the blind index of every record on file. */
async function registryOf(em: EntityManager, viewer: ViewerState): Promise<Registry> {
  const keepers = new Map<string, Organization[]>();
  for (const org of await em.find(Organization, scopeFilter<Organization>(viewer, Operation.REGISTRY_KEEP, (like) => ({ path: like })))) {
    keepers.set(org.name, [...(keepers.get(org.name) ?? []), org]);
  }
  const honors = new Map<string, Honor>();
  for (const honor of await em.find(Honor, {})) honors.set(honor.name, honor).set(honor.code, honor);
  // Some 20,000 short strings for Beijing's registry; a new record made meanwhile by another transaction
  // meets the unique index at the write, which then fails whole (and the job runs it again).
  const onFile = new Set((await bound<{ i: string }>(em, 'select id_number_index as i from model_worker where id_number_index is not null', [])).map((r) => r.i));
  return { keepers, honors, onFile };
}

interface Found { indexes: string[]; existing: Map<string, Existing> }

/** A batch's records already on file, by the blind index of their ID numbers (locked with `lock`). */
async function existingOf(
  em: EntityManager, records: ImportRecord[], onFile: Set<string>, lock: boolean, onConnection: <T>(step: () => Promise<T>) => Promise<T>,
): Promise<Found> {
  const indexes = records.map((r) => blindIndex(r.idNumber));
  const named = indexes.filter((index) => onFile.has(index));
  if (!named.length) return { indexes, existing: new Map() };
  // Hex digests need no quoting inside an array literal; one statement finds (and locks) them.
  const rows = await onConnection(() => bound<Existing>(em,
    `select mw.id, mw.id_number_index, mw.status, mw.keeping, mw.organization_id, o.path from model_worker mw join organization o on o.id = mw.organization_id
     where mw.id_number_index = any(?::text[])${lock ? ' for update of mw' : ''}`, [`{${named.join(',')}}`],
  ));
  return { indexes, existing: new Map(rows.map((e) => [e.id_number_index, e])) };
}

function checkAgainstRegistry(
  viewer: ViewerState, { keepers, honors }: Registry, records: ImportRecord[], { indexes, existing }: Found, firstRow: Map<string, number>,
  problems: ImportProblem[],
): PlannedBatch {
  const batch: PlannedBatch = { inserts: [], updates: [] };

  records.forEach((record, i) => {
    const index = indexes[i];
    const problem = (column: string | null, code: string, params: Record<string, string | number> = {}) =>
      problems.push({ row: record.row, column, code, params: column ? { column, ...params } : params });
    const before = problems.length;
    const earlier = firstRow.get(index);
    if (earlier !== undefined) problem('身份证号码', RegistryError.ImportIdRepeated, { row: earlier });
    else firstRow.set(index, record.row);

    const found = existing.get(index);
    let organization: Organization | null = null;
    if (record.keeperName) {
      const named = keepers.get(record.keeperName) ?? [];
      if (named.length > 1) problem('管理单位', RegistryError.ImportKeeperAmbiguous, { name: record.keeperName });
      else if (!named.length) problem('管理单位', RegistryError.ImportKeeperUnknown, { name: record.keeperName });
      else organization = named[0];
    }
    if (found) {
      // Not "not found": the file's author knows the number; what they learn is only that it is not theirs.
      if (!may(viewer, Operation.REGISTRY_KEEP, { path: found.path })) problem('身份证号码', RegistryError.ImportOutOfScope);
      else if (found.status !== ModelWorkerStatus.ACTIVE) problem(null, RegistryError.NotKept, { status: `label:status/${found.status}` });
      // A change of keeper is a transfer (requested and accepted), never a side effect of a file.
      else if ((organization && organization.id !== found.organization_id) || (record.keeping && record.keeping !== found.keeping)) {
        problem('管理单位', RegistryError.ImportKeeperChange);
      }
    } else {
      for (const [field, column] of [['name', '姓名'], ['gender', '性别'], ['employerName', '工作单位'], ['post', '岗位'], ['keeperName', '管理单位']] as const) {
        if (!record[field]) problem(column, RegistryError.ImportRequired);
      }
      const keeping = record.keeping ?? Keeping.EMPLOYER;
      if (organization && !KEEPER_KINDS[keeping].includes(organization.kind)) {
        problem('管理方式', RegistryError.KeeperKind, { keeping: `label:keeping/${keeping}`, kind: `label:keeper/${keeping}` });
      }
    }
    const planned: PlannedRecord['honors'] = [];
    for (const cell of record.honors) {
      const honor = honors.get(cell.name);
      if (!honor) problem(cell.column, RegistryError.ImportHonorUnknown, { name: cell.name });
      else if (planned.some((h) => h.honorId === honor.id && h.year === cell.year)) problem(cell.column, RegistryError.HonorHeld, { year: cell.year });
      else planned.push({ honorId: honor.id, year: cell.year, conferredByName: cell.conferredByName });
    }
    if (problems.length > before) return;
    const entry: PlannedRecord = {
      id: found?.id ?? randomUUID(), record, index, honors: planned,
      organizationId: found ? null : organization!.id, keeping: found ? null : (record.keeping ?? Keeping.EMPLOYER),
    };
    (found ? batch.updates : batch.inserts).push(entry);
  });
  return batch;
}
