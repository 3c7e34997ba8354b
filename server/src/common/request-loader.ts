import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/**
 * A DataLoader kept for the rest of the request under `name`: every field of a page that asks for
 * the same kind of thing (comment counts, vote tallies of 500 entries) is answered by one
 * statement, and nothing is shared between requests (so nothing leaks between viewers).
 */
export function requestLoader<K, V>(ctx: Context, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, loader);
  }
  return loader;
}

/**
 * How many rows of `table` each key has in `column` (those meeting `where`, a fixed condition of the caller's),
 * for the rest of the request: every card of a page asks, one grouped count answers them all.
 */
export function groupedCountLoader(ctx: Context, table: string, column: string, where = ''): DataLoader<string, number> {
  return requestLoader<string, number>(ctx, `count:${table}.${column}:${where}`, async (keys) => countsByKey(keys, await ctx.em.getConnection().execute(
    `select ${column} as key, count(*) as n from ${table} where ${where ? `${where} and ` : ''}${column} in (${keys.map(() => '?').join(', ')}) group by ${column}`,
    [...keys], 'all', ctx.em.getTransactionContext(),
  )));
}

/** Counts per key from `select key, count(*) … group by key` rows, zero for keys with none. */
export function countsByKey(keys: readonly string[], rows: { key: string; n: string | number }[]): number[] {
  const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
  return keys.map((k) => counts.get(k) ?? 0);
}
