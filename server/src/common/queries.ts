import type { EntityManager } from '@mikro-orm/postgresql';
/**
 * The nil UUID, which no row has. A global id that does not parse stands as it, so the query stays
 * valid and finds nothing; singletons (the calendar, the demo clock) use it as their audit subject.
 */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A LIKE/ILIKE pattern that finds `text` anywhere, its `%`, `_` and `\` taken literally. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/**
 * Runs independent reads side by side outside a transaction, each on a pooled connection of its own, and one
 * after another inside one: a transaction has a single connection, which takes one statement at a time (pg
 * queues a second one with a warning today and refuses it from version 9).
 */
export async function readTogether<T extends unknown[]>(em: EntityManager, ...reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!em.getTransactionContext()) return Promise.all(reads.map((read) => read())) as Promise<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}
