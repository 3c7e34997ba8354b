import { describe, expect, it } from 'vitest';
import { Gender } from '../registry/registry.enums.js';
import type { Nomination } from './nomination.entity.js';
import { checkRules } from './batch-structure.js';
import { StructureBound, StructureDimension } from '../campaign/campaign.enums.js';

/** A file that counts for `dimension` (or for nothing). */
function file(dimension: StructureDimension | null): Nomination {
  const flags = { frontLine: false, technical: false, grassroots: false, enterpriseHead: false, cadre: false, youth: false, minority: false, nonParty: false };
  const key: Partial<Record<StructureDimension, keyof typeof flags>> = {
    FRONT_LINE: 'frontLine', TECHNICAL: 'technical', GRASSROOTS: 'grassroots', ENTERPRISE_HEAD: 'enterpriseHead', CADRE: 'cadre',
    YOUTH: 'youth', MINORITY: 'minority', NON_PARTY: 'nonParty',
  };
  const flag = dimension && key[dimension];
  return { ...flags, ...(flag ? { [flag]: true } : {}), gender: dimension === StructureDimension.WOMEN ? Gender.FEMALE : Gender.MALE } as Nomination;
}

/** A batch of `total` files of which `count` count for the dimension. */
const batch = (dimension: StructureDimension, count: number, total: number) =>
  [...Array.from({ length: count }, () => file(dimension)), ...Array.from({ length: total - count }, () => file(null))];

describe('structure rules compare the batch’s actual share with the campaign’s limit, edge included', () => {
  for (const dimension of Object.values(StructureDimension)) {
    it(`a minimum share of ${dimension} is met at exactly the limit and missed just below it`, () => {
      const rule = [{ dimension, bound: StructureBound.MIN, percent: 50 }];
      expect(checkRules(rule, batch(dimension, 2, 4))[0]).toMatchObject({ count: 2, share: 50, satisfied: true });
      expect(checkRules(rule, batch(dimension, 1, 4))[0]).toMatchObject({ count: 1, share: 25, satisfied: false });
      expect(checkRules([{ dimension, bound: StructureBound.MIN, percent: 34 }], batch(dimension, 1, 3))[0].satisfied).toBe(false);
      expect(checkRules([{ dimension, bound: StructureBound.MIN, percent: 33 }], batch(dimension, 1, 3))[0].satisfied).toBe(true);
    });

    it(`a maximum share of ${dimension} is kept at exactly the limit and broken just above it`, () => {
      const rule = [{ dimension, bound: StructureBound.MAX, percent: 20 }];
      expect(checkRules(rule, batch(dimension, 1, 5))[0]).toMatchObject({ share: 20, satisfied: true });
      expect(checkRules(rule, batch(dimension, 2, 5))[0]).toMatchObject({ share: 40, satisfied: false });
    });
  }

  it('an empty batch meets every rule', () => {
    expect(checkRules([{ dimension: StructureDimension.WOMEN, bound: StructureBound.MIN, percent: 30 }], [])[0].satisfied).toBe(true);
  });
});
