import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('are hashed with argon2id and verify only with the same password', async () => {
    const stored = await hashPassword('劳模2026!');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, '劳模2026!')).toBe(true);
    expect(await verifyPassword(stored, '劳模2026?')).toBe(false);
  });

  it('a malformed stored hash never verifies', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
