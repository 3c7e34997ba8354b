import { registerEnumType } from 'type-graphql';

/** What a suggestion is about (建言领域). */
export enum SuggestionField {
  CITY_MANAGEMENT = 'CITY_MANAGEMENT',
  WORKERS_RIGHTS = 'WORKERS_RIGHTS',
  WORK_SAFETY = 'WORK_SAFETY',
  SCIENCE_INNOVATION = 'SCIENCE_INNOVATION',
  UNION_WORK = 'UNION_WORK',
  OTHER = 'OTHER',
}
registerEnumType(SuggestionField, {
  name: 'SuggestionField',
  valuesConfig: {
    CITY_MANAGEMENT: { description: '城市管理' },
    WORKERS_RIGHTS: { description: '职工权益' },
    WORK_SAFETY: { description: '安全生产' },
    SCIENCE_INNOVATION: { description: '科技创新' },
    UNION_WORK: { description: '工会工作' },
    OTHER: { description: '其他' },
  },
});

/** How the suggestion reached the union: online by the model worker, or entered by staff. */
export enum SuggestionChannel {
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(SuggestionChannel, {
  name: 'SuggestionChannel',
  valuesConfig: { ONLINE: { description: '网上提交' }, LETTER: { description: '来信' }, IN_PERSON: { description: '来访' } },
});

/** The lifecycle; the transitions between these are the table in `suggestion.workflow.ts`. */
export enum SuggestionState {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  ASSIGNED = 'ASSIGNED',
  ANSWERED = 'ANSWERED',
  FED_BACK = 'FED_BACK',
  CLOSED = 'CLOSED',
}
registerEnumType(SuggestionState, {
  name: 'SuggestionState',
  valuesConfig: {
    RECEIVED: { description: '已收到，待受理' },
    ACCEPTED: { description: '已受理，待交办' },
    DECLINED: { description: '不予受理' },
    ASSIGNED: { description: '已交办，承办中' },
    ANSWERED: { description: '已答复，待反馈' },
    FED_BACK: { description: '已反馈，待评价' },
    CLOSED: { description: '已办结' },
  },
});

export enum SuggestionAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  ASSIGN = 'ASSIGN',
  TRANSFER = 'TRANSFER',
  ANSWER = 'ANSWER',
  FEED_BACK = 'FEED_BACK',
  RATE = 'RATE',
  REOPEN = 'REOPEN',
  MARK_ADOPTED = 'MARK_ADOPTED',
  REFER = 'REFER',
  COMMEND = 'COMMEND',
  PUBLISH = 'PUBLISH',
  UNPUBLISH = 'UNPUBLISH',
  CONFIRM_CO_SIGN = 'CONFIRM_CO_SIGN',
  DECLINE_CO_SIGN = 'DECLINE_CO_SIGN',
  GIVE_CONSENT = 'GIVE_CONSENT',
  WITHDRAW_CONSENT = 'WITHDRAW_CONSENT',
}
registerEnumType(SuggestionAction, {
  name: 'SuggestionAction',
  valuesConfig: {
    ACCEPT: { description: '受理' },
    DECLINE: { description: '不予受理（须说明理由）' },
    ASSIGN: { description: '交办承办单位' },
    TRANSFER: { description: '转办（须说明理由）' },
    ANSWER: { description: '答复' },
    FEED_BACK: { description: '反馈给建议人' },
    RATE: { description: '评价答复' },
    REOPEN: { description: '不满意，重新办理（仅一次）' },
    MARK_ADOPTED: { description: '标记为已采纳' },
    REFER: { description: '转为人大代表议案或政协提案' },
    COMMEND: { description: '表扬优秀建议' },
    PUBLISH: { description: '公开（须经建议人同意）' },
    UNPUBLISH: { description: '撤回公开' },
    CONFIRM_CO_SIGN: { description: '确认联名' },
    DECLINE_CO_SIGN: { description: '拒绝联名' },
    GIVE_CONSENT: { description: '同意公开' },
    WITHDRAW_CONSENT: { description: '撤回公开同意' },
  },
});

export enum SuggestionRating {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(SuggestionRating, {
  name: 'SuggestionRating',
  valuesConfig: { SATISFIED: { description: '满意' }, BASICALLY_SATISFIED: { description: '基本满意' }, DISSATISFIED: { description: '不满意' } },
});

/** What the handler's answer says: it will be done (in part), or why it will not. */
export enum SuggestionAnswerOutcome {
  WILL_ADOPT = 'WILL_ADOPT',
  PARTLY = 'PARTLY',
  EXPLAINED = 'EXPLAINED',
}
registerEnumType(SuggestionAnswerOutcome, {
  name: 'SuggestionAnswerOutcome',
  valuesConfig: { WILL_ADOPT: { description: '采纳办理' }, PARTLY: { description: '部分采纳' }, EXPLAINED: { description: '解释说明（暂不采纳及理由）' } },
});

/** Passing a good suggestion on (转化): a people's-congress motion or a CPPCC proposal. */
export enum SuggestionReferralKind {
  PEOPLES_CONGRESS_MOTION = 'PEOPLES_CONGRESS_MOTION',
  CPPCC_PROPOSAL = 'CPPCC_PROPOSAL',
}
registerEnumType(SuggestionReferralKind, {
  name: 'SuggestionReferralKind',
  valuesConfig: { PEOPLES_CONGRESS_MOTION: { description: '人大代表议案/建议' }, CPPCC_PROPOSAL: { description: '政协提案' } },
});

export enum CoSignStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}
registerEnumType(CoSignStatus, {
  name: 'CoSignStatus',
  valuesConfig: { PENDING: { description: '待确认' }, CONFIRMED: { description: '已确认联名' }, DECLINED: { description: '已拒绝' } },
});
