import fs from 'node:fs';
import path from 'node:path';
import { CalendarDayKind } from './calendar-day.entity.js';
import { repoRoot } from '../../config.js';

interface OfficialSchedule {
  years: Record<string, { holidays: { name: string; dates: string[] }[]; makeupWorkdays: string[] }>;
}

// Read from the sources in both development and the built server, so the data lives in one file.
const SCHEDULE = path.join(repoRoot, 'server', 'src', 'db', 'seeders', 'data', 'cn-holidays-2025-2026.json');

/**
 * The State Council's holiday schedules for 2025 and 2026 (copied from shared/calendar), the seed of
 * the calendar an administrator then keeps in the database.
 */
export function officialCalendarDays(): { date: string; kind: CalendarDayKind; name: string }[] {
  const schedule = JSON.parse(fs.readFileSync(SCHEDULE, 'utf8')) as OfficialSchedule;
  return Object.values(schedule.years).flatMap((year) => [
    ...year.holidays.flatMap((h) => h.dates.map((date) => ({ date, kind: CalendarDayKind.HOLIDAY, name: h.name }))),
    ...year.makeupWorkdays.map((date) => ({ date, kind: CalendarDayKind.MAKEUP_WORKDAY, name: '调休上班' })),
  ]);
}
