import { describe, expect, it } from 'vitest';
import { HonorLevel } from '../honor/honor.enums.js';
import { accidentDisability, death, dependentSeriousIllness, homeFire, ownSeriousIllness, type GrantOutcome } from './grant-rules.js';
import { SEED_001_GRANT_RULES } from './grant-rules.seed.js';
import { GrantCause } from './care.enums.js';

const rule = (cause: GrantCause) => SEED_001_GRANT_RULES.find((r) => r.cause === cause)!;
const amount = (outcome: GrantOutcome) => ('amountYuan' in outcome ? outcome.amountYuan : outcome.refusal);
const { NATIONAL, PROVINCIAL } = HonorLevel;

describe('own serious illness: 25% of self-paid costs from 10,000 yuan, at most 25,000', () => {
  const illness = rule(GrantCause.OWN_SERIOUS_ILLNESS);
  it('9,999 yuan gives nothing; 10,000 gives 2,500', () => {
    expect(amount(ownSeriousIllness(illness, { claimedYuan: 9_999, level: PROVINCIAL }))).toBe('care/below_threshold');
    expect(amount(ownSeriousIllness(illness, { claimedYuan: 10_000, level: PROVINCIAL }))).toBe(2_500);
  });
  it('rounds a share down to the yuan', () => {
    expect(amount(ownSeriousIllness(illness, { claimedYuan: 10_003, level: PROVINCIAL }))).toBe(2_500);
  });
  it('reaches the 25,000 cap at 100,000 and stays there, and says so', () => {
    expect(amount(ownSeriousIllness(illness, { claimedYuan: 99_996, level: NATIONAL }))).toBe(24_999);
    expect(amount(ownSeriousIllness(illness, { claimedYuan: 100_000, level: NATIONAL }))).toBe(25_000);
    const over = ownSeriousIllness(illness, { claimedYuan: 100_004, level: NATIONAL });
    expect(amount(over)).toBe(25_000);
    expect('reason' in over && over.reason).toContain('超过上限按 25,000 元');
  });
});

describe('a home fire: 2,000 yuan from losses of 10,000', () => {
  const fire = rule(GrantCause.HOME_FIRE);
  it('9,999 gives nothing; 10,000 gives 2,000', () => {
    expect(amount(homeFire(fire, { claimedYuan: 9_999, level: PROVINCIAL }))).toBe('care/below_threshold');
    expect(amount(homeFire(fire, { claimedYuan: 10_000, level: PROVINCIAL }))).toBe(2_000);
  });
});

describe('fixed amounts: a disabling accident 2,000, death 3,000', () => {
  it('an accident only with serious disability', () => {
    const accident = rule(GrantCause.ACCIDENT_DISABILITY);
    expect(amount(accidentDisability(accident, { seriousDisability: false, level: NATIONAL }))).toBe('care/not_serious_disability');
    expect(amount(accidentDisability(accident, { seriousDisability: true, level: NATIONAL }))).toBe(2_000);
  });
  it('death', () => {
    expect(amount(death(rule(GrantCause.DEATH)))).toBe(3_000);
  });
});

describe('a dependent’s serious illness: from 15,000 a year, 5,000 national and 3,000 municipal', () => {
  const dependent = rule(GrantCause.DEPENDENT_SERIOUS_ILLNESS);
  it('14,999 gives nothing at either level', () => {
    expect(amount(dependentSeriousIllness(dependent, { claimedYuan: 14_999, level: NATIONAL }))).toBe('care/below_threshold');
    expect(amount(dependentSeriousIllness(dependent, { claimedYuan: 14_999, level: PROVINCIAL }))).toBe('care/below_threshold');
  });
  it('15,000 gives 5,000 to a national and 3,000 to a municipal model worker', () => {
    expect(amount(dependentSeriousIllness(dependent, { claimedYuan: 15_000, level: NATIONAL }))).toBe(5_000);
    expect(amount(dependentSeriousIllness(dependent, { claimedYuan: 15_000, level: PROVINCIAL }))).toBe(3_000);
  });
});
