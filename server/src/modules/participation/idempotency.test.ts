import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './idempotency.js';

describe('the request an idempotency key is bound to', () => {
  it('does not depend on field order, absent fields or the key itself', () => {
    const first = fingerprintOf('commentCreate', { entry: 'e1', body: '同意', parent: null, idempotencyKey: 'k-0001' });
    expect(fingerprintOf('commentCreate', { body: '同意', entry: 'e1' })).toBe(first);
    expect(fingerprintOf('commentCreate', { idempotencyKey: 'other-key', entry: 'e1', body: '同意', parent: undefined })).toBe(first);
  });

  it('differs for another input or another operation', () => {
    const vote = fingerprintOf('voteCast', { entry: 'e1' });
    expect(fingerprintOf('voteCast', { entry: 'e2' })).not.toBe(vote);
    expect(fingerprintOf('commentReport', { entry: 'e1' })).not.toBe(vote);
    expect(fingerprintOf('objectionFile', { entry: 'e1', attachments: ['a', 'b'] })).not.toBe(fingerprintOf('objectionFile', { entry: 'e1', attachments: ['b', 'a'] }));
  });
});
