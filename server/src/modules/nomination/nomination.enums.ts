import { registerEnumType } from 'type-graphql';

/** Where a file stands on the path 一报告 两审核 三公示 (DOMAIN.md, "A nomination"), in order. */
export enum NominationState {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  NOMINATED = 'NOMINATED',
  RECOMMENDED = 'RECOMMENDED',
  REPORTED = 'REPORTED',
  UNIT_NOTICE = 'UNIT_NOTICE',
  UNIT_NOTICE_PASSED = 'UNIT_NOTICE_PASSED',
  PARTY_CONSENTED = 'PARTY_CONSENTED',
  SUBMITTED = 'SUBMITTED',
  PRELIMINARY_APPROVED = 'PRELIMINARY_APPROVED',
  DISTRICT_NOTICE = 'DISTRICT_NOTICE',
  DISTRICT_NOTICE_PASSED = 'DISTRICT_NOTICE_PASSED',
  FORWARDED = 'FORWARDED',
  SECONDARY_APPROVED = 'SECONDARY_APPROVED',
  CITY_NOTICE = 'CITY_NOTICE',
  CITY_NOTICE_PASSED = 'CITY_NOTICE_PASSED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}
registerEnumType(NominationState, {
  name: 'NominationState',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    PROPOSED: { description: '职工建议，待单位决定' },
    NOMINATED: { description: '已提名（资格已审）' },
    RECOMMENDED: { description: '民主推荐通过' },
    REPORTED: { description: '事迹已报告' },
    UNIT_NOTICE: { description: '单位公示中' },
    UNIT_NOTICE_PASSED: { description: '单位公示期满' },
    PARTY_CONSENTED: { description: '同级党委已同意' },
    SUBMITTED: { description: '已报区县（系统）工会，待初审' },
    PRELIMINARY_APPROVED: { description: '初审通过' },
    DISTRICT_NOTICE: { description: '区县（系统）公示中' },
    DISTRICT_NOTICE_PASSED: { description: '区县（系统）公示期满' },
    FORWARDED: { description: '已报市总工会，待复审' },
    SECONDARY_APPROVED: { description: '复审通过' },
    CITY_NOTICE: { description: '全市公示中' },
    CITY_NOTICE_PASSED: { description: '全市公示期满' },
    APPROVED: { description: '已命名表彰' },
    DECLINED: { description: '单位未采纳' },
    REJECTED: { description: '未通过' },
    WITHDRAWN: { description: '异议属实，已撤销提名' },
    REVOKED: { description: '荣誉已撤销' },
  },
});

export enum NominationAction {
  PROPOSE = 'PROPOSE',
  TAKE_UP = 'TAKE_UP',
  DECLINE = 'DECLINE',
  NOMINATE = 'NOMINATE',
  RECORD_RECOMMENDATION = 'RECORD_RECOMMENDATION',
  REPORT_DEEDS = 'REPORT_DEEDS',
  START_UNIT_NOTICE = 'START_UNIT_NOTICE',
  PASS_UNIT_NOTICE = 'PASS_UNIT_NOTICE',
  RECORD_PARTY_CONSENT = 'RECORD_PARTY_CONSENT',
  SUBMIT_TO_DISTRICT = 'SUBMIT_TO_DISTRICT',
  APPROVE_PRELIMINARY = 'APPROVE_PRELIMINARY',
  RETURN_PRELIMINARY = 'RETURN_PRELIMINARY',
  REJECT_PRELIMINARY = 'REJECT_PRELIMINARY',
  START_DISTRICT_NOTICE = 'START_DISTRICT_NOTICE',
  PASS_DISTRICT_NOTICE = 'PASS_DISTRICT_NOTICE',
  FORWARD_TO_CITY = 'FORWARD_TO_CITY',
  APPROVE_SECONDARY = 'APPROVE_SECONDARY',
  RETURN_SECONDARY = 'RETURN_SECONDARY',
  REJECT_SECONDARY = 'REJECT_SECONDARY',
  START_CITY_NOTICE = 'START_CITY_NOTICE',
  PASS_CITY_NOTICE = 'PASS_CITY_NOTICE',
  APPROVE = 'APPROVE',
  REVOKE = 'REVOKE',
  UPHOLD_OBJECTION = 'UPHOLD_OBJECTION',
}
registerEnumType(NominationAction, {
  name: 'NominationAction',
  valuesConfig: {
    PROPOSE: { description: '职工向单位建议（或自荐）' },
    TAKE_UP: { description: '单位采纳职工建议' },
    DECLINE: { description: '单位不予采纳' },
    NOMINATE: { description: '单位（社会组织）提名' },
    RECORD_RECOMMENDATION: { description: '记录民主推荐结果' },
    REPORT_DEEDS: { description: '记录事迹报告' },
    START_UNIT_NOTICE: { description: '发布单位公示' },
    PASS_UNIT_NOTICE: { description: '单位公示期满无异议' },
    RECORD_PARTY_CONSENT: { description: '记录同级党委同意' },
    SUBMIT_TO_DISTRICT: { description: '报送区县（系统）工会' },
    APPROVE_PRELIMINARY: { description: '初审通过' },
    RETURN_PRELIMINARY: { description: '初审退回修改' },
    REJECT_PRELIMINARY: { description: '初审不予通过' },
    START_DISTRICT_NOTICE: { description: '发布区县（系统）公示' },
    PASS_DISTRICT_NOTICE: { description: '区县公示期满无异议' },
    FORWARD_TO_CITY: { description: '报送市总工会' },
    APPROVE_SECONDARY: { description: '复审通过' },
    RETURN_SECONDARY: { description: '复审退回' },
    REJECT_SECONDARY: { description: '复审不予通过' },
    START_CITY_NOTICE: { description: '发布全市公示' },
    PASS_CITY_NOTICE: { description: '全市公示期满无异议' },
    APPROVE: { description: '命名表彰' },
    REVOKE: { description: '撤销荣誉' },
    UPHOLD_OBJECTION: { description: '异议属实，撤销提名' },
  },
});

export enum NominationSource {
  UNIT = 'UNIT',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  SELF = 'SELF',
  EMPLOYEE = 'EMPLOYEE',
}
registerEnumType(NominationSource, {
  name: 'NominationSource',
  valuesConfig: {
    UNIT: { description: '组织推荐' },
    SOCIAL_ORGANIZATION: { description: '社会组织推荐' },
    SELF: { description: '个人自荐' },
    EMPLOYEE: { description: '职工建议' },
  },
});

/** Departments that sign off candidates who head an enterprise or hold cadre rank. */
export enum SignOffDepartment {
  DISCIPLINE_INSPECTION = 'DISCIPLINE_INSPECTION',
  MARKET_REGULATION = 'MARKET_REGULATION',
  TAX = 'TAX',
  AUDIT = 'AUDIT',
  WORK_SAFETY = 'WORK_SAFETY',
  ENVIRONMENT = 'ENVIRONMENT',
}
registerEnumType(SignOffDepartment, {
  name: 'SignOffDepartment',
  valuesConfig: {
    DISCIPLINE_INSPECTION: { description: '纪检监察' },
    MARKET_REGULATION: { description: '市场监管' },
    TAX: { description: '税务' },
    AUDIT: { description: '审计' },
    WORK_SAFETY: { description: '应急管理（安全生产）' },
    ENVIRONMENT: { description: '生态环境' },
  },
});

export enum RecusalReason {
  SAME_UNIT = 'SAME_UNIT',
  DECLARED = 'DECLARED',
}
registerEnumType(RecusalReason, {
  name: 'RecusalReason',
  valuesConfig: { SAME_UNIT: { description: '与候选人同一单位' }, DECLARED: { description: '本人申报的利益冲突（亲属等）' } },
});
