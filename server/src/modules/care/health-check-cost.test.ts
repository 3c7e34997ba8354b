import { describe, expect, it } from 'vitest';
import { healthCheckSplit, organizerChargeYuan } from './health-check-cost.js';

describe('the cost split of a health check (seed 000)', () => {
  it('a national model worker’s 2,400 yuan is wholly the city federation’s', () => {
    expect(healthCheckSplit(2_400, 0)).toEqual({ priceFen: 240_000, unitShareFen: 0, cityShareFen: 240_000 });
  });

  it('a municipal model worker’s unit pays 30%: 360 of 1,200 yuan, 720 of 2,400', () => {
    expect(healthCheckSplit(1_200, 30)).toEqual({ priceFen: 120_000, unitShareFen: 36_000, cityShareFen: 84_000 });
    expect(healthCheckSplit(2_400, 30)).toEqual({ priceFen: 240_000, unitShareFen: 72_000, cityShareFen: 168_000 });
  });

  it('an odd price splits to the fen with nothing lost', () => {
    const split = healthCheckSplit(1_333, 30);
    expect(split.unitShareFen).toBe(39_990);
    expect(split.unitShareFen + split.cityShareFen).toBe(split.priceFen);
  });
});

describe('what an attended check charges the organizer’s care budget', () => {
  it('the part the unit does not pay, in whole yuan; a share with fen is charged as the yuan above it', () => {
    expect(organizerChargeYuan(healthCheckSplit(1_200, 30))).toBe(840);
    expect(organizerChargeYuan(healthCheckSplit(2_400, 0))).toBe(2_400);
    expect(organizerChargeYuan(healthCheckSplit(1_234, 30))).toBe(864);
    expect(organizerChargeYuan(healthCheckSplit(1_000, 100))).toBe(0);
  });
});
