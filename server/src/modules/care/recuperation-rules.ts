import { CarePayer } from './recuperation.enums.js';

/** Seed 001: every model worker in post has a recuperation at least once every two years. */
export const RECUPERATION_INTERVAL_YEARS = 2;

/**
 * The day two years before `today` (Beijing dates, YYYY-MM-DD); 29 February falls back to the 28th.
 * Whoever's last recuperation ended on or before it has gone two full years without one.
 */
export function overdueCutoff(today: string, years = RECUPERATION_INTERVAL_YEARS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Overdue: never had one, or the last ended two years ago or more. */
export function isRecuperationOverdue(lastOn: string | null | undefined, today: string): boolean {
  return !lastOn || lastOn <= overdueCutoff(today);
}

export interface Applicant {
  id: string;
  lastRecuperatedOn?: string | null;
  createdAt: Date;
}

/** The order in which applicants get places: the longest without one first (never before any), then who applied first. */
export function bySeatPriority<T extends Applicant>(applicants: readonly T[]): T[] {
  return [...applicants].sort((a, b) => {
    const la = a.lastRecuperatedOn ?? '';
    const lb = b.lastRecuperatedOn ?? '';
    if (la !== lb) return la < lb ? -1 : 1;
    return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
  });
}

export interface CostShare {
  payer: CarePayer;
  yuan: number;
}

/** Who pays what of one place: the transport to its payer, the rest to its payer (one line when the same). */
export function recuperationShares(batch: { transportYuan: number; restYuan: number; transportPayer: CarePayer; restPayer: CarePayer }): CostShare[] {
  if (batch.transportPayer === batch.restPayer) return [{ payer: batch.restPayer, yuan: batch.transportYuan + batch.restYuan }];
  return [{ payer: batch.transportPayer, yuan: batch.transportYuan }, { payer: batch.restPayer, yuan: batch.restYuan }];
}

/** The payers whose part of a place the organizing union pays from its care budget: not the unit's, not 全总's. */
const ORGANIZER_PAYS: ReadonlySet<CarePayer> = new Set([CarePayer.CITY_FEDERATION, CarePayer.DISTRICT_UNION]);

/** What the organizer of a batch is charged against its care budget for one confirmed place. */
export function organizerPlaceYuan(batch: Parameters<typeof recuperationShares>[0]): number {
  return recuperationShares(batch).filter((s) => ORGANIZER_PAYS.has(s.payer)).reduce((sum, s) => sum + s.yuan, 0);
}
