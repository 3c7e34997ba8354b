import { createHash } from 'node:crypto';
import type { EntityManager, MergeOptions } from '@mikro-orm/postgresql';
import { Collection, Reference, ReferenceKind, type EntityClass, type EntityData, type EntityProperty, type Platform } from '@mikro-orm/core';

interface PgClient {
  query(config: { text: string; name?: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/** A statement as sent: `?` placeholders as PostgreSQL's `$1`, `$2`, … (laomo's statements carry no `?` of their own). */
interface Prepared { text: string; name?: string }
const preparedCache = new Map<string, Prepared>();
let namedStatements = true;
/** Whether statements are sent named (config `namedStatements`, LAOMO_NAMED_STATEMENTS); set once at start. */
export function useNamedStatements(on: boolean): void {
  namedStatements = on;
}

/** How many statement texts are kept (and prepared on each connection); beyond it, texts are sent unnamed. */
const PREPARED_TEXTS = 500;
function prepared(sql: string): Prepared {
  let statement = preparedCache.get(sql);
  if (statement === undefined) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    if (preparedCache.size >= PREPARED_TEXTS) return { text };
    statement = { text, name: `laomo_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
    preparedCache.set(sql, statement);
  }
  return statement;
}

/**
 * Rows of one statement, sent straight to a `pg` connection: a pooled one of the ORM's own pool, or inside a
 * transaction the transaction's own. On the hottest paths (the public notice page; a vote in a burst: who asks,
 * its rate limits, the vote) building each statement through the ORM's `execute` (which formats every
 * parameter into the text), knex's raw query, its runner and formatter was as much CPU as the statement's own
 * round trip. Each text is a named statement, parsed and planned once per connection and then only bound and
 * run: on a vote, PostgreSQL's own CPU was about as much as laomo's, and planning the entry's five-table join
 * and the vote's statement again on every request was a large part of it (bench/README.md). Texts therefore
 * name their columns (no `*` over a table: a column added by a migration would change a prepared statement's
 * result and fail it). The statement is logged as the ORM logs its own (tests count statements through that log), the
 * rows are those `execute` would give (same connections, same type parsers), and a failure is the ORM's
 * exception for it (a unique violation is `UniqueConstraintViolationException`, as from a flush).
 * `onItsOwn` sends it on a pooled connection, committed at once, even while `em` is in a transaction
 * (bookkeeping that must outlive a rollback: rate-limit hits).
 */
export async function sendStatement<T>(em: EntityManager, sql: string, params: unknown[], { onItsOwn = false } = {}): Promise<T[]> {
  const connection = em.getConnection();
  const transaction = onItsOwn ? undefined : (em.getTransactionContext() as { client?: unknown } | undefined);
  // Inside a transaction knex's client for it hands out the transaction's connection and never releases it.
  const client = (transaction?.client ?? connection.getKnex().client) as KnexClient;
  const { text, name } = prepared(sql);
  const started = Date.now();
  // Logged as the ORM logs its own statements (tests count statements through that log).
  const log = (context: object) => (connection as unknown as { logQuery(query: string, context: object): void }).logQuery(text, { took: Date.now() - started, ...context });
  const pg = await client.acquireConnection();
  let rows: unknown[];
  try {
    ({ rows } = await pg.query({ text, name: namedStatements ? name : undefined, values: params }));
  } catch (error) {
    log({ level: 'error' });
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await client.releaseConnection(pg);
  }
  log({ results: rows.length });
  return rows as T[];
}

/** Rows of one read-only statement (`sendStatement`), in `em`'s transaction if it is in one. */
export const readRows = <T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> => sendStatement<T>(em, sql, params);

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
        && (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner) || (p.kind === 'embedded' && p.object && !p.embedded)))
      .flatMap((p) => p.fieldNames);
    columnLists.set(entity.name, columns);
  }
  return columns;
}

export function prefixedColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix: string): string {
  return entityColumns(em, entity).map((c) => `${alias}.${c} as "${prefix}${c}"`).join(', ');
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

/** How one property of a read-only view is made from its row (`readOnlyView`). */
interface ViewSlot {
  name: string;
  make(row: Row, em: EntityManager, loaded: Record<string, object>): PropertyDescriptor;
}

const fixed = (value: unknown): PropertyDescriptor => ({ value, enumerable: true });

/** A property made on first use, then kept on the view as a plain value. */
function onFirstUse(name: string, make: () => unknown): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = make();
      Object.defineProperty(this, name, fixed(value));
      return value;
    },
  };
}

type Row = Record<string, unknown>;
const absent = (v: unknown): v is null | undefined => v === null || v === undefined;

/** A scalar as the ORM's hydrator sets it: through its custom type, as a boolean or as a date. */
function scalarReader(prop: EntityProperty, platform: Platform, key: string): (row: Row) => unknown {
  const type = prop.customType;
  if (type) return (row) => { const v = row[key]; return absent(v) ? v : type.convertToJSValue(v, platform); };
  if (prop.runtimeType === 'boolean') return (row) => { const v = row[key]; return absent(v) ? v : !!v; };
  if (prop.runtimeType === 'Date') return (row) => { const v = row[key]; return absent(v) || v instanceof Date ? v : new Date(v as string); };
  return (row) => row[key];
}

const viewPlans = new Map<string, ViewSlot[]>();

/** The slots of an entity's view read from columns under `prefix`, from its metadata, once per entity and prefix. */
function viewPlan(em: EntityManager, entityName: string, prefix: string): ViewSlot[] {
  const planKey = `${entityName}|${prefix}`;
  const planned = viewPlans.get(planKey);
  if (planned) return planned;
  const meta = em.getMetadata().get(entityName);
  const platform = em.getPlatform();
  const slots: ViewSlot[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.lazy) continue;
    const name = prop.name;
    const column = prop.fieldNames?.[0] === undefined ? undefined : prefix + prop.fieldNames[0];
    if (prop.kind === ReferenceKind.SCALAR) {
      const read = scalarReader(prop, platform, column!);
      slots.push({ name, make: (row) => fixed(read(row)) });
    } else if (prop.kind === ReferenceKind.EMBEDDED && prop.object) {
      // Stored as JSON (object mode): each element an object of the embeddable's class made from its keys.
      const embeddable = (prop.embeddable as EntityClass<object>).prototype;
      // Each key is the embeddable's own property name (the ORM's `embedded[1]`; `name` is prefixed with the owner's).
      const children = Object.values(prop.embeddedProps).map((child) => ({ name: child.embedded![1], read: scalarReader(child, platform, child.embedded![1]) }));
      const one = (json: Row | null): object | null => json === null ? null
        : Object.create(embeddable, Object.fromEntries(children.map((c) => [c.name, fixed(c.read(json))]))) as object;
      slots.push({
        name,
        make: (row) => {
          const json = row[column!] as Row | Row[] | null | undefined;
          if (absent(json)) return fixed(json);
          return fixed(prop.array ? (json as Row[]).map(one) : one(json as Row));
        },
      });
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      const target = prop.targetMeta!.class as EntityClass<object>;
      const wrapped = !!prop.ref;
      slots.push({
        name,
        make: (row, viewEm, loaded) => {
          const given = loaded[name];
          if (given) return fixed(wrapped ? Reference.create(given) : given);
          const key = row[column!];
          if (absent(key)) return fixed(null);
          return onFirstUse(name, () => viewEm.getReference(target, key as never, { wrapped } as never));
        },
      });
    } else {
      // A collection, or the inverse side of a one-to-one: the managed entity's own, reached only when asked for.
      // The ORM's stand-in for the entity (a reference) is made without its constructor, so without its
      // collections: one is made for it, not yet loaded, as the ORM does when it loads the entity.
      const entity = meta.class as EntityClass<object>;
      const pk = prefix + meta.getPrimaryProps()[0]!.fieldNames[0]!;
      const collection = prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY;
      slots.push({
        name,
        make: (row, viewEm) => onFirstUse(name, () => {
          const managed = viewEm.getReference(entity, row[pk] as never) as Row;
          if (collection && managed[name] === undefined) Collection.create(managed, name, undefined, false);
          return managed[name];
        }),
      });
    }
  }
  viewPlans.set(planKey, slots);
  return slots;
}

/**
 * An entity read by one of these statements as a read-only view rather than taken into the unit of work: an
 * object of the entity's class (so its getters and GraphQL type answer as for the entity) whose fields are
 * plain values set from the row as the ORM's hydrator sets them (custom types, booleans, dates, JSON
 * embeddables), never registered, snapshotted or compared. Its columns are read under `prefix` (as
 * `prefixedColumns` selects them); `loaded` gives views already made for some of its references (a notice's
 * campaign and organization); any other reference or collection is the ORM's own, made on first use. Only for
 * what nothing writes: the ORM never sees a change made to it. Used for the notice header that the city-wide
 * notice read and every vote read: a vote's server CPU fell ~8 % (bench/README.md, session 11); the read's
 * did not change beyond noise once the server was warm.
 */
export function readOnlyView<T extends object>(
  em: EntityManager, entity: EntityClass<T>, row: Row, options: { prefix?: string; loaded?: Record<string, object> } = {},
): T {
  const view = Object.create(entity.prototype) as T;
  const loaded = options.loaded ?? {};
  // One property at a time: a descriptor map of computed keys would itself be a slow (dictionary) object.
  for (const slot of viewPlan(em, entity.name, options.prefix ?? '')) Object.defineProperty(view, slot.name, slot.make(row, em, loaded));
  return view;
}
