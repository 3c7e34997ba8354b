import { registerEnumType } from 'type-graphql';

/** Who arranged a recuperation batch: it decides who pays what (seed 000; seed 001 for a district's own). */
export enum RecuperationArrangement {
  ACFTU = 'ACFTU',
  CITY = 'CITY',
  BEIDAIHE = 'BEIDAIHE',
  DISTRICT = 'DISTRICT',
}
registerEnumType(RecuperationArrangement, {
  name: 'RecuperationArrangement',
  valuesConfig: {
    ACFTU: { description: '全总安排' }, CITY: { description: '市总工会组织' },
    BEIDAIHE: { description: '北戴河工人疗养院' }, DISTRICT: { description: '区总工会组织' },
  },
});

/** Who bears a part of the cost of a place in a batch. */
export enum CarePayer {
  UNIT = 'UNIT',
  CITY_FEDERATION = 'CITY_FEDERATION',
  DISTRICT_UNION = 'DISTRICT_UNION',
  ACFTU = 'ACFTU',
}
registerEnumType(CarePayer, {
  name: 'CarePayer',
  valuesConfig: { UNIT: { description: '劳模所在单位' }, CITY_FEDERATION: { description: '市总工会' }, DISTRICT_UNION: { description: '区总工会' }, ACFTU: { description: '全国总工会' } },
});

export enum RecuperationEnrolmentState {
  APPLIED = 'APPLIED',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RecuperationEnrolmentState, {
  name: 'RecuperationEnrolmentState',
  valuesConfig: {
    APPLIED: { description: '已报名' }, CONFIRMED: { description: '已确定参加' }, WAITLISTED: { description: '候补' },
    ATTENDED: { description: '已参加' }, ABSENT: { description: '未参加' }, WITHDRAWN: { description: '已退出' },
  },
});

export enum RecuperationEnrolmentAction {
  CONFIRM = 'CONFIRM',
  WAITLIST = 'WAITLIST',
  ATTEND = 'ATTEND',
  MARK_ABSENT = 'MARK_ABSENT',
  WITHDRAW = 'WITHDRAW',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(RecuperationEnrolmentAction, {
  name: 'RecuperationEnrolmentAction',
  valuesConfig: {
    CONFIRM: { description: '确定参加' }, WAITLIST: { description: '列入候补' },
    ATTEND: { description: '登记参加' }, MARK_ABSENT: { description: '登记未参加' }, WITHDRAW: { description: '退出' }, FEEDBACK: { description: '填写反馈' },
  },
});
