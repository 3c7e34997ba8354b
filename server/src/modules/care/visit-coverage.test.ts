import { describe, expect, it } from 'vitest';
import { beijingWeek, birthdayInWeek, birthdayKeys, coverage } from './visit-coverage.js';

const SEED_003 = [{ code: 'DISTRICT_UNION', visitsPerYear: 1 }, { code: 'GRASSROOTS', visitsPerYear: 2 }];

describe('yearly coverage (seed 003: district-union staff at least once, grassroots cadres at least twice)', () => {
  it('is met on the edge and missed one short of it', () => {
    expect(coverage(SEED_003, { DISTRICT_UNION: 1, GRASSROOTS: 2 }).covered).toBe(true);
    expect(coverage(SEED_003, { DISTRICT_UNION: 1, GRASSROOTS: 1 }).covered).toBe(false);
    expect(coverage(SEED_003, { DISTRICT_UNION: 0, GRASSROOTS: 2 }).covered).toBe(false);
    expect(coverage(SEED_003, { GRASSROOTS: 5 }).standings).toEqual([
      { code: 'DISTRICT_UNION', visits: 0, required: 1, met: false },
      { code: 'GRASSROOTS', visits: 5, required: 2, met: true },
    ]);
  });
});

describe('this week in Beijing', () => {
  it('runs Monday to Sunday, across a year’s end', () => {
    expect(beijingWeek('2026-12-31')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(beijingWeek('2026-11-30')[0]).toBe('2026-11-30');
    expect(beijingWeek('2026-12-06')[0]).toBe('2026-11-30');
  });

  it('celebrates a leap-day birthday on 28 February in a common year only', () => {
    const common = beijingWeek('2027-02-28');
    expect(birthdayKeys(common)).toContain('02-29');
    expect(birthdayInWeek('1968-02-29', common)).toBe('2027-02-28');
    expect(birthdayKeys(beijingWeek('2028-02-28'))).toContain('02-29');
    expect(birthdayInWeek('1968-02-29', beijingWeek('2028-02-28'))).toBe('2028-02-29');
    expect(birthdayInWeek('1970-03-08', common)).toBeNull();
  });
});
