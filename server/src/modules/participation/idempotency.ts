import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import type { Participant } from './participant.js';
import { sendStatement } from '../../common/raw-read.js';

export interface IdempotentAction<T> {
  /** The mutation's name; a key is bound to one operation. */
  operation: string;
  key?: string | null;
  /** The mutation's input: a key is bound to it too, so another request under a used key is refused. */
  input: object;
  /** Does the work in the transaction it is given (and may flush); returns what was made. */
  act(em: EntityManager): Promise<T>;
  /** The id to remember for `act`'s result, and how a retry finds that result again. */
  idOf(result: T): string;
  reload(em: EntityManager, id: string): Promise<T>;
  /** Checks that only a fresh request pays for, e.g. rate limits (a replayed retry is free). */
  before?(): Promise<void>;
}

/** A key answers replays for a day; after that the same key is a new request. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A claim left without a result this long belongs to a request whose process died: another may take it over. */
const CLAIM_LEASE_MS = 30 * 1000;
/** How long a replay waits for the request holding its key before it is told to try again. */
export const REPLAY_WAIT_MS = 10 * 1000;

interface KeyRow {
  id: string;
  operation: string;
  fingerprint: string | null;
  result_id: string | null;
  created_at: Date;
}

const sql = <R>(em: EntityManager, query: string, params: unknown[]): Promise<R[]> => sendStatement<R>(em, query, params);

/** Key order and absent fields do not make two inputs different; the key itself is not part of the request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const fields = Object.entries(value).filter(([name, v]) => name !== 'idempotencyKey' && v !== undefined && v !== null);
  return Object.fromEntries(fields.sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, v]) => [name, canonical(v)]));
}

export function fingerprintOf(operation: string, input: object): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

/** Inserts the key as a claim in progress, on its own (autocommit); null when another request holds it. */
async function claim(em: EntityManager, account: string, key: string, operation: string, fingerprint: string, now: Date): Promise<string | null> {
  const rows = await sql<{ id: string }>(em, `insert into idempotency_key (id, account_id, key, operation, fingerprint, created_at) values (?, ?, ?, ?, ?, ?)
    on conflict (account_id, key) do nothing returning id`, [randomUUID(), account, key, operation, fingerprint, now]);
  return rows[0]?.id ?? null;
}

/** Expired keys of anyone go a few at a time, skipping rows another request is touching. */
async function purgeExpired(em: EntityManager, now: Date): Promise<void> {
  await sql(em, `delete from idempotency_key where ctid in (
    select ctid from idempotency_key where created_at < ? limit 100 for update skip locked)`, [new Date(now.getTime() - KEY_LIFETIME_MS)]);
}

/**
 * The claimant's work: rate limits, then the action and the key's result in one transaction, so the
 * result is recorded exactly when the effect commits. A refusal or fault releases the claim, and a
 * retry acts afresh. Waiting replays hold no connection (they poll), so the pool stays free for
 * this transaction and for everyone else's requests.
 */
async function actAsClaimant<T>(participant: Participant, outside: EntityManager, claimId: string, now: Date, action: IdempotentAction<T>): Promise<T> {
  try {
    await purgeExpired(outside, now);
    await action.before?.();
    return await participant.em.transactional(async (em) => {
      const result = await action.act(em);
      await em.flush();
      const recorded = await sql(em, 'update idempotency_key set result_id = ? where id = ? and result_id is null returning id', [action.idOf(result), claimId]);
      // The claim outlived its lease and was taken over: the other request's answer stands.
      if (recorded.length === 0) throw new UserInputError(CommonError.IdempotencyInProgress, ['idempotencyKey']);
      return result;
    });
  } catch (error) {
    // When this fails too (the database is gone), the lease frees the key later.
    await sql(outside, 'delete from idempotency_key where id = ? and result_id is null', [claimId]).catch(() => undefined);
    throw error;
  }
}

/** The database side: claim the key, or wait for whoever holds it (on any instance) and reload its result. */
async function settle<T>(participant: Participant, account: string, key: string, fingerprint: string, action: IdempotentAction<T>): Promise<T> {
  // The key's bookkeeping commits at once, outside the mutation's transaction (see common/transaction.ts),
  // so replays see the claim instead of blocking on it; the result is recorded in that transaction.
  const outside = participant.em.fork();
  const deadline = Date.now() + REPLAY_WAIT_MS;
  for (let pause = 10; ; pause = Math.min(100, pause * 1.5)) {
    const now = participant.wallClock.now();
    const claimId = await claim(outside, account, key, action.operation, fingerprint, now);
    if (claimId) return actAsClaimant(participant, outside, claimId, now, action);
    const [held] = await sql<KeyRow>(outside, 'select id, operation, fingerprint, result_id, created_at from idempotency_key where account_id = ? and key = ?', [account, key]);
    if (!held) continue;
    const age = now.getTime() - new Date(held.created_at).getTime();
    if (age > KEY_LIFETIME_MS || (!held.result_id && age > CLAIM_LEASE_MS)) {
      await sql(outside, 'delete from idempotency_key where id = ? and (result_id is null or created_at < ?)', [held.id, new Date(now.getTime() - KEY_LIFETIME_MS)]);
      continue;
    }
    // Keys stored before fingerprints existed carry none and match any input of their operation.
    if (held.operation !== action.operation || (held.fingerprint && held.fingerprint !== fingerprint)) {
      throw new UserInputError(CommonError.IdempotencyConflict, ['idempotencyKey']);
    }
    if (held.result_id) return action.reload(participant.em, held.result_id);
    if (Date.now() > deadline) throw new UserInputError(CommonError.IdempotencyInProgress, ['idempotencyKey']);
    await sleep(pause * (0.5 + Math.random()));
  }
}

/**
 * Runs a public mutation at most once per (account, idempotency key) within the key's lifetime.
 * Exactly one request claims the key (an atomic insert); concurrent replays, on this process or
 * another, wait for its result and answer with the same object. A used key with another operation
 * or another input is refused with `common/idempotency_conflict`.
 */
export async function runOnce<T>(participant: Participant, action: IdempotentAction<T>): Promise<T> {
  const account = participant.viewer.requireAccount();
  if (!action.key) {
    await action.before?.();
    // A mutation already runs in a transaction of its own (common/transaction.ts); a savepoint inside
    // it would cost two more round trips and roll back nothing the refusal does not roll back anyway.
    if (!participant.em.isInTransaction()) return participant.em.transactional((em) => action.act(em));
    const result = await action.act(participant.em);
    await participant.em.flush();
    return result;
  }
  return settle(participant, account.id, action.key, fingerprintOf(action.operation, action.input), action);
}
