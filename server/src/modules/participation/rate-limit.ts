import { UserInputError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import type { Context } from '../../context.js';
import { hit, type RateLimit } from '../../common/rate-limit.js';

/** Limits per public action, per account and per network address (an address may be a whole office behind NAT). */
export const RATE_LIMITS = {
  comment: { account: { limit: 10, windowSeconds: 600 }, address: { limit: 200, windowSeconds: 600 } },
  commentReport: { account: { limit: 20, windowSeconds: 600 }, address: { limit: 300, windowSeconds: 600 } },
  objection: { account: { limit: 5, windowSeconds: 3600 }, address: { limit: 50, windowSeconds: 3600 } },
  vote: { account: { limit: 30, windowSeconds: 60 }, address: { limit: 600, windowSeconds: 60 } },
} satisfies Record<string, { account: RateLimit; address: RateLimit }>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** Refuses with `common/rate_limited` (and the seconds to wait) when the account or the address is over its limit. */
export async function enforceRateLimit(ctx: Context, action: RateLimitedAction): Promise<void> {
  const account = ctx.viewer.requireAccount();
  const now = ctx.services.wallClock.now();
  const rules = RATE_LIMITS[action];
  const waits = await Promise.all([
    hit(ctx.em, `${action}:account:${account.id}`, rules.account, now),
    hit(ctx.em, `${action}:address:${ctx.req.ip ?? 'unknown'}`, rules.address, now),
  ]);
  const seconds = Math.max(...waits);
  if (seconds > 0) throw new UserInputError(ErrorCode.TooMany, null, { seconds });
}
