import type { EntityManager, MergeOptions } from '@mikro-orm/postgresql';
import type { EntityClass, EntityData } from '@mikro-orm/core';

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, … (laomo's statements carry no `?` of their own). */
const positionalCache = new Map<string, string>();
function positional(sql: string): string {
  let text = positionalCache.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (positionalCache.size < 500) positionalCache.set(sql, text);
  }
  return text;
}

/**
 * Rows of one read-only statement, sent straight to a pooled `pg` connection of the ORM's own pool: on the
 * hottest reads (the public notice page) building each statement through knex's raw query, its runner and
 * formatter was as much CPU as the statement's own round trip. Inside a transaction it goes through the
 * transaction's connection as any other statement. Either way the statement is logged as the ORM logs its
 * own (tests count statements through that log), and the rows are those `execute` would give (same
 * connections, same type parsers).
 */
export async function readRows<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const connection = em.getConnection();
  const transaction = em.getTransactionContext();
  if (transaction) return connection.execute<T[]>(sql, params, 'all', transaction);
  const client = connection.getKnex().client as unknown as KnexClient;
  const text = positional(sql);
  const started = Date.now();
  const pg = await client.acquireConnection();
  let rows: unknown[];
  try {
    ({ rows } = await pg.query(text, params));
  } finally {
    await client.releaseConnection(pg);
  }
  (connection as unknown as { logQuery(query: string, context?: object): void }).logQuery(text, { took: Date.now() - started, results: rows.length });
  return rows as T[];
}

/**
 * The columns an entity is hydrated from, each selected from `alias` under `prefix`, so that one
 * statement can read several entities (a notice with its campaign and organization) side by side.
 */
const columnLists = new Map<string, string[]>();
export function entityColumns(em: EntityManager, entity: EntityClass<object>): string[] {
  let columns = columnLists.get(entity.name);
  if (!columns) {
    const meta = em.getMetadata().get(entity.name);
    columns = meta.props
      .filter((p) => p.fieldNames?.length && !p.formula && p.persist !== false && !p.lazy
        && (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)))
      .flatMap((p) => p.fieldNames);
    columnLists.set(entity.name, columns);
  }
  return columns;
}

export function prefixedColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix: string): string {
  return entityColumns(em, entity).map((c) => `${alias}.${c} as "${prefix}${c}"`).join(', ');
}

/** The columns of `row` selected under `prefix` (prefixedColumns), without it. */
export function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = row[key];
  return out;
}

/**
 * A row read by one of these statements taken into the unit of work as the ORM would have loaded it, without
 * what `em.map` adds by default for data from outside the database: checking each property against its type and
 * walking every relation to merge what it points at. The row comes from the entity's own columns, and the rows it
 * points at are mapped first; on a vote in a burst those two steps were a tenth of the server's CPU.
 */
export function mapRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: EntityData<T> | Record<string, unknown>): T {
  // em.map hands its options on to em.merge (MergeOptions), though its type names only `schema`.
  return em.map(entity, row as EntityData<T>, { validate: false, cascade: false } as MergeOptions);
}
