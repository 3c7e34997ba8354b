import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEAP_GROWING_PERCENT, IMPORT_HEAP_GROWING_PERCENT, limitHeapGrowth, withImportHeapRoom } from './heap-growth.js';

afterEach(() => {
  vi.restoreAllMocks();
  limitHeapGrowth(['--enable-source-maps']);
});

describe('limitHeapGrowth', () => {
  it("leaves an operator's own factor from the command line alone", () => {
    expect(limitHeapGrowth(['--enable-source-maps', '--heap-growing-percent=50'])).toBe(false);
  });

  it("sets laomo's factor otherwise", () => {
    expect(limitHeapGrowth(['--enable-source-maps'])).toBe(true);
  });
});

describe('withImportHeapRoom', () => {
  const factors = () => vi.mocked(v8.setFlagsFromString).mock.calls.map(([flag]) => flag);

  it('widens the factor while imports run and gives laomo’s back when the last one ends, even one that failed', async () => {
    limitHeapGrowth(['--enable-source-maps']);
    vi.spyOn(v8, 'setFlagsFromString');
    let release!: () => void;
    const first = withImportHeapRoom(() => new Promise<string>((resolve) => { release = () => resolve('written'); }));
    const second = withImportHeapRoom(async () => { throw new Error('a bad file'); });
    await expect(second).rejects.toThrow('a bad file');
    // The first is still under way: the factor stays wide.
    expect(factors()).toEqual([`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`]);
    release();
    expect(await first).toBe('written');
    expect(factors()).toEqual([`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it("never touches an operator's own factor", async () => {
    limitHeapGrowth(['--heap-growing-percent=50']);
    vi.spyOn(v8, 'setFlagsFromString');
    expect(await withImportHeapRoom(async () => 3)).toBe(3);
    expect(factors()).toEqual([]);
  });
});
