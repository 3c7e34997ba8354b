import type { Locale } from './locale.js';

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

/**
 * Message catalogue keyed by error code or validation constraint. Features add their own
 * catalogue with `addMessages` from their module so this file does not grow with every feature.
 */
const messages: Catalogue = {
  'common/invalid': { 'zh-CN': '输入有误', en: 'The input is not valid' },
  'common/not_found': { 'zh-CN': '未找到该记录或无权查看', en: 'Not found, or you may not see it' },
  'common/rate_limited': { 'zh-CN': '操作过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} s' },
  'common/page_size': { 'zh-CN': '每页数量须在 1 到 {max} 之间', en: 'Page size must be between 1 and {max}' },
  'common/bad_cursor': { 'zh-CN': '分页游标无效', en: 'The page cursor is not valid' },
  'common/internal': { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
  'common/idempotency_conflict': { 'zh-CN': '该幂等键已用于另一项请求，新的请求请使用新的键', en: 'This idempotency key was already used for a different request; use a new key for a new request' },
  'common/idempotency_in_progress': { 'zh-CN': '该请求正在处理中，请稍后再试', en: 'This request is still being processed; try again shortly' },
  'common/query_too_costly': { 'zh-CN': '查询开销过大（{cost}，上限 {max}），请减少每页数量或嵌套层次', en: 'The query is too costly ({cost}, at most {max}); ask for fewer items per page or fewer nested lists' },
  'common/query_too_large': { 'zh-CN': '查询过长（超过 {max} 个词法单元）', en: 'The query is too long (more than {max} tokens)' },
  'common/query_too_deep': { 'zh-CN': '查询嵌套过深（{found} 层，上限 {max} 层）', en: 'The query is nested too deeply ({found} levels, at most {max})' },
  'common/too_many_aliases': { 'zh-CN': '查询中的别名过多（{found} 个，上限 {max} 个）', en: 'The query has too many aliases ({found}, at most {max})' },
  'common/too_many_directives': { 'zh-CN': '查询中的指令过多（{found} 个，上限 {max} 个）', en: 'The query has too many directives ({found}, at most {max})' },
  'common/nul_character': { 'zh-CN': '不能包含空字符（NUL）', en: 'must not contain the NUL character' },
  'auth/required': { 'zh-CN': '请先登录', en: 'Please sign in first' },
  'auth/forbidden': { 'zh-CN': '您无权进行此操作', en: 'You are not allowed to do this' },
  'auth/bad_credentials': { 'zh-CN': '账号或密码错误', en: 'Wrong account or password' },
  'auth/login_throttled': { 'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试', en: 'Too many failed sign-ins; try again in {minutes} min' },
  'auth/account_disabled': { 'zh-CN': '该账号已停用', en: 'This account is disabled' },
  'account/phone_taken': { 'zh-CN': '该手机号已注册', en: 'This phone number is already registered' },
  'account/username_taken': { 'zh-CN': '该用户名已被使用', en: 'This username is taken' },
  'account/code_invalid': { 'zh-CN': '验证码错误或已过期', en: 'The verification code is wrong or has expired' },
  'account/code_too_soon': { 'zh-CN': '验证码已发送，请 {seconds} 秒后再试', en: 'A code was just sent; try again in {seconds} s' },
  'account/terms_required': { 'zh-CN': '请阅读并同意用户协议与个人信息保护政策', en: 'Please accept the terms and the privacy policy' },
  'account/password_mismatch': { 'zh-CN': '两次输入的密码不一致', en: 'The passwords do not match' },
  'account/role_out_of_scope': { 'zh-CN': '只能在本单位及下级组织内授予角色', en: 'Roles may only be granted within your organization and those below it' },
  'account/code_daily_limit': { 'zh-CN': '该手机号今天获取验证码的次数已达上限，请明天再试', en: 'This phone has had as many codes as allowed today; try again tomorrow' },
  'account/password_weak': { 'zh-CN': '密码太容易被猜到，请换一个更长、更少见的密码（可以用几个词组合）', en: 'This password is too easy to guess; choose a longer, less common one (a few words together work well)' },
  'account/password_wrong': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  'auth/password_change_required': { 'zh-CN': '请先设置您自己的密码', en: 'Please set your own password first' },
  'account/role_needs_organization': { 'zh-CN': '该角色必须指定所属组织', en: 'This role needs an organization' },
  'organization/parent_required': { 'zh-CN': '请选择上级组织', en: 'Choose a parent organization' },
  'organization/parent_kind': { 'zh-CN': '上级组织类型不符', en: 'The parent organization is of the wrong kind' },
  'organization/employer_kind_required': { 'zh-CN': '基层工会须注明单位性质', en: 'A grassroots union needs an employer kind' },
  'honor/code_taken': { 'zh-CN': '荣誉代码已存在', en: 'This honor code already exists' },
  'honor/prerequisite_cycle': { 'zh-CN': '前置荣誉不能形成循环', en: 'Prerequisite honors cannot form a cycle' },
  'calendar/date_invalid': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Dates must be YYYY-MM-DD' },
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
};

export function addMessages(catalogue: Catalogue): void {
  Object.assign(messages, catalogue);
}

export function hasMessage(key: string): boolean {
  return key in messages;
}

/** Renders a catalogue entry with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const entry = messages[key] ?? messages['common/invalid'];
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
