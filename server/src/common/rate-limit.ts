import type { EntityManager } from '@mikro-orm/postgresql';
import { sendStatement } from './raw-read.js';

/** A fixed-window limit: SMS sends (account) and the public's actions (participation) both count with it. */
export interface RateLimit {
  /** Actions allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** Where one key's window starts at `now`, and the seconds to wait once it is full. */
function windowOf(rule: RateLimit, now: Date): { start: Date; waitWhenFull: number } {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { start, waitWhenFull: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)) };
}

/**
 * Counts one hit on each key in its current fixed window, in one statement, and returns for each the
 * seconds to wait when its window is full (0 while it is not). Runs on its own (autocommit), outside
 * the action's transaction, so refused and failed attempts count too; the upsert is atomic under
 * concurrency. Older windows of the keys are purged on the way, skipping rows another request is
 * already purging, so that two requests sharing keys never wait on each other there. Callers pass
 * their keys in one fixed order (e.g. account before address): the upsert locks rows in that order,
 * which is what keeps concurrent multi-key hits free of deadlocks.
 */
export async function hits(em: EntityManager, counted: { key: string; rule: RateLimit }[], now: Date): Promise<number[]> {
  const windows = counted.map(({ rule }) => windowOf(rule, now));
  const keyWindows = counted.flatMap(({ key }, i) => [key, windows[i]!.start]);
  const rows = await sendStatement<{ key: string; hits: number }>(em,
    `with purge as (delete from rate_limit_bucket where ctid in (
       select ctid from rate_limit_bucket where ${counted.map(() => '(key = ? and window_start < ?)').join(' or ')} for update skip locked))
     insert into rate_limit_bucket (key, window_start, hits) values ${counted.map(() => '(?, ?, 1)').join(', ')}
     on conflict (key, window_start) do update set hits = rate_limit_bucket.hits + 1
     returning key, hits`,
    [...keyWindows, ...keyWindows],
    { onItsOwn: true },
  );
  const hitsOf = new Map(rows.map((row) => [row.key, row.hits]));
  return counted.map(({ key, rule }, i) => (hitsOf.get(key)! <= rule.limit ? 0 : windows[i]!.waitWhenFull));
}

/** Counts one hit on `key` (see `hits`) and returns the seconds to wait when the window is full. */
export async function hit(em: EntityManager, key: string, rule: RateLimit, now: Date): Promise<number> {
  const [wait] = await hits(em, [{ key, rule }], now);
  return wait!;
}
