import { registerEnumType } from 'type-graphql';

/** The level a studio is certified at; each has its own rules (studio-level-rules.ts). */
export enum StudioLevel {
  UNIT = 'UNIT',
  DISTRICT = 'DISTRICT',
  MUNICIPAL = 'MUNICIPAL',
  NATIONAL_DEMONSTRATION = 'NATIONAL_DEMONSTRATION',
}
registerEnumType(StudioLevel, {
  name: 'StudioLevel',
  valuesConfig: {
    UNIT: { description: '基层（单位）级' },
    DISTRICT: { description: '区级（产业、系统）' },
    MUNICIPAL: { description: '市级' },
    NATIONAL_DEMONSTRATION: { description: '全国示范性' },
  },
});

/** Where a studio stands in its lifecycle (studio.workflow.ts). */
export enum StudioStatus {
  DRAFT = 'DRAFT',
  APPLIED = 'APPLIED',
  CERTIFIED = 'CERTIFIED',
  RECTIFYING = 'RECTIFYING',
  REVOKED = 'REVOKED',
}
registerEnumType(StudioStatus, {
  name: 'StudioStatus',
  valuesConfig: {
    DRAFT: { description: '填报中' },
    APPLIED: { description: '已申报，待评审' },
    CERTIFIED: { description: '已命名' },
    RECTIFYING: { description: '限期整改' },
    REVOKED: { description: '已撤销命名' },
  },
});

/** A studio's industry is from the one list of industries, which model workers share (registry/industry.ts). */
export { Industry as StudioIndustry } from '../registry/industry.js';

/** The field of innovation a studio works in. */
export enum StudioField {
  TECHNICAL_INNOVATION = 'TECHNICAL_INNOVATION',
  PROCESS_IMPROVEMENT = 'PROCESS_IMPROVEMENT',
  ENERGY_SAVING = 'ENERGY_SAVING',
  SAFETY = 'SAFETY',
  SERVICE_INNOVATION = 'SERVICE_INNOVATION',
  SKILLS_TRAINING = 'SKILLS_TRAINING',
  DIGITALIZATION = 'DIGITALIZATION',
}
registerEnumType(StudioField, {
  name: 'StudioField',
  valuesConfig: {
    TECHNICAL_INNOVATION: { description: '技术革新' },
    PROCESS_IMPROVEMENT: { description: '工艺改进' },
    ENERGY_SAVING: { description: '节能降耗' },
    SAFETY: { description: '安全生产' },
    SERVICE_INNOVATION: { description: '服务创新' },
    SKILLS_TRAINING: { description: '技能传承' },
    DIGITALIZATION: { description: '数字化智能化' },
  },
});

export enum StudioProjectStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(StudioProjectStatus, { name: 'StudioProjectStatus' });

export enum StudioResultKind {
  PATENT = 'PATENT',
  TECHNIQUE = 'TECHNIQUE',
  AWARD = 'AWARD',
  PRODUCT = 'PRODUCT',
  METHOD = 'METHOD',
}
registerEnumType(StudioResultKind, {
  name: 'StudioResultKind',
  valuesConfig: {
    PATENT: { description: '专利' },
    TECHNIQUE: { description: '绝技绝活、技术革新' },
    AWARD: { description: '获奖' },
    PRODUCT: { description: '产品' },
    METHOD: { description: '操作法、工作法' },
  },
});

/** The "six haves" 六有 a studio is certified against. */
export enum StudioHave {
  LEADER = 'LEADER',
  TEAM = 'TEAM',
  PROJECTS = 'PROJECTS',
  VENUE = 'VENUE',
  FUNDING = 'FUNDING',
  RESULTS = 'RESULTS',
}
registerEnumType(StudioHave, {
  name: 'StudioHave',
  valuesConfig: {
    LEADER: { description: '有劳模领衔' },
    TEAM: { description: '有创新团队' },
    PROJECTS: { description: '有攻关项目' },
    VENUE: { description: '有活动场所和设施' },
    FUNDING: { description: '有经费保障' },
    RESULTS: { description: '有创新成果' },
  },
});
export const STUDIO_HAVES = Object.values(StudioHave);

export enum StudioJudgement {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
}
registerEnumType(StudioJudgement, { name: 'StudioJudgement', valuesConfig: { MET: { description: '符合' }, NOT_MET: { description: '不符合' } } });

export enum StudioReviewOutcome {
  PASS = 'PASS',
  RECTIFY = 'RECTIFY',
  REVOKE = 'REVOKE',
}
registerEnumType(StudioReviewOutcome, {
  name: 'StudioReviewOutcome',
  valuesConfig: { PASS: { description: '通过' }, RECTIFY: { description: '限期整改' }, REVOKE: { description: '撤销命名' } },
});

export enum StudioSort {
  NAME = 'NAME',
  RECENTLY_CERTIFIED = 'RECENTLY_CERTIFIED',
  MOST_RESULTS = 'MOST_RESULTS',
}
registerEnumType(StudioSort, { name: 'StudioSort' });
