import { addMessages } from '../../common/i18n/messages.js';

/** Names used inside eligibility messages. */
addMessages({
  'recipient/INDIVIDUAL': { 'zh-CN': '个人', en: 'individuals' },
  'recipient/COLLECTIVE': { 'zh-CN': '集体', en: 'collectives' },
  'recipient/TEAM': { 'zh-CN': '班组', en: 'teams' },
  'employer/ENTERPRISE': { 'zh-CN': '企业', en: 'enterprise' },
  'employer/NON_PUBLIC_ENTERPRISE': { 'zh-CN': '非公有制企业', en: 'non-public enterprise' },
  'employer/FARMERS_COOPERATIVE': { 'zh-CN': '农民专业合作社', en: "farmers' cooperative" },
  'employer/GOVERNMENT_AGENCY': { 'zh-CN': '机关', en: 'government agency' },
  'employer/PUBLIC_INSTITUTION': { 'zh-CN': '事业单位', en: 'public institution' },
  'employer/SOCIAL_ORGANIZATION': { 'zh-CN': '社会组织', en: 'social organization' },
});
