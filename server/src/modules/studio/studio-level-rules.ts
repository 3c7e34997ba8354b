import { Field, Int, ObjectType } from 'type-graphql';
import { HonorLevel } from '../honor/honor.enums.js';
import { Role } from '../account/role.js';
import { Operation } from '../account/policy.js';
import { StudioLevel } from './studio.enums.js';
import { StudioError, type ErrorCode } from '../../common/errors/catalogue.js';

/**
 * What a studio of each level must show to be certified, as data (seeds 001–003; the numbers are the
 * portal's reading of common municipal practice, written down in README.md beside this file). A leader "holds
 * an honor of at least `leaderHonorLevel`"; with `leaderNeedsTreatment` the honor must carry
 * model-worker treatment at that level or higher, which the national May-1st medal does in Beijing
 * (treatment level PROVINCIAL in the honor catalogue).
 */
@ObjectType({ description: 'The certification rule of one studio level (public, so applicants see it).' })
export class StudioLevelRule {
  @Field(() => StudioLevel) level!: StudioLevel;
  @Field(() => HonorLevel) leaderHonorLevel!: HonorLevel;
  @Field() leaderNeedsTreatment!: boolean;
  @Field(() => Int) minYearsRunning!: number;
  @Field(() => Int, { description: 'Team members besides the leader.' }) minMembers!: number;
  @Field(() => Int) minProjects!: number;
  @Field(() => Int) minResults!: number;
  @Field(() => Int, { description: 'Square metres.' }) minVenueArea!: number;
  @Field(() => Int, { description: 'Yuan per year.' }) minAnnualFunding!: number;
  @Field(() => [Role], { description: 'Staff roles that certify and review studios of this level, within their subtree.' })
  certifiers!: Role[];

  /** The operation of the policy table (account/policy.ts) by which its certifiers act. */
  certify!: Operation;
}

export const STUDIO_LEVEL_RULES: Record<StudioLevel, StudioLevelRule> = {
  UNIT: {
    level: StudioLevel.UNIT, leaderHonorLevel: HonorLevel.DISTRICT, leaderNeedsTreatment: false, minYearsRunning: 1,
    minMembers: 3, minProjects: 1, minResults: 1, minVenueArea: 20, minAnnualFunding: 10_000, certifiers: [Role.UNIT_STAFF], certify: Operation.STUDIO_CERTIFY_UNIT_LEVEL,
  },
  DISTRICT: {
    level: StudioLevel.DISTRICT, leaderHonorLevel: HonorLevel.DISTRICT, leaderNeedsTreatment: false, minYearsRunning: 2,
    minMembers: 5, minProjects: 2, minResults: 2, minVenueArea: 30, minAnnualFunding: 30_000, certifiers: [Role.DISTRICT_STAFF], certify: Operation.STUDIO_CERTIFY_DISTRICT_LEVEL,
  },
  MUNICIPAL: {
    level: StudioLevel.MUNICIPAL, leaderHonorLevel: HonorLevel.PROVINCIAL, leaderNeedsTreatment: true, minYearsRunning: 3,
    minMembers: 8, minProjects: 2, minResults: 3, minVenueArea: 50, minAnnualFunding: 100_000, certifiers: [Role.CITY_STAFF], certify: Operation.STUDIO_CERTIFY_CITY_LEVEL,
  },
  NATIONAL_DEMONSTRATION: {
    level: StudioLevel.NATIONAL_DEMONSTRATION, leaderHonorLevel: HonorLevel.PROVINCIAL, leaderNeedsTreatment: true, minYearsRunning: 5,
    minMembers: 10, minProjects: 3, minResults: 5, minVenueArea: 100, minAnnualFunding: 200_000, certifiers: [Role.CITY_STAFF], certify: Operation.STUDIO_CERTIFY_CITY_LEVEL,
  },
};

const HONOR_RANK: Record<HonorLevel, number> = { DISTRICT: 1, PROVINCIAL: 2, NATIONAL: 3 };

/** What the rules are checked against, gathered from the studio, its leader's honors and the calendar. */
export interface StudioFacts {
  leaderHonors: { level: HonorLevel; modelWorkerTreatment: boolean; treatmentLevel: HonorLevel | null }[];
  yearsRunning: number;
  members: number;
  projects: number;
  results: number;
  venueArea: number;
  annualFunding: number;
}

export interface RuleBreach {
  code: ErrorCode;
  field: string;
  params: Record<string, unknown>;
}

function leaderQualifies(rule: StudioLevelRule, honors: StudioFacts['leaderHonors']): boolean {
  const needed = HONOR_RANK[rule.leaderHonorLevel];
  return honors.some((h) => rule.leaderNeedsTreatment
    ? h.modelWorkerTreatment && h.treatmentLevel !== null && HONOR_RANK[h.treatmentLevel] >= needed
    : HONOR_RANK[h.level] >= needed);
}

/** Every rule of the level the facts break; empty when the studio may be certified at that level. */
export function ruleBreaches(rule: StudioLevelRule, facts: StudioFacts): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  if (!leaderQualifies(rule, facts.leaderHonors)) {
    breaches.push({
      code: rule.leaderNeedsTreatment ? StudioError.LeaderTreatment : StudioError.LeaderHonor,
      field: 'leader', params: { level: rule.leaderHonorLevel },
    });
  }
  const minimums: [keyof StudioFacts, number, ErrorCode, string][] = [
    ['yearsRunning', rule.minYearsRunning, StudioError.TooYoung, 'foundedOn'],
    ['members', rule.minMembers, StudioError.TeamTooSmall, 'members'],
    ['projects', rule.minProjects, StudioError.TooFewProjects, 'projects'],
    ['results', rule.minResults, StudioError.TooFewResults, 'results'],
    ['venueArea', rule.minVenueArea, StudioError.VenueTooSmall, 'venueArea'],
    ['annualFunding', rule.minAnnualFunding, StudioError.FundingTooLow, 'annualFunding'],
  ];
  for (const [fact, min, code, field] of minimums) {
    if ((facts[fact] as number) < min) breaches.push({ code, field, params: { min, actual: facts[fact] } });
  }
  return breaches;
}

/** Whole years from `foundedOn` to `today` (both YYYY-MM-DD). */
export function yearsBetween(foundedOn: string, today: string): number {
  const [fy, fm, fd] = foundedOn.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
