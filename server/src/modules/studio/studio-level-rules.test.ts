import { describe, expect, it } from 'vitest';
import { HonorLevel } from '../honor/honor.enums.js';
import { STUDIO_LEVEL_RULES, ruleBreaches, yearsBetween, type StudioFacts } from './studio-level-rules.js';
import { StudioLevel } from './studio.enums.js';

const MUNICIPAL_MODEL_WORKER = { level: HonorLevel.PROVINCIAL, modelWorkerTreatment: true, treatmentLevel: HonorLevel.PROVINCIAL };
const NATIONAL_MAY1_MEDAL = { level: HonorLevel.NATIONAL, modelWorkerTreatment: true, treatmentLevel: HonorLevel.PROVINCIAL };
const CAPITAL_LABOR_MEDAL = { level: HonorLevel.PROVINCIAL, modelWorkerTreatment: false, treatmentLevel: null };
const DISTRICT_MEDAL = { level: HonorLevel.DISTRICT, modelWorkerTreatment: false, treatmentLevel: null };

/** Facts that just meet every minimum of the level. */
function justEnough(level: StudioLevel, leaderHonors: StudioFacts['leaderHonors'] = [MUNICIPAL_MODEL_WORKER]): StudioFacts {
  const r = STUDIO_LEVEL_RULES[level];
  return {
    leaderHonors, yearsRunning: r.minYearsRunning, members: r.minMembers, projects: r.minProjects, results: r.minResults,
    venueArea: r.minVenueArea, annualFunding: r.minAnnualFunding,
  };
}

const codes = (level: StudioLevel, facts: StudioFacts) => ruleBreaches(STUDIO_LEVEL_RULES[level], facts).map((b) => b.code);

describe('the certification rules of each studio level', () => {
  it.each(Object.values(StudioLevel))('a %s studio meeting every minimum exactly is certifiable', (level) => {
    expect(codes(level, justEnough(level))).toEqual([]);
  });

  const minimums = [
    ['yearsRunning', 'studio/too_young'], ['members', 'studio/team_too_small'], ['projects', 'studio/too_few_projects'],
    ['results', 'studio/too_few_results'], ['venueArea', 'studio/venue_too_small'], ['annualFunding', 'studio/funding_too_low'],
  ] as const;
  for (const level of Object.values(StudioLevel)) {
    it.each(minimums)(`a ${level} studio one short of its %s minimum is refused with %s`, (fact, code) => {
      const facts = justEnough(level);
      expect(ruleBreaches(STUDIO_LEVEL_RULES[level], { ...facts, [fact]: facts[fact] - 1 })).toEqual([
        { code, field: expect.any(String), params: { min: facts[fact], actual: facts[fact] - 1 } },
      ]);
    });
  }

  it('a municipal studio has run for at least three years and is stricter than a district one', () => {
    expect(STUDIO_LEVEL_RULES.MUNICIPAL.minYearsRunning).toBe(3);
    expect(codes(StudioLevel.MUNICIPAL, { ...justEnough(StudioLevel.MUNICIPAL), yearsRunning: 2 })).toEqual(['studio/too_young']);
    const n = STUDIO_LEVEL_RULES;
    for (const key of ['minYearsRunning', 'minMembers', 'minResults', 'minVenueArea', 'minAnnualFunding'] as const) {
      expect(n.NATIONAL_DEMONSTRATION[key]).toBeGreaterThan(n.MUNICIPAL[key]);
      expect(n.MUNICIPAL[key]).toBeGreaterThan(n.DISTRICT[key]);
    }
  });

  it('a municipal studio is led by a provincial-or-higher model worker or a national May-1st medal holder', () => {
    expect(codes(StudioLevel.MUNICIPAL, justEnough(StudioLevel.MUNICIPAL, [MUNICIPAL_MODEL_WORKER]))).toEqual([]);
    expect(codes(StudioLevel.MUNICIPAL, justEnough(StudioLevel.MUNICIPAL, [NATIONAL_MAY1_MEDAL]))).toEqual([]);
    // The capital labor medal is provincial but carries no model-worker treatment.
    expect(codes(StudioLevel.MUNICIPAL, justEnough(StudioLevel.MUNICIPAL, [CAPITAL_LABOR_MEDAL, DISTRICT_MEDAL]))).toEqual(['studio/leader_treatment']);
    expect(codes(StudioLevel.NATIONAL_DEMONSTRATION, justEnough(StudioLevel.NATIONAL_DEMONSTRATION, [CAPITAL_LABOR_MEDAL]))).toEqual(['studio/leader_treatment']);
  });

  it('a district or unit studio needs a leader holding at least a district honor', () => {
    expect(codes(StudioLevel.DISTRICT, justEnough(StudioLevel.DISTRICT, [DISTRICT_MEDAL]))).toEqual([]);
    expect(codes(StudioLevel.DISTRICT, justEnough(StudioLevel.DISTRICT, []))).toEqual(['studio/leader_honor']);
    expect(codes(StudioLevel.UNIT, justEnough(StudioLevel.UNIT, [DISTRICT_MEDAL]))).toEqual([]);
    expect(codes(StudioLevel.UNIT, justEnough(StudioLevel.UNIT, []))).toEqual(['studio/leader_honor']);
  });

  it('counts whole years on the calendar', () => {
    expect(yearsBetween('2023-06-01', '2026-05-31')).toBe(2);
    expect(yearsBetween('2023-06-01', '2026-06-01')).toBe(3);
    expect(yearsBetween('2023-12-31', '2024-01-01')).toBe(0);
  });
});
