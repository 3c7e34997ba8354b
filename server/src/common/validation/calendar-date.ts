import { IsISO8601, Matches } from 'class-validator';

const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day written YYYY-MM-DD that exists on the calendar. The format alone lets 2026-02-30 through, and
 * PostgreSQL then refuses it as an internal error; strict ISO 8601 checks the day against its month and year.
 */
export function IsCalendarDate(): PropertyDecorator {
  const format = Matches(YYYY_MM_DD);
  const real = IsISO8601({ strict: true });
  return (target, key) => {
    format(target, key);
    real(target, key);
  };
}
