import { describe, expect, it } from 'vitest';
import { checkCharacter, maskIdNumber, normalIdNumber } from './id-number.js';

describe('ID numbers', () => {
  it('takes a number whose check character fits, in upper case', () => {
    expect(normalIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalIdNumber(' 110105194912310021 ')).toBeNull();
    expect(normalIdNumber(`11010519800101001${checkCharacter('11010519800101001')}`)).toMatch(/^11010519800101001/);
  });

  it('refuses other lengths and letters', () => {
    expect(normalIdNumber('1101051949123100')).toBeNull();
    expect(normalIdNumber('11010519491231002A')).toBeNull();
  });

  it('masks all but the region and the last four', () => {
    expect(maskIdNumber('110105196501010017')).toBe('110105********0017');
  });
});
