import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { VerificationCode } from './verification-code.entity.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import { recordDespiteRefusal } from '../../common/transaction.js';
import type { Services } from '../../services.js';

const RESEND_SECONDS = 60;
const VALID_MINUTES = 10;
const MAX_ATTEMPTS = 5;

const hashCode = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex');

export async function sendVerificationCode(em: EntityManager, services: Services, phone: string, purpose: string) {
  const now = services.wallClock.now();
  const last = await em.findOne(VerificationCode, { phone, purpose }, { orderBy: { createdAt: 'desc' } });
  if (last) {
    const wait = Math.ceil(RESEND_SECONDS - (now.getTime() - last.createdAt.getTime()) / 1000);
    if (wait > 0) throw new UserInputError(ErrorCode.CodeTooSoon, ['phone'], { seconds: wait });
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  em.create(VerificationCode, {
    phone, purpose, codeHash: hashCode(phone, code), createdAt: now,
    expiresAt: new Date(now.getTime() + VALID_MINUTES * 60_000),
  });
  await em.flush();
  await services.sms.send(phone, `【劳模平台】您的验证码是 ${code}，${VALID_MINUTES} 分钟内有效。`, { code });
  return RESEND_SECONDS;
}

/** Consumes the newest code for the phone when it matches; counts a wrong try against it. */
export async function consumeVerificationCode(em: EntityManager, services: Services, phone: string, purpose: string, code: string) {
  const now = services.wallClock.now();
  const last = await em.findOne(VerificationCode, { phone, purpose, consumedAt: null, expiresAt: { $gt: now } }, {
    orderBy: { createdAt: 'desc' },
  });
  if (!last || last.attempts >= MAX_ATTEMPTS) throw new UserInputError(ErrorCode.CodeInvalid, ['code']);
  if (last.codeHash !== hashCode(phone, code)) {
    // Counted outside the mutation's transaction, which the refusal rolls back.
    await recordDespiteRefusal(em, (outside) => outside.nativeUpdate(VerificationCode, { id: last.id }, { attempts: last.attempts + 1 }));
    throw new UserInputError(ErrorCode.CodeInvalid, ['code']);
  }
  last.consumedAt = now;
}
