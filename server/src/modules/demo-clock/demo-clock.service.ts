import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import dayjs from 'dayjs';
import { DemoClock } from './demo-clock.entity.js';
import { DemoClockError } from '../../common/errors/catalogue.js';
import { clockAhead, forgetDemoOffset } from './demo-clock.js';
import { beijingDate, type IsoDate, type WorkingCalendar } from '../calendar/working-calendar.js';
import { parseIsoDate, sharedWorkingCalendar } from '../calendar/calendar.service.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { audit } from '../audit/audit.service.js';
import { Operation, requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { Services } from '../../services.js';
import { NIL_UUID } from '../../common/queries.js';

/** How far ahead the demo may run: two years covers any campaign with room to spare. */
const LATEST_DAYS_AHEAD = 730;

export interface DemoClockReading {
  now: Date;
  today: IsoDate;
  realToday: IsoDate;
  offsetDays: number;
  movedAt: Date | null;
}

const addDays = (date: IsoDate, days: number): IsoDate => dayjs(date).add(days, 'day').format('YYYY-MM-DD');

function reading(services: Services, row: { offsetDays: number; movedAt: Date | null }): DemoClockReading {
  const now = clockAhead(services.wallClock, row.offsetDays).now();
  return { now, today: beijingDate(now), realToday: beijingDate(services.wallClock.now()), offsetDays: row.offsetDays, movedAt: row.movedAt };
}

/** The demo clock as it stands; null in production, where it is never read. */
export async function readDemoClock(em: EntityManager, services: Services): Promise<DemoClockReading | null> {
  if (services.config.env === 'production') return null;
  const row = await em.findOne(DemoClock, DemoClock.ROW);
  return reading(services, row ?? { offsetDays: 0, movedAt: null });
}

type Target = (today: IsoDate, calendar: WorkingCalendar) => IsoDate;

/**
 * Moves the demo date (administrators, outside production). The row is locked for the move, so two
 * administrators advancing at once add up instead of one overwriting the other.
 */
async function moveDemoClock(em: EntityManager, viewer: ViewerState, services: Services, action: string, target: Target): Promise<DemoClockReading> {
  if (services.config.env === 'production') throw new UserInputError(DemoClockError.Production);
  requireMay(viewer, Operation.DEMO_CLOCK_MOVE);
  const calendar = await sharedWorkingCalendar(em, services.changes);
  const moved = await em.transactional(async (tx) => {
    // The row is made by its migration and never removed.
    const row = await tx.findOneOrFail(DemoClock, DemoClock.ROW, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const realToday = beijingDate(services.wallClock.now());
    const before = addDays(realToday, row.offsetDays);
    const after = target(before, calendar);
    if (after < realToday) throw new UserInputError(DemoClockError.BeforeToday, ['date'], { today: realToday });
    const latest = addDays(realToday, LATEST_DAYS_AHEAD);
    if (after > latest) throw new UserInputError(DemoClockError.TooFar, null, { latest });
    row.offsetDays = dayjs(after).diff(dayjs(realToday), 'day');
    row.movedAt = services.wallClock.now();
    audit(tx, viewer, { subject: { id: NIL_UUID, constructor: { name: 'DemoClock' } }, action, from: before, to: after });
    return reading(services, row);
  });
  forgetDemoOffset(services);
  return moved;
}

/** Moves the demo date to the `workingDays`-th working day after the current demo date. */
export function advanceDemoClock(em: EntityManager, viewer: ViewerState, services: Services, workingDays: number) {
  return moveDemoClock(em, viewer, services, 'demoClock.advance', (today, calendar) => calendar.periodEnd(addDays(today, 1), workingDays));
}

/** Sets the demo date; today's real date puts the demo back on real time. */
export function setDemoClock(em: EntityManager, viewer: ViewerState, services: Services, date: string) {
  const target = parseIsoDate(date, ['date']);
  return moveDemoClock(em, viewer, services, 'demoClock.set', () => target);
}
