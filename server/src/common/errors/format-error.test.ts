import { describe, expect, it, vi } from 'vitest';
import { formatError } from './format-error.js';

describe('errors sent to clients', () => {
  it('a fault is masked: no SQL, no stack, the same words in both languages', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const formatted = formatError(
      { message: 'insert into "account" ... violates constraint', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } },
      new Error('insert into "account" ... violates constraint'),
    );
    expect(formatted).toEqual({
      message: '服务器内部错误，请稍后再试 (Internal server error; please try again later)',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('a refusal the user can act on keeps its message and code but never a stack', () => {
    const formatted = formatError({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['x'] } }, null);
    expect(formatted).toEqual({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
