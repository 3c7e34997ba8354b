import { describe, expect, it } from 'vitest';
import { HonorLevel } from '../honor/honor.enums.js';
import { CareVisitorKind } from './visit.enums.js';
import { pairingLevel, partnerKindFor } from './pairing-rule.js';

const SEED_003 = [
  { level: HonorLevel.NATIONAL, partnerKind: CareVisitorKind.DISTRICT_LEADER },
  { level: HonorLevel.PROVINCIAL, partnerKind: CareVisitorKind.DISTRICT_UNION_LEADER },
  { level: HonorLevel.DISTRICT, partnerKind: CareVisitorKind.GRASSROOTS_CADRE },
];

describe('pairing by level (seed 003, 分级联系)', () => {
  it('takes the highest level held', () => {
    expect(pairingLevel([HonorLevel.DISTRICT, HonorLevel.NATIONAL, HonorLevel.PROVINCIAL])).toBe(HonorLevel.NATIONAL);
    expect(pairingLevel([HonorLevel.DISTRICT, HonorLevel.PROVINCIAL])).toBe(HonorLevel.PROVINCIAL);
    expect(pairingLevel([HonorLevel.DISTRICT])).toBe(HonorLevel.DISTRICT);
    expect(pairingLevel([])).toBeNull();
  });

  it('gives each level its contact from the table, and none for a level the table lacks', () => {
    expect(partnerKindFor(SEED_003, HonorLevel.NATIONAL)).toBe(CareVisitorKind.DISTRICT_LEADER);
    expect(partnerKindFor(SEED_003, HonorLevel.PROVINCIAL)).toBe(CareVisitorKind.DISTRICT_UNION_LEADER);
    expect(partnerKindFor(SEED_003, HonorLevel.DISTRICT)).toBe(CareVisitorKind.GRASSROOTS_CADRE);
    expect(partnerKindFor(SEED_003.slice(0, 2), HonorLevel.DISTRICT)).toBeNull();
  });
});
