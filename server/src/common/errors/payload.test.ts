import { describe, expect, it } from 'vitest';
import { payload } from './payload.js';

describe('a mutation payload', () => {
  it('answers the fields it names, awaiting those still in progress, with no user errors', async () => {
    expect(await payload({ studio: Promise.resolve({ id: 's1' }), member: null, sent: true })).toEqual({
      studio: { id: 's1' }, member: null, sent: true, userErrors: [],
    });
  });

  it('passes a refusal of the work on, for the refusals middleware to turn into user errors', async () => {
    await expect(payload({ studio: Promise.reject(new Error('refused')) })).rejects.toThrow('refused');
  });
});
