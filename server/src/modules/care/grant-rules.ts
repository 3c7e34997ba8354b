import { CareError, type ErrorCode } from '../../common/errors/catalogue.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { GrantCause } from './care.enums.js';

/** The figures of one rule (a GrantRule row); whole yuan. */
export interface RuleFigures {
  thresholdYuan?: number | null;
  ratePercent?: number | null;
  capYuan?: number | null;
  amountYuan?: number | null;
  nationalYuan?: number | null;
  municipalYuan?: number | null;
}

/** What the application states: the costs or losses (yuan), the disability, and the model worker's level. */
export interface GrantClaim {
  claimedYuan?: number | null;
  seriousDisability?: boolean | null;
  level: HonorLevel;
}

/** The grant a rule gives: the amount in yuan and the reason in words shown with it; or why it gives none. */
export type GrantOutcome = { amountYuan: number; reason: string } | { refusal: ErrorCode; params?: Record<string, string | number> };

const yuan = (n: number) => n.toLocaleString('en-US');
const figure = (value: number | null | undefined, name: string): number => {
  if (value == null) throw new Error(`grant rule without its ${name}`);
  return value;
};
const belowThreshold = (rule: RuleFigures): GrantOutcome => ({ refusal: CareError.BelowThreshold, params: { threshold: figure(rule.thresholdYuan, 'threshold') } });
const reaches = (rule: RuleFigures, claim: GrantClaim) => (claim.claimedYuan ?? 0) >= figure(rule.thresholdYuan, 'threshold');

/** Own serious illness: a share of the self-paid costs from the threshold on, rounded down to the yuan, capped. */
export function ownSeriousIllness(rule: RuleFigures, claim: GrantClaim): GrantOutcome {
  if (!reaches(rule, claim)) return belowThreshold(rule);
  const costs = claim.claimedYuan!;
  const rate = figure(rule.ratePercent, 'rate');
  const cap = figure(rule.capYuan, 'cap');
  const share = Math.floor((costs * rate) / 100);
  const amountYuan = Math.min(share, cap);
  const capped = share > cap ? `，超过上限按 ${yuan(cap)} 元` : '';
  return { amountYuan, reason: `本人重大疾病自付 ${yuan(costs)} 元（不低于 ${yuan(rule.thresholdYuan!)} 元），按 ${rate}% 计 ${yuan(share)} 元${capped}` };
}

/** A home fire: a fixed amount when the losses reach the threshold. */
export function homeFire(rule: RuleFigures, claim: GrantClaim): GrantOutcome {
  if (!reaches(rule, claim)) return belowThreshold(rule);
  const amountYuan = figure(rule.amountYuan, 'amount');
  return { amountYuan, reason: `家庭火灾损失 ${yuan(claim.claimedYuan!)} 元（不低于 ${yuan(rule.thresholdYuan!)} 元），定额 ${yuan(amountYuan)} 元` };
}

/** A non-work accident: a fixed amount only where it caused serious disability. */
export function accidentDisability(rule: RuleFigures, claim: GrantClaim): GrantOutcome {
  if (!claim.seriousDisability) return { refusal: CareError.NotSeriousDisability };
  const amountYuan = figure(rule.amountYuan, 'amount');
  return { amountYuan, reason: `非因工意外致重度残疾，定额 ${yuan(amountYuan)} 元` };
}

/** Death: a fixed condolence. */
export function death(rule: RuleFigures): GrantOutcome {
  const amountYuan = figure(rule.amountYuan, 'amount');
  return { amountYuan, reason: `去世慰问金 ${yuan(amountYuan)} 元` };
}

/** An income-less spouse's or minor child's serious illness: by the model worker's level, from the yearly threshold. */
export function dependentSeriousIllness(rule: RuleFigures, claim: GrantClaim): GrantOutcome {
  if (!reaches(rule, claim)) return belowThreshold(rule);
  const national = claim.level === HonorLevel.NATIONAL;
  const amountYuan = national ? figure(rule.nationalYuan, 'national amount') : figure(rule.municipalYuan, 'municipal amount');
  return {
    amountYuan,
    reason: `家属重大疾病年自付 ${yuan(claim.claimedYuan!)} 元（不低于 ${yuan(rule.thresholdYuan!)} 元），${national ? '全国' : '市级'}劳模 ${yuan(amountYuan)} 元`,
  };
}

/** The figures each cause's function reads: an administrator may change them, not clear them. */
export const REQUIRED_FIGURES: Record<GrantCause, readonly (keyof RuleFigures)[]> = {
  [GrantCause.OWN_SERIOUS_ILLNESS]: ['thresholdYuan', 'ratePercent', 'capYuan'],
  [GrantCause.HOME_FIRE]: ['thresholdYuan', 'amountYuan'],
  [GrantCause.ACCIDENT_DISABILITY]: ['amountYuan'],
  [GrantCause.DEATH]: ['amountYuan'],
  [GrantCause.DEPENDENT_SERIOUS_ILLNESS]: ['thresholdYuan', 'nationalYuan', 'municipalYuan'],
};

/** One function per cause: the grant is computed only here. */
export const GRANT_RULES: Record<GrantCause, (rule: RuleFigures, claim: GrantClaim) => GrantOutcome> = {
  [GrantCause.OWN_SERIOUS_ILLNESS]: ownSeriousIllness,
  [GrantCause.HOME_FIRE]: homeFire,
  [GrantCause.ACCIDENT_DISABILITY]: accidentDisability,
  [GrantCause.DEATH]: death,
  [GrantCause.DEPENDENT_SERIOUS_ILLNESS]: dependentSeriousIllness,
};
