import type { OpenRevocationCount } from '../registry/registry.open-reports.js';
import { HonorRevocation } from './honor-revocation.entity.js';
import { RevocationState } from './revocation.enums.js';

/** How many revocation reports about a record's honors are still undecided (given to the registry by modules/index.ts). */
export const openRevocationsOfRecord: OpenRevocationCount = (em, modelWorkerId) =>
  em.count(HonorRevocation, { modelWorker: modelWorkerId, state: RevocationState.REPORTED });
