import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';

/**
 * Caps how many mutations hold a transaction at once. Some bookkeeping must outlive a rollback (rate-limit
 * hits, failed sign-ins, a recusal found while refusing a step), so it is written on a connection of its
 * own while the mutation's transaction holds another. If every pooled connection were held by a
 * transaction waiting for such a write, none would ever be free: keeping `spare` connections out of
 * the transactions' reach rules that out. Waiting callers are served in arrival order.
 */
export class TransactionSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(poolSize: number, spare = 2) {
    this.free = Math.max(1, poolSize - spare);
  }

  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * Every top-level mutation is one transaction: all of it is written, or none of it. The resolver sees
 * the transaction's entity manager as `ctx.em`; a refusal (thrown as a user error) or a fault rolls
 * everything back, including what an automatic flush had already written, and the request's own
 * entity manager is cleared so that nothing changed in memory by the failed attempt is written later.
 * Mutations run one after another (GraphQL executes a mutation's root fields serially), so swapping
 * `ctx.em` for the duration is safe. The refusal is turned into `userErrors` outside, once the
 * rollback is done (schema/guards.ts).
 */
export async function inMutationTransaction<T>(context: Context, work: () => T | Promise<T>): Promise<T> {
  const requestEm = context.em;
  try {
    return await context.transactionSlots.hold(() => requestEm.transactional(async (em) => {
      context.em = em;
      return work();
    }));
  } catch (error) {
    requestEm.clear();
    throw error;
  } finally {
    context.em = requestEm;
  }
}

/**
 * Writes a record that must stay even when the mutation around it is refused and rolled back (a
 * failed sign-in, a wrong verification code, a recusal): on a fork with no transaction of its own,
 * committed at once. It must not touch rows the surrounding transaction has locked.
 */
export async function recordDespiteRefusal(em: EntityManager, write: (outside: EntityManager) => unknown): Promise<void> {
  const outside = em.fork();
  await write(outside);
  await outside.flush();
}
