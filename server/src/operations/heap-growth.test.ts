import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from './heap-growth.js';

describe('limitHeapGrowth', () => {
  it("leaves an operator's own factor from the command line alone", () => {
    expect(limitHeapGrowth(['--enable-source-maps', '--heap-growing-percent=50'])).toBe(false);
  });

  it("sets laomo's factor otherwise", () => {
    expect(limitHeapGrowth(['--enable-source-maps'])).toBe(true);
  });
});
