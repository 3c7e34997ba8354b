import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.js';
import { officialCalendarDays } from './official-calendar.js';

const calendar = new WorkingCalendar(officialCalendarDays());

describe('the working-day calendar', () => {
  it('skips weekends', () => {
    expect(calendar.isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.periodEnd('2026-11-16', 5)).toBe('2026-11-20');
    expect(calendar.periodEnd('2026-11-17', 5)).toBe('2026-11-23');
  });

  it('a 5-working-day notice from 12 Feb 2026 spans the Spring Festival and counts the make-up Saturday', () => {
    // 12 Thu, 13 Fri, 14 Sat (调休上班), then 15–23 Feb holiday, 24 Tue is the 4th, 25 Wed the 5th.
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.periodEnd('2026-02-12', 5)).toBe('2026-02-25');
    expect(calendar.periodEnd('2026-02-12', 4)).toBe('2026-02-24');
    expect(calendar.periodEnd('2026-02-12', 3)).toBe('2026-02-14');
  });

  it('a period that starts on a holiday begins on the next working day', () => {
    expect(calendar.firstWorkingDayFrom('2026-10-01')).toBe('2026-10-08');
    // 8 Thu, 9 Fri, 10 Sat (调休上班), 12 Mon, 13 Tue.
    expect(calendar.periodEnd('2026-10-01', 5)).toBe('2026-10-13');
  });

  it('counts working days in a range', () => {
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-25')).toBe(5);
    expect(calendar.workingDaysBetween('2026-02-25', '2026-02-12')).toBe(0);
  });

  it('refuses a period of no days', () => {
    expect(() => calendar.periodEnd('2026-02-12', 0)).toThrow(RangeError);
  });
});
