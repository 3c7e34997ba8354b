import { describe, expect, it } from 'vitest';
import { HonorLevel } from '../honor/honor.enums.js';
import { inLivingHardship } from './living-hardship.js';

const figures = { averageWageYuan: 9_000, pensionLevelYuan: 4_000, basicPensionYuan: 3_500 };

describe('living-hardship allowance: under the city’s figures for the year (seed 000)', () => {
  it('a national model worker in post: under the average wage, not at it', () => {
    expect(inLivingHardship(HonorLevel.NATIONAL, { retired: false, monthlyYuan: 8_999 }, figures)).toBe(true);
    expect(inLivingHardship(HonorLevel.NATIONAL, { retired: false, monthlyYuan: 9_000 }, figures)).toBe(false);
  });

  it('a retired national model worker: under the social pension level', () => {
    expect(inLivingHardship(HonorLevel.NATIONAL, { retired: true, monthlyYuan: 3_999 }, figures)).toBe(true);
    expect(inLivingHardship(HonorLevel.NATIONAL, { retired: true, monthlyYuan: 4_000 }, figures)).toBe(false);
  });

  it('a retired municipal model worker: under the basic pension; one in post is not covered', () => {
    expect(inLivingHardship(HonorLevel.PROVINCIAL, { retired: true, monthlyYuan: 3_499 }, figures)).toBe(true);
    expect(inLivingHardship(HonorLevel.PROVINCIAL, { retired: true, monthlyYuan: 3_500 }, figures)).toBe(false);
    expect(inLivingHardship(HonorLevel.PROVINCIAL, { retired: false, monthlyYuan: 1_000 }, figures)).toBe(false);
  });
});
