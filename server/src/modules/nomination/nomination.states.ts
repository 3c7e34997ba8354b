import { NominationState as S } from './nomination.enums.js';

/** The path of a file, in DOMAIN.md's order; a file moves forward one step at a time (returns go one back). */
export const PATH: readonly S[] = [
  S.DRAFT, S.PROPOSED, S.NOMINATED, S.RECOMMENDED, S.REPORTED, S.UNIT_NOTICE, S.UNIT_NOTICE_PASSED, S.PARTY_CONSENTED,
  S.SUBMITTED, S.PRELIMINARY_APPROVED, S.DISTRICT_NOTICE, S.DISTRICT_NOTICE_PASSED, S.FORWARDED, S.SECONDARY_APPROVED,
  S.CITY_NOTICE, S.CITY_NOTICE_PASSED, S.APPROVED,
];

/** Where a file ends without the honor (REVOKED ends it after it). */
export const ENDED: readonly S[] = [S.DECLINED, S.REJECTED, S.WITHDRAWN, S.REVOKED];

/** The states of the path from `first` to `last`, both included. */
export const stretch = (first: S, last: S) => PATH.slice(PATH.indexOf(first), PATH.indexOf(last) + 1);

/** Files that take a seat of a quota: nominated and still in the process, or approved. */
export const QUOTA_STATES: readonly S[] = stretch(S.NOMINATED, S.APPROVED);

/** Files in a district's batch at the preliminary review: submitted and not ended. */
export const IN_BATCH_STATES: readonly S[] = stretch(S.SUBMITTED, S.APPROVED);
