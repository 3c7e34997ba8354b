export interface QuotaRow { code: string; visitsPerYear: number }

export interface QuotaStanding { code: string; visits: number; required: number; met: boolean }

/**
 * Each yearly duty with the visits that count towards it (those by the duty's kinds of visitor, summed
 * in the database: visit.queries.ts); covered when every duty is met. The lists filter and count with
 * the same comparison in SQL, `visits >= visits_per_year` for every duty.
 */
export function coverage(quotas: readonly QuotaRow[], visitsByQuota: Readonly<Record<string, number>>): { covered: boolean; standings: QuotaStanding[] } {
  const standings = quotas.map((q) => {
    const visits = visitsByQuota[q.code] ?? 0;
    return { code: q.code, visits, required: q.visitsPerYear, met: visits >= q.visitsPerYear };
  });
  return { covered: standings.every((s) => s.met), standings };
}

const DAY = 86_400_000;

/**
 * The seven Beijing dates (YYYY-MM-DD) of the week, Monday to Sunday, holding `today` (a Beijing date).
 * Birthdays are matched on their month and day; 29 February falls on 28 February in common years,
 * so nobody born on a leap day is missed.
 */
export function beijingWeek(today: string): string[] {
  const day = new Date(`${today}T00:00:00Z`);
  const monday = day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY;
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * DAY).toISOString().slice(0, 10));
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The month-days (MM-DD) a birth date is celebrated on in the week's dates. */
export function birthdayKeys(week: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const date of week) {
    keys.add(date.slice(5));
    if (date.slice(5) === '02-28' && !isLeap(Number(date.slice(0, 4)))) keys.add('02-29');
  }
  return [...keys];
}

/** The date in the week a birth date falls on (for the list). */
export function birthdayInWeek(birthDate: string, week: readonly string[]): string | null {
  const key = birthDate.slice(5);
  return week.find((d) => d.slice(5) === key) ?? (key === '02-29' ? week.find((d) => d.slice(5) === '02-28') ?? null : null);
}
