import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { Session } from './session.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { requireStrongPassword } from './password-strength.js';
import { clearSignInGuard, recordSignInFailure, reserveSignInAttempt } from './sign-in-guard.js';
import { consumeVerificationCode } from './verification.service.js';
import { VerificationPurpose, type AccountPasswordChangeInput, type AccountPasswordResetInput } from './account.inputs.js';
import { currentSessionHash } from './session.service.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { AccountError } from '../../common/errors/catalogue.js';
import type { Services } from '../../services.js';

const relatedTo = (account: Account) => [account.username, account.phone, account.displayName];

/** Ends every session of the account but the one of this request; returns how many ended. */
export function endOtherSessions(em: EntityManager, req: Request, account: Account): Promise<number> {
  const current = currentSessionHash(req);
  return em.nativeDelete(Session, current ? { account, tokenHash: { $ne: current } } : { account });
}

/**
 * Changes the password of a signed-in account and ends its other sessions (whoever knew the old
 * password is signed out). The current password is checked like a sign-in: it counts against the
 * account's attempts, so a stolen session cannot be used to guess it.
 */
export async function changePassword(em: EntityManager, services: Services, req: Request, account: Account, input: AccountPasswordChangeInput) {
  const key = `account:${account.id}`;
  const now = services.wallClock.now();
  const attempt = await reserveSignInAttempt(em, key, now);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await recordSignInFailure(em, key, attempt, now);
    throw new UserInputError(AccountError.PasswordWrong, ['currentPassword']);
  }
  await clearSignInGuard(em, key);
  requireStrongPassword(input.newPassword, relatedTo(account), ['newPassword']);
  const passwordHash = await hashPassword(input.newPassword);
  return em.transactional(async (tx) => {
    Object.assign(await tx.findOneOrFail(Account, account.id), { passwordHash, mustChangePassword: false });
    return endOtherSessions(tx, req, account);
  });
}

/**
 * Resets a forgotten password with a code sent to the account's phone, and ends every session of the
 * account. A phone with no account gets the same refusal as a wrong code.
 */
export async function resetPassword(em: EntityManager, services: Services, input: AccountPasswordResetInput): Promise<Account> {
  const account = await em.findOne(Account, { phone: input.phone });
  requireStrongPassword(input.newPassword, account ? relatedTo(account) : [input.phone], ['newPassword']);
  await consumeVerificationCode(em, services, input.phone, VerificationPurpose.PASSWORD_RESET, input.code);
  if (!account || account.disabled) throw new UserInputError(AccountError.CodeInvalid, ['code']);
  const passwordHash = await hashPassword(input.newPassword);
  await em.transactional(async (tx) => {
    Object.assign(await tx.findOneOrFail(Account, account.id), { passwordHash, mustChangePassword: false });
    await tx.nativeDelete(Session, { account: account.id });
  });
  await clearSignInGuard(em, `account:${account.id}`);
  return account;
}
