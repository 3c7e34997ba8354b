import { HonorLevel } from '../honor/honor.enums.js';

/** The city's figures for the year, in yuan a month (HardshipFigure). */
export interface HardshipFigures {
  averageWageYuan: number;
  pensionLevelYuan: number;
  basicPensionYuan: number;
}

/** What a model worker's union stated for the year. */
export interface StatedIncome {
  retired: boolean;
  monthlyYuan: number;
}

/**
 * Whether a model worker gets the living-hardship allowance (生活困难补助金, seed 000): a national model
 * worker whose monthly income in post is under the previous year's average wage, or whose pension is
 * under the previous year's social pension level; a municipal one whose pension is under the year's
 * basic pension. "Under" is strict: a figure equal to the city's is not hardship. A municipal model
 * worker in post is not covered by the seed's rule.
 */
export function livingHardshipBar(level: HonorLevel, income: StatedIncome, figures: HardshipFigures): number | null {
  if (level === HonorLevel.NATIONAL) return income.retired ? figures.pensionLevelYuan : figures.averageWageYuan;
  if (level === HonorLevel.PROVINCIAL && income.retired) return figures.basicPensionYuan;
  return null;
}

export function inLivingHardship(level: HonorLevel, income: StatedIncome, figures: HardshipFigures): boolean {
  const bar = livingHardshipBar(level, income, figures);
  return bar !== null && income.monthlyYuan < bar;
}
