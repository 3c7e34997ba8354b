import { NominationState as S } from './nomination.enums.js';

/** The path of a file, in DOMAIN.md's order; a file moves forward one step at a time (returns go one back). */
export const PATH: readonly S[] = [
  S.DRAFT, S.PROPOSED, S.NOMINATED, S.RECOMMENDED, S.REPORTED, S.UNIT_NOTICE, S.UNIT_NOTICE_PASSED, S.PARTY_CONSENTED,
  S.SUBMITTED, S.PRELIMINARY_APPROVED, S.DISTRICT_NOTICE, S.DISTRICT_NOTICE_PASSED, S.FORWARDED, S.SECONDARY_APPROVED,
  S.CITY_NOTICE, S.CITY_NOTICE_PASSED, S.APPROVED,
];

/** Where a file ends without the honor (REVOKED ends it after it). */
export const ENDED: readonly S[] = [S.DECLINED, S.REJECTED, S.WITHDRAWN, S.REVOKED];

const from = (first: S, last: S) => PATH.slice(PATH.indexOf(first), PATH.indexOf(last) + 1);

/** Files that take a seat of a quota: nominated and still in the process, or approved. */
export const QUOTA_STATES: readonly S[] = from(S.NOMINATED, S.APPROVED);

/** Files in a district's batch at the preliminary review: submitted and not ended. */
export const IN_BATCH_STATES: readonly S[] = from(S.SUBMITTED, S.APPROVED);

/** While the unit still holds the file, its content may be corrected; DRAFT and PROPOSED by the proposer too. */
export const EDITABLE_BY_UNIT: readonly S[] = from(S.DRAFT, S.PARTY_CONSENTED);
export const EDITABLE_BY_PROPOSER: readonly S[] = [S.DRAFT];
