import type { EntityManager } from '@mikro-orm/postgresql';
import dayjs from 'dayjs';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { WorkingCalendar, type IsoDate } from './working-calendar.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, CalendarError } from '../../common/errors/catalogue.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { keptUntilChanged, type DatabaseChanges } from '../../common/database-changes.js';
import { Operation, requireMay } from '../account/policy.js';
import { NIL_UUID } from '../../common/queries.js';

/**
 * The calendar as kept in the database. It is small (a few dozen rows a year), so it is read whole;
 * callers that compute many dates in one request should load it once and reuse it.
 */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  return new WorkingCalendar(await em.find(CalendarDay, {}));
}

const sharedCalendar = keptUntilChanged('calendar_day', loadWorkingCalendar);

/**
 * The calendar for public reads, kept in memory while this instance hears of every change to it (it changes a
 * few times a year, and a notice page would otherwise read it on every request). Without that, read each time.
 */
export function sharedWorkingCalendar(em: EntityManager, changes: DatabaseChanges | undefined): Promise<WorkingCalendar> {
  return sharedCalendar.read(em, changes);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(value: string, field: string[]): IsoDate {
  if (!ISO.test(value) || !dayjs(value).isValid() || dayjs(value).format('YYYY-MM-DD') !== value) {
    throw new UserInputError(CalendarError.DateInvalid, field);
  }
  return value;
}

export async function setCalendarDay(em: EntityManager, viewer: ViewerState, input: { date: string; kind: CalendarDayKind; name: string }) {
  requireMay(viewer, Operation.CALENDAR_MANAGE);
  const date = parseIsoDate(input.date, ['date']);
  const day = (await em.findOne(CalendarDay, { date })) ?? em.create(CalendarDay, { date, kind: input.kind, name: input.name });
  const before = day.kind;
  day.kind = input.kind;
  day.name = input.name.trim();
  audit(em, viewer, { subject: { id: NIL_UUID, constructor: { name: 'Calendar' } }, action: 'calendar.set', from: before, to: `${date} ${day.kind}` });
  await em.flush();
  return day;
}

export async function removeCalendarDay(em: EntityManager, viewer: ViewerState, dateInput: string) {
  requireMay(viewer, Operation.CALENDAR_MANAGE);
  const date = parseIsoDate(dateInput, ['date']);
  const day = await em.findOne(CalendarDay, { date });
  if (!day) throw new UserInputError(CommonError.NotFound, ['date']);
  audit(em, viewer, { subject: { id: NIL_UUID, constructor: { name: 'Calendar' } }, action: 'calendar.remove', from: `${date} ${day.kind}` });
  em.remove(day);
  await em.flush();
  return date;
}
