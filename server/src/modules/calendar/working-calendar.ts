import dayjs from 'dayjs';
import { CalendarDayKind } from './calendar-day.entity.js';

export type IsoDate = string;

/**
 * Working days on China's calendar: Monday to Friday, less statutory holidays, plus make-up working
 * days. Pure and synchronous so that notices, deadlines and tests share one definition.
 */
export class WorkingCalendar {
  private readonly days: Map<IsoDate, CalendarDayKind>;
  /** Counts already made: every read of an open notice asks for the days left to its end. */
  private readonly between = new Map<string, number>();

  constructor(days: Iterable<{ date: IsoDate; kind: CalendarDayKind }>) {
    this.days = new Map([...days].map((d) => [d.date, d.kind]));
  }

  isWorkingDay(date: IsoDate): boolean {
    const exception = this.days.get(date);
    if (exception === CalendarDayKind.HOLIDAY) return false;
    if (exception === CalendarDayKind.MAKEUP_WORKDAY) return true;
    const weekday = dayjs(date).day();
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day on or after `date`. */
  firstWorkingDayFrom(date: IsoDate): IsoDate {
    let d = dayjs(date);
    while (!this.isWorkingDay(d.format('YYYY-MM-DD'))) d = d.add(1, 'day');
    return d.format('YYYY-MM-DD');
  }

  /**
   * The last day of a period of `count` working days starting on `start`: `start` counts as the first
   * when it is a working day, otherwise the period begins on the next working day.
   */
  periodEnd(start: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive whole number');
    let d = dayjs(this.firstWorkingDayFrom(start));
    let counted = 1;
    while (counted < count) {
      d = d.add(1, 'day');
      if (this.isWorkingDay(d.format('YYYY-MM-DD'))) counted += 1;
    }
    return d.format('YYYY-MM-DD');
  }

  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const key = `${from}/${to}`;
    const known = this.between.get(key);
    if (known !== undefined) return known;
    let count = 0;
    for (let d = dayjs(from); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) {
      if (this.isWorkingDay(d.format('YYYY-MM-DD'))) count += 1;
    }
    // Bounded: a calendar lives until the next change to the calendar, which may be months.
    if (this.between.size >= 1000) this.between.clear();
    this.between.set(key, count);
    return count;
  }
}

/** The calendar date in Beijing (UTC+8, no daylight saving) at an instant: notices run on local days. */
export function beijingDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
