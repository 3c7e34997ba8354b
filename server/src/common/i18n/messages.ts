import type { Locale } from './locale.js';
import { errorText, type Text } from '../errors/catalogue.js';

/**
 * Words that are not error codes: class-validator's constraints (`validation/<constraint>`) and the
 * words that go into messages as params (`structure/`, `recipient/`, `employer/`, `bound/`, `step/`, `recusal/`,
 * passed as `label(key)` so they read in the request's language). The error codes' words are in
 * `../errors/catalogue.ts`.
 */
const labels: Record<string, Text> = {
  // class-validator constraints
  'validation/isNotEmpty': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'validation/maxLength': { 'zh-CN': '不能超过 {max} 个字符', en: 'must be at most {max} characters' },
  'validation/minLength': { 'zh-CN': '至少 {min} 个字符', en: 'must be at least {min} characters' },
  'validation/isLength': { 'zh-CN': '长度应在 {min} 到 {max} 个字符之间', en: 'must be {min} to {max} characters long' },
  'validation/isMobilePhone': { 'zh-CN': '请输入有效的中国大陆手机号', en: 'must be a valid mainland China mobile number' },
  'validation/matches': { 'zh-CN': '格式不正确', en: 'has the wrong format' },
  'validation/min': { 'zh-CN': '不能小于 {min}', en: 'must not be less than {min}' },
  'validation/max': { 'zh-CN': '不能大于 {max}', en: 'must not be greater than {max}' },
  'validation/isInt': { 'zh-CN': '必须是整数', en: 'must be a whole number' },
  'validation/isEmail': { 'zh-CN': '请输入有效的电子邮箱', en: 'must be a valid e-mail address' },
  'validation/arrayMaxSize': { 'zh-CN': '最多 {max} 项', en: 'must have at most {max} items' },
  'validation/arrayMinSize': { 'zh-CN': '至少 {min} 项', en: 'must have at least {min} items' },
  'validation/isDateString': { 'zh-CN': '日期格式不正确', en: 'must be a date' },
  'validation/isIso8601': { 'zh-CN': '日期不存在或格式不正确（应为 YYYY-MM-DD）', en: 'must be a real date (YYYY-MM-DD)' },
  'validation/isUrl': { 'zh-CN': '请输入有效的网址', en: 'must be a valid URL' },
  'validation/isDefined': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'validation/default': { 'zh-CN': '格式不正确', en: 'is not valid' },
  // names used inside messages
  'structure/FRONT_LINE': { 'zh-CN': '一线职工', en: 'front-line workers' },
  'structure/TECHNICAL': { 'zh-CN': '专业技术人员', en: 'technical staff' },
  'structure/WOMEN': { 'zh-CN': '女性', en: 'women' },
  'structure/YOUTH': { 'zh-CN': '青年', en: 'youth' },
  'structure/MINORITY': { 'zh-CN': '少数民族', en: 'ethnic minorities' },
  'structure/GRASSROOTS': { 'zh-CN': '基层职工', en: 'grassroots workers' },
  'structure/ENTERPRISE_HEAD': { 'zh-CN': '企业负责人', en: 'enterprise heads' },
  'structure/CADRE': { 'zh-CN': '处级以上干部', en: 'cadres' },
  'structure/NON_PARTY': { 'zh-CN': '非中共党员', en: 'non-party members' },
  'recipient/INDIVIDUAL': { 'zh-CN': '个人', en: 'individuals' },
  'recipient/COLLECTIVE': { 'zh-CN': '集体', en: 'collectives' },
  'recipient/TEAM': { 'zh-CN': '班组', en: 'teams' },
  'employer/ENTERPRISE': { 'zh-CN': '企业', en: 'enterprise' },
  'employer/NON_PUBLIC_ENTERPRISE': { 'zh-CN': '非公有制企业', en: 'non-public enterprise' },
  'employer/FARMERS_COOPERATIVE': { 'zh-CN': '农民专业合作社', en: "farmers' cooperative" },
  'employer/GOVERNMENT_AGENCY': { 'zh-CN': '机关', en: 'government agency' },
  'employer/PUBLIC_INSTITUTION': { 'zh-CN': '事业单位', en: 'public institution' },
  'employer/SOCIAL_ORGANIZATION': { 'zh-CN': '社会组织', en: 'social organization' },
  'care_visitor/DISTRICT_LEADER': { 'zh-CN': '区领导', en: 'district leader' },
  'care_visitor/DISTRICT_UNION_LEADER': { 'zh-CN': '区总工会领导', en: 'district-union leader' },
  'care_visitor/DISTRICT_UNION_STAFF': { 'zh-CN': '区总工会职工', en: 'district-union staff member' },
  'care_visitor/GRASSROOTS_CADRE': { 'zh-CN': '基层工会干部', en: 'grassroots union cadre' },
  'honor_level/NATIONAL': { 'zh-CN': '全国', en: 'national' },
  'honor_level/PROVINCIAL': { 'zh-CN': '省部级', en: 'provincial' },
  'honor_level/DISTRICT': { 'zh-CN': '区县级', en: 'district' },
  'keeping/EMPLOYER': { 'zh-CN': '单位管理', en: 'Keeping by the employer' },
  'keeping/LOCALITY': { 'zh-CN': '属地管理', en: 'Keeping by the place of residence' },
  'keeping/SYSTEM': { 'zh-CN': '归口管理', en: 'Keeping by the system' },
  'keeper/EMPLOYER': { 'zh-CN': '基层工会', en: 'grassroots union' },
  'keeper/LOCALITY': { 'zh-CN': '区县总工会', en: 'district union' },
  'keeper/SYSTEM': { 'zh-CN': '产业或局（系统）工会', en: 'industry or bureau union' },
  'status/REVOKED': { 'zh-CN': '被撤销称号', en: 'no longer titled' },
  'status/DECEASED': { 'zh-CN': '去世', en: 'deceased' },
  'import/CHECKING': { 'zh-CN': '正在检查', en: 'being checked' },
  'import/INVALID': { 'zh-CN': '有错误', en: 'refused for its errors' },
  'import/READY': { 'zh-CN': '待确认', en: 'ready' },
  'import/IMPORTING': { 'zh-CN': '正在导入', en: 'being imported' },
  'import/DONE': { 'zh-CN': '已导入', en: 'imported' },
  'import/FAILED': { 'zh-CN': '导入失败', en: 'failed' },
  'bound/MIN': { 'zh-CN': '不低于', en: 'minimum' },
  'bound/MAX': { 'zh-CN': '不高于', en: 'maximum' },
  'step/recommendation': { 'zh-CN': '民主推荐', en: 'democratic recommendation' },
  'step/deeds_report': { 'zh-CN': '事迹报告', en: 'deeds report' },
  'step/party_consent': { 'zh-CN': '党委意见', en: "party committee's opinion" },
  'recusal/SAME_UNIT': { 'zh-CN': '同一单位', en: 'same unit' },
  'recusal/DECLARED': { 'zh-CN': '本人申报', en: 'declared by you' },
};

/** A message param that is itself a label, rendered in the language of the message it goes into. */
export class Label {
  constructor(readonly key: string) {}
}

export const label = (key: string): Label => new Label(key);

export function hasMessage(key: string): boolean {
  return errorText(key) !== undefined || key in labels;
}

/** Renders an error code or label with `{name}` placeholders filled from `params`; an unknown key reads as `common/invalid`. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const entry = errorText(key) ?? labels[key] ?? errorText('common/invalid')!;
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value instanceof Label ? translate(locale, value.key) : String(value ?? `{${name}}`);
  });
}
