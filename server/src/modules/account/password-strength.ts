import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { AccountError } from '../../common/errors/catalogue.js';

/**
 * zxcvbn's estimate against its lists of common passwords, keyboard patterns, dates and repeats.
 * Score 3 means "safely unguessable: moderate protection from offline slow-hash attacks", the level
 * zxcvbn recommends for accounts like these.
 */
const estimator = new ZxcvbnFactory({
  dictionary: { ...zxcvbnCommon.dictionary },
  graphs: zxcvbnCommon.adjacencyGraphs,
});
const LEAST_SCORE = 3;

/** Refuses a password that is easy to guess, also from the person's own names and phone (`related`). */
export function requireStrongPassword(password: string, related: (string | null | undefined)[], field: string[]): void {
  const inputs = related.filter((r): r is string => Boolean(r && r.trim()));
  if (!password.trim() || estimator.check(password, inputs).score < LEAST_SCORE) {
    throw new UserInputError(AccountError.PasswordWeak, field);
  }
}
