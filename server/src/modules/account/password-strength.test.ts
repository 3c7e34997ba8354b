import { describe, expect, it } from 'vitest';
import { requireStrongPassword } from './password-strength.js';

describe('password strength', () => {
  it.each(['12345678', 'password', '        ', 'qwertyui', 'Passw0rd!', 'abc12345'])('refuses %j', (weak) => {
    expect(() => requireStrongPassword(weak, [], ['password'])).toThrow(expect.objectContaining({ code: 'account/password_weak' }));
  });

  it('accepts a long, uncommon password', () => {
    expect(() => requireStrongPassword('Laomo@2026', [], ['password'])).not.toThrow();
    expect(() => requireStrongPassword('secret-pass-1', [], ['password'])).not.toThrow();
  });

  it('refuses a password made of the person’s own username and phone', () => {
    expect(() => requireStrongPassword('wangxiaoming13912345678', [], ['password'])).not.toThrow();
    expect(() => requireStrongPassword('wangxiaoming13912345678', ['wangxiaoming', '13912345678'], ['password']))
      .toThrow(expect.objectContaining({ code: 'account/password_weak' }));
  });
});
