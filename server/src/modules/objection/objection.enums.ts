import { registerEnumType } from 'type-graphql';

/** How an objection reached the office: filed on the site, or entered by staff from a call, a letter or a visit. */
export enum ObjectionChannel {
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
}
registerEnumType(ObjectionChannel, {
  name: 'ObjectionChannel',
  valuesConfig: {
    ONLINE: { description: '网上提交' },
    PHONE: { description: '来电' },
    LETTER: { description: '来信（以邮戳日期为准）' },
    VISIT: { description: '来访' },
  },
});

export enum ObjectionStatus {
  RECEIVED = 'RECEIVED',
  INVESTIGATING = 'INVESTIGATING',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  valuesConfig: {
    RECEIVED: { description: '已受理' },
    INVESTIGATING: { description: '调查核实中' },
    UPHELD: { description: '异议成立（候选人撤销）' },
    DISMISSED: { description: '异议不成立' },
  },
});

/** Objections still being handled: while one exists the candidate cannot pass the notice. */
export const OPEN_OBJECTION_STATUSES: readonly ObjectionStatus[] = [ObjectionStatus.RECEIVED, ObjectionStatus.INVESTIGATING];
