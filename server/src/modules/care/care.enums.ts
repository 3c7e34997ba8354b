import { registerEnumType } from 'type-graphql';

/** What befell the model worker: each cause has one rule of 西城's hardship grants (seed 001). */
export enum GrantCause {
  OWN_SERIOUS_ILLNESS = 'OWN_SERIOUS_ILLNESS',
  HOME_FIRE = 'HOME_FIRE',
  ACCIDENT_DISABILITY = 'ACCIDENT_DISABILITY',
  DEATH = 'DEATH',
  DEPENDENT_SERIOUS_ILLNESS = 'DEPENDENT_SERIOUS_ILLNESS',
}
registerEnumType(GrantCause, {
  name: 'GrantCause',
  valuesConfig: {
    OWN_SERIOUS_ILLNESS: { description: '本人患重大疾病' },
    HOME_FIRE: { description: '家庭遭受火灾' },
    ACCIDENT_DISABILITY: { description: '非因工意外致重度残疾' },
    DEATH: { description: '去世慰问' },
    DEPENDENT_SERIOUS_ILLNESS: { description: '无收入配偶或未成年子女患重大疾病' },
  },
});

export enum GrantApplicationState {
  APPLIED = 'APPLIED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(GrantApplicationState, {
  name: 'GrantApplicationState',
  valuesConfig: {
    APPLIED: { description: '已申请' }, REVIEWED: { description: '区总工会已审核' }, APPROVED: { description: '已批准' },
    PAID: { description: '已发放' }, REFUSED: { description: '不予救助' }, WITHDRAWN: { description: '已撤回' },
  },
});

export enum GrantApplicationAction {
  REVIEW = 'REVIEW',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REFUSE = 'REFUSE',
  PAY = 'PAY',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(GrantApplicationAction, {
  name: 'GrantApplicationAction',
  valuesConfig: {
    REVIEW: { description: '审核' }, APPROVE: { description: '批准' }, RETURN: { description: '退回重审' },
    REFUSE: { description: '不予救助' }, PAY: { description: '发放' }, WITHDRAW: { description: '撤回' },
  },
});

/** Who receives an allowance of a kind: every title holder, or those under the year's hardship figures. */
export enum AllowanceBasis {
  TITLE = 'TITLE',
  LIVING_HARDSHIP = 'LIVING_HARDSHIP',
  /** Special-hardship aid (特殊困难帮扶金): the roll starts empty and offices add people case by case. */
  CASE = 'CASE',
}
registerEnumType(AllowanceBasis, {
  name: 'AllowanceBasis',
  valuesConfig: {
    TITLE: { description: '保持荣誉称号的在世劳模' }, LIVING_HARDSHIP: { description: '收入或养老金低于当年标准' },
    CASE: { description: '按实际困难逐案核定' },
  },
});

export enum AllowanceRollState {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  EXPORTED = 'EXPORTED',
  PAID = 'PAID',
}
registerEnumType(AllowanceRollState, {
  name: 'AllowanceRollState',
  valuesConfig: {
    DRAFT: { description: '已生成' }, REVIEWED: { description: '已审核' }, APPROVED: { description: '已批准' },
    EXPORTED: { description: '已导出发放文件' }, PAID: { description: '已发放' },
  },
});

export enum AllowanceRollAction {
  REVIEW = 'REVIEW',
  APPROVE = 'APPROVE',
  EXPORT = 'EXPORT',
  PAY = 'PAY',
}
registerEnumType(AllowanceRollAction, {
  name: 'AllowanceRollAction',
  valuesConfig: { REVIEW: { description: '审核' }, APPROVE: { description: '批准' }, EXPORT: { description: '导出发放文件' }, PAY: { description: '标记已发放' } },
});

/** What a care charge paid for (关爱经费支出类别). */
export enum CareChargeKind {
  GRANT = 'GRANT',
  ALLOWANCE = 'ALLOWANCE',
  HEALTH_CHECK = 'HEALTH_CHECK',
  RECUPERATION = 'RECUPERATION',
}
registerEnumType(CareChargeKind, {
  name: 'CareChargeKind',
  valuesConfig: {
    GRANT: { description: '困难帮扶' }, ALLOWANCE: { description: '补贴发放' },
    HEALTH_CHECK: { description: '健康体检' }, RECUPERATION: { description: '疗休养' },
  },
});
