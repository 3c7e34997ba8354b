import { EmploymentStatus, ModelWorkerCategory } from './registry.enums.js';

/** What the class (seed 003) follows from: the situation the union has on record. */
export interface Situation {
  employmentStatus: EmploymentStatus;
  hardship: boolean;
}

/**
 * Seed 003: in hardship (old, ill, in difficulty) → 帮扶救助, whatever else; retired and well off → 疏导关怀;
 * otherwise in post → 示范引领. Hardship comes first: support outranks company and care.
 */
export function classOf(situation: Situation): ModelWorkerCategory {
  if (situation.hardship) return ModelWorkerCategory.ASSISTANCE;
  if (situation.employmentStatus === EmploymentStatus.RETIRED) return ModelWorkerCategory.CARE;
  return ModelWorkerCategory.EXEMPLARY;
}
