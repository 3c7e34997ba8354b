import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';

/** Passwords checked per account before it locks, within one window. */
export const SIGN_IN_ATTEMPTS = 5;
const WINDOW_MINUTES = 15;
/** The first lock; each further lockout without a successful sign-in doubles it, up to a day. */
const FIRST_LOCK_MINUTES = 15;
const LONGEST_LOCK_MINUTES = 24 * 60;

const minutes = (n: number) => n * 60_000;

/** Minutes of the lock that follows `lockouts` earlier ones (the same rule as the SQL below). */
const lockMinutes = (lockouts: number) => Math.min(FIRST_LOCK_MINUTES * 2 ** Math.min(lockouts, 10), LONGEST_LOCK_MINUTES);

/** Says how long to wait: what is left of the lock, or the whole coming lock when it is still being set. */
function throttled(until: Date | null, now: Date, lockouts: number): UserInputError {
  const left = until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 60_000) : lockMinutes(lockouts);
  return new UserInputError(AuthError.LoginThrottled, null, { minutes: Math.max(1, left) });
}

/**
 * Reserves one attempt for `key` in a single upsert (committed at once, outside any transaction), and
 * refuses when the key is locked or the window's attempts are used up — before any password is checked.
 * Concurrent attempts each get their own number, so at most SIGN_IN_ATTEMPTS passwords are ever tried.
 */
export async function reserveSignInAttempt(em: EntityManager, key: string, now: Date): Promise<number> {
  const windowCutoff = new Date(now.getTime() - minutes(WINDOW_MINUTES));
  const rows: { attempts: number }[] = await em.getConnection().execute(
    `insert into sign_in_guard as g (key, attempts, window_started_at, lockouts, locked_until) values (?, 1, ?, 0, null)
     on conflict (key) do update set
       attempts = case when g.window_started_at <= ? then 1 else g.attempts + 1 end,
       window_started_at = case when g.window_started_at <= ? then excluded.window_started_at else g.window_started_at end
     where g.locked_until is null or g.locked_until <= ?
     returning attempts`,
    [key, now, windowCutoff, windowCutoff, now],
  );
  if (rows.length && rows[0].attempts <= SIGN_IN_ATTEMPTS) return rows[0].attempts;
  // Raw queries return timestamps as text.
  const [guard]: { locked_until: string | null; lockouts: number }[] = await em.getConnection().execute(
    'select locked_until, lockouts from sign_in_guard where key = ?', [key],
  );
  throw throttled(guard?.locked_until ? new Date(guard.locked_until) : null, now, guard?.lockouts ?? 0);
}

/** The attempt that used up the window locks the key, each lockout twice as long as the one before. */
export async function recordSignInFailure(em: EntityManager, key: string, attempt: number, now: Date): Promise<void> {
  if (attempt < SIGN_IN_ATTEMPTS) return;
  await em.getConnection().execute(
    `update sign_in_guard set
       locked_until = ?::timestamptz + make_interval(mins => least(? * power(2, least(lockouts, 10)), ?)::int),
       lockouts = lockouts + 1, attempts = 0, window_started_at = ?
     where key = ?`,
    [now, FIRST_LOCK_MINUTES, LONGEST_LOCK_MINUTES, now, key],
  );
}

/** A successful sign-in forgets the failures and the lockouts. */
export async function clearSignInGuard(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute('delete from sign_in_guard where key = ?', [key]);
}
