import { addMessages } from '../../common/i18n/messages.js';

export const NoticeError = {
  OrganizationStage: 'notice/organization_stage',
  NoCandidates: 'notice/no_candidates',
  OutsideOrganization: 'notice/outside_organization',
  ContactRequired: 'notice/contact_required',
} as const;

addMessages({
  'notice/organization_stage': { 'zh-CN': '该组织不能发布此级别的公示', en: 'This organization cannot publish a notice of this stage' },
  'notice/no_candidates': { 'zh-CN': '请至少选择一名候选人', en: 'Choose at least one candidate' },
  'notice/outside_organization': { 'zh-CN': '该候选人不属于本次评选或本组织', en: 'This candidate is not in this campaign or organization' },
  'notice/contact_required': { 'zh-CN': '请填写受理异议的联系方式', en: 'Give a contact for objections' },
});
