import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { VerificationCode } from './verification-code.entity.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, AccountError } from '../../common/errors/catalogue.js';
import { hit, type RateLimit } from '../../common/rate-limit.js';
import type { Services } from '../../services.js';

const RESEND_SECONDS = 60;
const VALID_MINUTES = 10;
/** Codes checked per code: after this many wrong ones the code is dead and a new one must be sent. */
export const CODE_ATTEMPTS = 5;
/** Messages per phone per day, whatever the purpose. */
const SENDS_PER_PHONE_PER_DAY = 10;
/** Messages one address may trigger (to any phones); an office behind one address registers a few people. */
export const SENDS_PER_ADDRESS: RateLimit = { limit: 10, windowSeconds: 3600 };

const hashCode = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex');

export interface CodeRequest {
  phone: string;
  purpose: string;
  /** The network address asking; sends are limited per address as well as per phone. */
  address: string;
  /** False when the message must not go out (a reset for a phone with no account), answered alike. */
  deliver: boolean;
}

/**
 * Sends a code. The address is counted first (one atomic upsert); then, under a transaction lock on
 * the phone, the phone's last code and the day's count are read and the new code stored, so concurrent
 * requests for one phone send one message.
 */
export async function sendVerificationCode(em: EntityManager, services: Services, request: CodeRequest) {
  const { phone, purpose } = request;
  const now = services.wallClock.now();
  const addressWait = await hit(em, `sms:address:${request.address}`, SENDS_PER_ADDRESS, now);
  if (addressWait > 0) throw new UserInputError(CommonError.RateLimited, null, { seconds: addressWait });
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`sms:${phone}`], 'all', tx.getTransactionContext());
    const last = await tx.findOne(VerificationCode, { phone }, { orderBy: { createdAt: 'desc' } });
    const wait = last ? Math.ceil(RESEND_SECONDS - (now.getTime() - last.createdAt.getTime()) / 1000) : 0;
    if (wait > 0) throw new UserInputError(AccountError.CodeTooSoon, ['phone'], { seconds: wait });
    const dayAgo = new Date(now.getTime() - 86_400_000);
    if ((await tx.count(VerificationCode, { phone, createdAt: { $gt: dayAgo } })) >= SENDS_PER_PHONE_PER_DAY) {
      throw new UserInputError(AccountError.CodeDailyLimit, ['phone']);
    }
    tx.create(VerificationCode, {
      phone, purpose, codeHash: hashCode(phone, code), createdAt: now,
      expiresAt: new Date(now.getTime() + VALID_MINUTES * 60_000),
    });
  });
  if (request.deliver) await services.sms.send(phone, `【劳模平台】您的验证码是 ${code}，${VALID_MINUTES} 分钟内有效。`);
  return RESEND_SECONDS;
}

/**
 * Checks a code against the phone's newest live code in one statement that counts the try and, when
 * it matches, consumes the code. It commits at once, outside the caller's transaction, so wrong tries
 * count even though the caller fails; the row lock makes concurrent tries take their turns, so no
 * more than CODE_ATTEMPTS codes are ever compared and a code is consumed once.
 */
export async function consumeVerificationCode(em: EntityManager, services: Services, phone: string, purpose: string, code: string) {
  const now = services.wallClock.now();
  const rows: { ok: boolean }[] = await em.getConnection().execute(
    `update verification_code set attempts = attempts + 1,
       consumed_at = case when code_hash = ? then ?::timestamptz else null end
     where id = (select id from verification_code
                 where phone = ? and purpose = ? and consumed_at is null and expires_at > ?
                 order by created_at desc limit 1 for update)
       and consumed_at is null and attempts < ?
     returning consumed_at is not null as ok`,
    [hashCode(phone, code), now, phone, purpose, now, CODE_ATTEMPTS],
  );
  if (!rows[0]?.ok) throw new UserInputError(AccountError.CodeInvalid, ['code']);
}
