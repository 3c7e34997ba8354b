import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import type { Participant } from './participant.js';
import { hits, type RateLimit } from '../../common/rate-limit.js';

/** Limits per public action, per account and per network address (an address may be a whole office behind NAT). */
export const RATE_LIMITS = {
  comment: { account: { limit: 10, windowSeconds: 600 }, address: { limit: 200, windowSeconds: 600 } },
  commentReport: { account: { limit: 20, windowSeconds: 600 }, address: { limit: 300, windowSeconds: 600 } },
  objection: { account: { limit: 5, windowSeconds: 3600 }, address: { limit: 50, windowSeconds: 3600 } },
  vote: { account: { limit: 30, windowSeconds: 60 }, address: { limit: 600, windowSeconds: 60 } },
} satisfies Record<string, { account: RateLimit; address: RateLimit }>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** Refuses with `common/rate_limited` (and the seconds to wait) when the account or the address is over its limit. */
export async function enforceRateLimit(participant: Participant, action: RateLimitedAction): Promise<void> {
  const account = participant.viewer.requireAccount();
  const now = participant.wallClock.now();
  const rules = RATE_LIMITS[action];
  // One statement for both keys, the account's first (see `hits` on the order).
  const waits = await hits(participant.em, [
    { key: `${action}:account:${account.id}`, rule: rules.account },
    { key: `${action}:address:${participant.address}`, rule: rules.address },
  ], now);
  const seconds = Math.max(...waits);
  if (seconds > 0) throw new UserInputError(CommonError.RateLimited, null, { seconds });
}
