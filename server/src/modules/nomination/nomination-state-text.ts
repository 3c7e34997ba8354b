import { NominationState } from './nomination.enums.js';

/**
 * A file's state in words, for what is sent to the proposer and the candidate (notifications are written
 * on the server in the recipient's language; the pages have their own labels in the web's locales).
 */
export const NOMINATION_STATE_TEXT: Record<NominationState, { 'zh-CN': string; en: string }> = {
  [NominationState.DRAFT]: { 'zh-CN': '草稿', en: 'draft' },
  [NominationState.PROPOSED]: { 'zh-CN': '职工建议，待单位决定', en: 'proposed by colleagues, awaiting the unit' },
  [NominationState.NOMINATED]: { 'zh-CN': '已提名（资格已审）', en: 'nominated (eligibility checked)' },
  [NominationState.RECOMMENDED]: { 'zh-CN': '民主推荐通过', en: 'recommended by the workforce' },
  [NominationState.REPORTED]: { 'zh-CN': '事迹已报告', en: 'deeds reported to the workforce' },
  [NominationState.UNIT_NOTICE]: { 'zh-CN': '单位公示中', en: 'on public notice in the unit' },
  [NominationState.UNIT_NOTICE_PASSED]: { 'zh-CN': '单位公示期满', en: 'unit notice ended' },
  [NominationState.PARTY_CONSENTED]: { 'zh-CN': '同级党委已同意', en: 'agreed by the Party committee' },
  [NominationState.SUBMITTED]: { 'zh-CN': '已报区县（系统）工会，待初审', en: 'submitted to the district (system) union for preliminary review' },
  [NominationState.PRELIMINARY_APPROVED]: { 'zh-CN': '初审通过', en: 'passed the preliminary review' },
  [NominationState.DISTRICT_NOTICE]: { 'zh-CN': '区县（系统）公示中', en: 'on public notice in the district (system)' },
  [NominationState.DISTRICT_NOTICE_PASSED]: { 'zh-CN': '区县（系统）公示期满', en: 'district notice ended' },
  [NominationState.FORWARDED]: { 'zh-CN': '已报市总工会，待复审', en: 'forwarded to the city federation for secondary review' },
  [NominationState.SECONDARY_APPROVED]: { 'zh-CN': '复审通过', en: 'passed the secondary review' },
  [NominationState.CITY_NOTICE]: { 'zh-CN': '全市公示中', en: 'on public notice city-wide' },
  [NominationState.CITY_NOTICE_PASSED]: { 'zh-CN': '全市公示期满', en: 'city notice ended' },
  [NominationState.APPROVED]: { 'zh-CN': '已命名表彰', en: 'honored' },
  [NominationState.DECLINED]: { 'zh-CN': '单位未采纳', en: 'not taken up by the unit' },
  [NominationState.REJECTED]: { 'zh-CN': '未通过', en: 'not approved' },
  [NominationState.WITHDRAWN]: { 'zh-CN': '异议属实，已撤销提名', en: 'withdrawn after an upheld objection' },
  [NominationState.REVOKED]: { 'zh-CN': '荣誉已撤销', en: 'honor revoked' },
};
