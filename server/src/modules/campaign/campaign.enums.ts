import { registerEnumType } from 'type-graphql';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  valuesConfig: {
    DRAFT: { description: '筹备中（未公开）' },
    OPEN: { description: '推荐中：可提名' },
    CLOSED: { description: '推荐截止，评审中' },
    CONCLUDED: { description: '已命名表彰' },
  },
});

export enum ObjectionIdentityPolicy {
  REQUIRED = 'REQUIRED',
  ENCOURAGED = 'ENCOURAGED',
}
registerEnumType(ObjectionIdentityPolicy, {
  name: 'ObjectionIdentityPolicy',
  valuesConfig: { REQUIRED: { description: '异议须实名' }, ENCOURAGED: { description: '鼓励实名，匿名作为线索' } },
});

export enum VoteTallyVisibility {
  LIVE = 'LIVE',
  AFTER_CLOSE = 'AFTER_CLOSE',
}
registerEnumType(VoteTallyVisibility, {
  name: 'VoteTallyVisibility',
  valuesConfig: { LIVE: { description: '投票期间公开票数' }, AFTER_CLOSE: { description: '投票结束后公开票数' } },
});

/** What a structure rule counts in the nominated batch (seed 001: shares checked at the preliminary review). */
export enum StructureDimension {
  FRONT_LINE = 'FRONT_LINE',
  TECHNICAL = 'TECHNICAL',
  WOMEN = 'WOMEN',
  YOUTH = 'YOUTH',
  MINORITY = 'MINORITY',
  GRASSROOTS = 'GRASSROOTS',
  ENTERPRISE_HEAD = 'ENTERPRISE_HEAD',
  CADRE = 'CADRE',
  NON_PARTY = 'NON_PARTY',
}
registerEnumType(StructureDimension, {
  name: 'StructureDimension',
  valuesConfig: {
    FRONT_LINE: { description: '一线职工' },
    TECHNICAL: { description: '专业技术人员' },
    WOMEN: { description: '女性' },
    YOUTH: { description: '青年（35 岁以下）' },
    MINORITY: { description: '少数民族' },
    GRASSROOTS: { description: '基层职工' },
    ENTERPRISE_HEAD: { description: '企业负责人' },
    CADRE: { description: '处级以上干部' },
    NON_PARTY: { description: '非中共党员（民主党派、无党派）' },
  },
});

export enum StructureBound {
  MIN = 'MIN',
  MAX = 'MAX',
}
registerEnumType(StructureBound, { name: 'StructureBound', valuesConfig: { MIN: { description: '不低于' }, MAX: { description: '不高于' } } });

/** The three public notices of a selection: the unit's, the district's or system's, and the city's. */
export enum NoticeStage {
  UNIT = 'UNIT',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
}
registerEnumType(NoticeStage, {
  name: 'NoticeStage',
  valuesConfig: { UNIT: { description: '单位公示' }, DISTRICT: { description: '区县（系统）公示' }, CITY: { description: '全市公示' } },
});
