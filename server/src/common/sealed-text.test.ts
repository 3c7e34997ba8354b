import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, DEVELOPMENT_DATA_KEY, open, parseDataKey, requireProductionKey, seal, useDataKey } from './sealed-text.js';

describe('sealed personal information', () => {
  it('opens what it sealed, and the same text seals differently each time', () => {
    useDataKey(parseDataKey(undefined, 'test'));
    const a = seal('110105196501010017');
    expect(a).not.toContain('110105');
    expect(seal('110105196501010017')).not.toBe(a);
    expect(open(a)).toBe('110105196501010017');
  });

  it('refuses a changed ciphertext and another key', () => {
    useDataKey(parseDataKey(undefined, 'test'));
    const sealed = seal('高血压，需定期复查');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => open(`v1:${raw.toString('base64')}`)).toThrow();
    useDataKey(randomBytes(32));
    expect(() => open(sealed)).toThrow();
  });

  it('finds by a keyed hash that depends on the key', () => {
    useDataKey(parseDataKey(undefined, 'test'));
    const first = blindIndex('110105196501010017');
    expect(blindIndex('110105196501010017')).toBe(first);
    useDataKey(randomBytes(32));
    expect(blindIndex('110105196501010017')).not.toBe(first);
  });

  it('production needs a key of its own: none, a short one or (to start a server) the development one is refused', () => {
    expect(() => parseDataKey(undefined, 'production')).toThrow(/LAOMO_DATA_KEY must be set in production/);
    expect(() => parseDataKey(randomBytes(16).toString('base64'), 'production')).toThrow(/32 bytes/);
    expect(() => requireProductionKey(undefined, 'production')).toThrow(/LAOMO_DATA_KEY must be set in production/);
    expect(() => requireProductionKey(DEVELOPMENT_DATA_KEY, 'production')).toThrow(/development key/);
    expect(() => requireProductionKey(undefined, 'development')).not.toThrow();
    expect(parseDataKey(randomBytes(32).toString('base64'), 'production')).toHaveLength(32);
    expect(parseDataKey(undefined, 'development')).toHaveLength(32);
  });
});
