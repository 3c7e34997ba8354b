import { addMessages } from '../../common/i18n/messages.js';

export const CampaignError = {
  HonorsRequired: 'campaign/honors_required',
  WindowOrder: 'campaign/window_order',
  QuotaOrganization: 'campaign/quota_organization',
  DuplicateRule: 'campaign/duplicate_rule',
  VotingWindow: 'campaign/voting_window',
} as const;

addMessages({
  'campaign/honors_required': { 'zh-CN': '请至少选择一项荣誉', en: 'Choose at least one honor' },
  'campaign/window_order': { 'zh-CN': '截止日期不能早于开始日期', en: 'The closing day cannot be before the opening day' },
  'campaign/quota_organization': { 'zh-CN': '名额只能分配给本组织下的区县、产业、系统工会或基层工会', en: 'Quotas go to unions below the organizer' },
  'campaign/duplicate_rule': { 'zh-CN': '同一指标的同类结构要求只能设置一条', en: 'Only one rule per dimension and bound' },
  'campaign/voting_window': { 'zh-CN': '开启投票须设置投票起止时间，且结束晚于开始', en: 'Voting needs an opening and a later closing time' },
  'structure/FRONT_LINE': { 'zh-CN': '一线职工', en: 'front-line workers' },
  'structure/TECHNICAL': { 'zh-CN': '专业技术人员', en: 'technical staff' },
  'structure/WOMEN': { 'zh-CN': '女性', en: 'women' },
  'structure/YOUTH': { 'zh-CN': '青年', en: 'youth' },
  'structure/MINORITY': { 'zh-CN': '少数民族', en: 'ethnic minorities' },
  'structure/GRASSROOTS': { 'zh-CN': '基层职工', en: 'grassroots workers' },
  'structure/ENTERPRISE_HEAD': { 'zh-CN': '企业负责人', en: 'enterprise heads' },
  'structure/CADRE': { 'zh-CN': '处级以上干部', en: 'cadres' },
  'structure/NON_PARTY': { 'zh-CN': '非中共党员', en: 'non-party members' },
});
