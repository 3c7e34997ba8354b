import { GrantCause } from './care.enums.js';

/**
 * 西城's hardship grants as seed 001 states them; the care migration inserts these rows and an
 * administrator keeps them from then on. Yuan.
 */
export const SEED_001_GRANT_RULES = [
  { cause: GrantCause.OWN_SERIOUS_ILLNESS, name: '本人患重大疾病', thresholdYuan: 10_000, ratePercent: 25, capYuan: 25_000 },
  { cause: GrantCause.HOME_FIRE, name: '家庭遭受火灾', thresholdYuan: 10_000, amountYuan: 2_000 },
  { cause: GrantCause.ACCIDENT_DISABILITY, name: '非因工意外致重度残疾', amountYuan: 2_000 },
  { cause: GrantCause.DEATH, name: '去世慰问', amountYuan: 3_000 },
  { cause: GrantCause.DEPENDENT_SERIOUS_ILLNESS, name: '无收入配偶或未成年子女患重大疾病', thresholdYuan: 15_000, nationalYuan: 5_000, municipalYuan: 3_000 },
] as const;
