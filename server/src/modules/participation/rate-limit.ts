import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import type { Participant } from './participant.js';

export interface RateLimit {
  /** Actions allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** Limits per public action, per account and per network address (an address may be a whole office behind NAT). */
export const RATE_LIMITS = {
  comment: { account: { limit: 10, windowSeconds: 600 }, address: { limit: 200, windowSeconds: 600 } },
  commentReport: { account: { limit: 20, windowSeconds: 600 }, address: { limit: 300, windowSeconds: 600 } },
  objection: { account: { limit: 5, windowSeconds: 3600 }, address: { limit: 50, windowSeconds: 3600 } },
  vote: { account: { limit: 30, windowSeconds: 60 }, address: { limit: 600, windowSeconds: 60 } },
} satisfies Record<string, { account: RateLimit; address: RateLimit }>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

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

/** Refuses with `common/rate_limited` (and the seconds to wait) when the account or the address is over its limit. */
export async function enforceRateLimit(participant: Participant, action: RateLimitedAction): Promise<void> {
  const account = participant.viewer.requireAccount();
  const now = participant.wallClock.now();
  const rules = RATE_LIMITS[action];
  const waits = await Promise.all([
    hit(participant.em, `${action}:account:${account.id}`, rules.account, now),
    hit(participant.em, `${action}:address:${participant.address}`, rules.address, now),
  ]);
  const seconds = Math.max(...waits);
  if (seconds > 0) throw new UserInputError(CommonError.RateLimited, null, { seconds });
}
