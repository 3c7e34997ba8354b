import { HonorLevel } from '../honor/honor.enums.js';
import type { CareVisitorKind } from './visit.enums.js';

const RANK: Record<HonorLevel, number> = { [HonorLevel.NATIONAL]: 2, [HonorLevel.PROVINCIAL]: 1, [HonorLevel.DISTRICT]: 0 };

/** A model worker is paired by the highest level of the honors they still hold (表彰层级, seed 003). */
export function pairingLevel(heldLevels: readonly HonorLevel[]): HonorLevel | null {
  return heldLevels.reduce<HonorLevel | null>((best, level) => (best === null || RANK[level] > RANK[best] ? level : best), null);
}

export interface PairingRuleRow { level: HonorLevel; partnerKind: CareVisitorKind }

/** The kind of contact the rules give a level, or null when no row names it. */
export function partnerKindFor(rules: readonly PairingRuleRow[], level: HonorLevel): CareVisitorKind | null {
  return rules.find((r) => r.level === level)?.partnerKind ?? null;
}
