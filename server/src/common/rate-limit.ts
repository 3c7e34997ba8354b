import type { EntityManager } from '@mikro-orm/postgresql';

/** A fixed-window limit: SMS sends (account) and the public's actions (participation) both count with it. */
export interface RateLimit {
  /** Actions allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit on `key` in the current fixed window and returns the seconds to wait when the
 * window is full. Runs on its own (autocommit), outside the action's transaction, so refused and
 * failed attempts count too; the upsert is atomic under concurrency.
 */
export async function hit(em: EntityManager, key: string, rule: RateLimit, now: Date): Promise<number> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows: { hits: number }[] = await em.getConnection().execute(
    `with purge as (delete from rate_limit_bucket where key = ? and window_start < ?)
     insert into rate_limit_bucket (key, window_start, hits) values (?, ?, 1)
     on conflict (key, window_start) do update set hits = rate_limit_bucket.hits + 1
     returning hits`,
    [key, windowStart, key, windowStart],
  );
  if (rows[0].hits <= rule.limit) return 0;
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}
