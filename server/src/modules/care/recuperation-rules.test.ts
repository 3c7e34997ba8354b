import { describe, expect, it } from 'vitest';
import { bySeatPriority, isRecuperationOverdue, organizerPlaceYuan, overdueCutoff, recuperationShares } from './recuperation-rules.js';
import { CarePayer } from './recuperation.enums.js';

describe('at least once every two years (seed 001)', () => {
  it('the last one ending two years ago to the day is overdue; a day later is not', () => {
    expect(isRecuperationOverdue('2024-12-01', '2026-12-01')).toBe(true);
    expect(isRecuperationOverdue('2024-12-02', '2026-12-01')).toBe(false);
  });

  it('never having had one is overdue', () => {
    expect(isRecuperationOverdue(null, '2026-12-01')).toBe(true);
  });

  it('29 February looks back to the 28th', () => {
    expect(overdueCutoff('2028-02-29')).toBe('2026-02-28');
    expect(overdueCutoff('2026-03-01')).toBe('2024-03-01');
  });
});

describe('places go to those longest without one', () => {
  it('never first, then the oldest, then who applied first', () => {
    const at = (s: number) => new Date(2026, 0, 1, 0, 0, s);
    const order = bySeatPriority([
      { id: 'recent', lastRecuperatedOn: '2025-06-01', createdAt: at(1) },
      { id: 'old', lastRecuperatedOn: '2022-06-01', createdAt: at(2) },
      { id: 'never-late', lastRecuperatedOn: null, createdAt: at(4) },
      { id: 'never-early', lastRecuperatedOn: null, createdAt: at(3) },
    ]).map((a) => a.id);
    expect(order).toEqual(['never-early', 'never-late', 'old', 'recent']);
  });
});

describe('who pays what of a place (seed 000)', () => {
  it('a city batch: the unit the transport, the city the rest', () => {
    expect(recuperationShares({ transportYuan: 1_500, restYuan: 3_000, transportPayer: CarePayer.UNIT, restPayer: CarePayer.CITY_FEDERATION }))
      .toEqual([{ payer: CarePayer.UNIT, yuan: 1_500 }, { payer: CarePayer.CITY_FEDERATION, yuan: 3_000 }]);
  });

  it('北戴河: the city all of it, as one line', () => {
    expect(recuperationShares({ transportYuan: 400, restYuan: 2_600, transportPayer: CarePayer.CITY_FEDERATION, restPayer: CarePayer.CITY_FEDERATION }))
      .toEqual([{ payer: CarePayer.CITY_FEDERATION, yuan: 3_000 }]);
  });
});

describe('what a confirmed place charges the organizer’s care budget', () => {
  const place = (transportPayer: CarePayer, restPayer: CarePayer) => ({ transportYuan: 1_500, restYuan: 3_000, transportPayer, restPayer });
  it('the parts a union federation pays; not the unit’s transport, not 全总’s', () => {
    expect(organizerPlaceYuan(place(CarePayer.UNIT, CarePayer.CITY_FEDERATION))).toBe(3_000);
    expect(organizerPlaceYuan(place(CarePayer.CITY_FEDERATION, CarePayer.CITY_FEDERATION))).toBe(4_500);
    expect(organizerPlaceYuan(place(CarePayer.DISTRICT_UNION, CarePayer.DISTRICT_UNION))).toBe(4_500);
    expect(organizerPlaceYuan(place(CarePayer.CITY_FEDERATION, CarePayer.ACFTU))).toBe(1_500);
  });
});
