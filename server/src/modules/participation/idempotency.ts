import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import type { Context } from '../../context.js';

export interface IdempotentAction<T> {
  /** The mutation's name; a key is bound to one operation. */
  operation: string;
  key?: string | null;
  /** Does the work in the transaction it is given (and may flush); returns what was made. */
  act(em: EntityManager): Promise<T>;
  /** The id to remember for `act`'s result, and how a retry finds that result again. */
  idOf(result: T): string;
  reload(em: EntityManager, id: string): Promise<T>;
  /** Checks that only a fresh request pays for, e.g. rate limits (a replayed retry is free). */
  before?(): Promise<void>;
}

async function storedResult<T>(em: EntityManager, accountId: string, action: IdempotentAction<T>): Promise<T | null> {
  const stored = await em.findOne(IdempotencyKey, { account: accountId, key: action.key as string });
  if (!stored) return null;
  if (stored.operation !== action.operation || !stored.resultId) throw new UserInputError(ErrorCode.IdempotencyConflict, ['idempotencyKey']);
  return action.reload(em, stored.resultId);
}

/**
 * Runs a public mutation in one transaction, at most once per (account, idempotency key). The key
 * row is inserted first: a concurrent retry's insert of the same pair blocks on the unique index
 * until the first transaction ends, then finds the key taken and returns the first result. Only
 * the request holding the key pays `before` (rate limits), so retries never count. When the first
 * attempt fails (a user error), its key row rolls back with it and a retry acts afresh.
 */
export async function runOnce<T>(ctx: Context, action: IdempotentAction<T>): Promise<T> {
  const account = ctx.viewer.requireAccount();
  if (!action.key) {
    await action.before?.();
    return ctx.em.transactional((em) => action.act(em));
  }
  const earlier = await storedResult(ctx.em.fork(), account.id, action);
  if (earlier) return earlier;
  return ctx.em.transactional(async (em) => {
    const claimed: unknown[] = await em.getConnection().execute(
      `insert into idempotency_key (id, account_id, key, operation, created_at) values (?, ?, ?, ?, ?)
       on conflict (account_id, key) do nothing returning id`,
      [randomUUID(), account.id, action.key, action.operation, ctx.services.wallClock.now()],
      'all',
      em.getTransactionContext(),
    );
    if (claimed.length === 0) {
      const first = await storedResult(em, account.id, action);
      if (!first) throw new UserInputError(ErrorCode.IdempotencyConflict, ['idempotencyKey']);
      return first;
    }
    await action.before?.();
    const result = await action.act(em);
    await em.flush();
    await em.getConnection().execute(
      'update idempotency_key set result_id = ? where account_id = ? and key = ?',
      [action.idOf(result), account.id, action.key],
      'all',
      em.getTransactionContext(),
    );
    return result;
  });
}
