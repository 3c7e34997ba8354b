import { registerEnumType } from 'type-graphql';

/** Where a booking for a health check (劳模体检) stands. */
export enum HealthCheckBookingState {
  BOOKED = 'BOOKED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  CANCELLED = 'CANCELLED',
}
registerEnumType(HealthCheckBookingState, {
  name: 'HealthCheckBookingState',
  valuesConfig: { BOOKED: { description: '已预约' }, ATTENDED: { description: '已体检' }, ABSENT: { description: '未到检' }, CANCELLED: { description: '已取消' } },
});

export enum HealthCheckBookingAction {
  ATTEND = 'ATTEND',
  MARK_ABSENT = 'MARK_ABSENT',
  CANCEL = 'CANCEL',
}
registerEnumType(HealthCheckBookingAction, {
  name: 'HealthCheckBookingAction',
  valuesConfig: { ATTEND: { description: '登记到检' }, MARK_ABSENT: { description: '登记未到' }, CANCEL: { description: '取消预约' } },
});
