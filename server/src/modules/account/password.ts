import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (its `Algorithm` is a const enum, which per-file transpilers
// cannot inline, so the default is relied upon and asserted in password.test.ts).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let unknown: Promise<string> | undefined;

/** A hash to check against when the login names no account, so that answer takes as long as a wrong password. */
export function unknownAccountHash(): Promise<string> {
  unknown ??= hashPassword('no account has this password');
  return unknown;
}
