import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption } from '../../common/workflow/workflow.js';
import { CareError } from '../../common/errors/catalogue.js';
import { HealthCheckBookingAction as A, HealthCheckBookingState as S } from './health-check.enums.js';

/** Who someone is to one booking: who booked it (the model worker or the office over them), or the batch's organizer. */
export enum BookingParty {
  BOOKER = 'BOOKER',
  ORGANIZER = 'ORGANIZER',
}

export interface BatchDays {
  today: string;
  startsOn: string;
}

const { BOOKER, ORGANIZER } = BookingParty;

/** Attendance is recorded from the batch's first day on. */
export const batchStarted = async ({ today, startsOn }: BatchDays) =>
  (today < startsOn ? [new UserInputError(CareError.BatchNotStarted, ['booking'], { startsOn })] : []);

/** The one table of a health-check booking: booked → attended or absent (the organizer), or cancelled while booked. */
export const HEALTH_CHECK_WORKFLOW = new Workflow<S, A, BookingParty, BatchDays>([
  { action: A.ATTEND, from: [S.BOOKED], to: S.ATTENDED, who: [ORGANIZER], guards: [batchStarted] },
  { action: A.MARK_ABSENT, from: [S.BOOKED], to: S.ABSENT, who: [ORGANIZER], guards: [batchStarted] },
  { action: A.CANCEL, from: [S.BOOKED], to: S.CANCELLED, who: [BOOKER, ORGANIZER] },
], {
  notNow: (state, action) => new UserInputError(CareError.NotNow, ['booking'], { state, action }),
  reasonCode: CareError.ReasonRequired,
  whoFirst: true,
});

export function bookingActionOptions(state: S, parties: ReadonlySet<BookingParty>, days: BatchDays): Promise<ActionOption<A>[]> {
  return HEALTH_CHECK_WORKFLOW.options({ state, actors: parties, context: days });
}
