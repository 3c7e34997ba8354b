import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { Account } from '../modules/account/account.entity.js';
import { AccountKind } from '../modules/account/account.enums.js';
import { AccountError } from './errors/catalogue.js';
import { UserInputError } from './errors/user-input-error.js';
import { flushRefusingDuplicates } from './unique-index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** Writes a second account with the username of one already stored: the username's index refuses it. */
async function writeTwin(refusals: Parameters<typeof flushRefusingDuplicates>[1]): Promise<unknown> {
  const em = t.app.orm.em.fork() as EntityManager;
  const stored = await em.findOneOrFail(Account, { username: { $ne: null } });
  em.create(Account, { kind: AccountKind.STAFF, displayName: 'twin', username: stored.username, passwordHash: 'x' });
  return flushRefusingDuplicates(em, refusals).then(() => null, (error: unknown) => error);
}

describe('flushRefusingDuplicates', () => {
  it('answers the refusal of the index it names', async () => {
    const error = await writeTwin({
      account_phone_unique: () => new UserInputError(AccountError.PhoneTaken, ['phone']),
      account_username_unique: () => new UserInputError(AccountError.UsernameTaken, ['username']),
    });
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).code).toBe(AccountError.UsernameTaken);
  });

  it('rethrows a violation of any index it does not name, as it came', async () => {
    const error = await writeTwin({ account_phone_unique: () => new UserInputError(AccountError.PhoneTaken, ['phone']) });
    expect(error).toBeInstanceOf(UniqueConstraintViolationException);
  });
});
