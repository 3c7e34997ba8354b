import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CalendarDay } from '../../modules/calendar/calendar-day.entity.js';
import { officialCalendarDays } from '../../modules/calendar/official-calendar.js';

/** The official 2025 and 2026 holiday schedules; not demo data, so production loads it too. */
export class CalendarSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const day of officialCalendarDays()) {
      if (!(await em.count(CalendarDay, { date: day.date }))) em.create(CalendarDay, day);
    }
    await em.flush();
  }
}
