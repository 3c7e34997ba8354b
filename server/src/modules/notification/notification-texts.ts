import type { Locale } from '../../common/i18n/locale.js';
import { NotificationKind as K } from './notification.enums.js';

interface Words { headline: string; body: string }
type Texts = Record<Locale, Words>;

/**
 * What each kind says, in both languages. `headline` has no placeholder: it is all an SMS says (with a
 * link), so an SMS can never carry a name, a reason or a title. `body` may use the event's params.
 */
const TEXTS: Record<K, Texts> = {
  [K.NOMINATION_STEP]: {
    'zh-CN': { headline: '您的推荐材料有新进展', body: '推荐材料「{title}」已进入新环节：{state}。' },
    en: { headline: 'Your nomination file has moved on', body: 'The nomination file "{title}" is now at: {state}.' },
  },
  [K.OBJECTION_ANSWERED]: {
    'zh-CN': { headline: '您提出的异议已有答复', body: '您对公示的异议已处理，结果：{state}。答复：{reason}' },
    en: { headline: 'Your objection has been answered', body: 'Your objection to a notice was decided: {state}. Reply: {reason}' },
  },
  [K.COMMENT_HIDDEN]: {
    'zh-CN': { headline: '您的一条评论已被隐藏', body: '您在公示中的评论已被隐藏，原因：{reason}' },
    en: { headline: 'One of your comments was hidden', body: 'Your comment on a notice was hidden. Reason: {reason}' },
  },
  [K.SUGGESTION_ACCEPTED]: {
    'zh-CN': { headline: '您的建议已受理', body: '您的建议「{title}」已受理。' },
    en: { headline: 'Your suggestion was accepted', body: 'Your suggestion "{title}" was accepted.' },
  },
  [K.SUGGESTION_ANSWERED]: {
    'zh-CN': { headline: '您的建议已有答复', body: '您的建议「{title}」已由承办部门答复，请查看并评价。' },
    en: { headline: 'Your suggestion has been answered', body: 'Your suggestion "{title}" has been answered; please read and rate it.' },
  },
  [K.SUGGESTION_OVERDUE]: {
    'zh-CN': { headline: '您的建议已超过办理期限', body: '您的建议「{title}」已超过办理期限（{deadline}），已报上级督办。' },
    en: { headline: 'Your suggestion passed its deadline', body: 'Your suggestion "{title}" passed its deadline ({deadline}) and was sent up for supervision.' },
  },
  [K.SUGGESTION_PUBLISHED]: {
    'zh-CN': { headline: '您的建议已公开', body: '经您同意，您的建议「{title}」已公开。' },
    en: { headline: 'Your suggestion was published', body: 'With your consent, your suggestion "{title}" was published.' },
  },
  [K.SUGGESTION_CO_SIGN_ASKED]: {
    'zh-CN': { headline: '有劳模邀请您联名建议', body: '您被邀请联名建议「{title}」，请确认或谢绝。' },
    en: { headline: 'You are asked to co-sign a suggestion', body: 'You are asked to co-sign the suggestion "{title}"; please confirm or decline.' },
  },
  [K.SUGGESTION_ASSIGNED]: {
    'zh-CN': { headline: '有一件建议交由您部门办理', body: '建议「{title}」已交由您部门办理，期限 {deadline}。' },
    en: { headline: 'A suggestion was assigned to your department', body: 'The suggestion "{title}" was assigned to your department, due {deadline}.' },
  },
  [K.SUGGESTION_DEADLINE_NEAR]: {
    'zh-CN': { headline: '一件建议的办理期限将至', body: '建议「{title}」的办理期限为 {deadline}，请及时答复。' },
    en: { headline: "A suggestion's deadline is near", body: 'The suggestion "{title}" is due {deadline}; please answer it in time.' },
  },
  [K.SUGGESTION_ARRIVED]: {
    'zh-CN': { headline: '收到一件新建议', body: '新建议「{title}」待受理。' },
    en: { headline: 'A new suggestion arrived', body: 'The new suggestion "{title}" awaits acceptance.' },
  },
  [K.OBJECTION_ARRIVED]: {
    'zh-CN': { headline: '您负责的公示收到一件异议', body: '公示「{title}」收到一件新异议，请及时核查。' },
    en: { headline: 'A notice you run received an objection', body: 'The notice "{title}" received a new objection to look into.' },
  },
  [K.NOTICE_ENDED]: {
    'zh-CN': { headline: '您负责的公示已期满', body: '公示「{title}」已于 {endsOn} 期满，可进行下一步。' },
    en: { headline: 'A notice you run has ended', body: 'The notice "{title}" ended on {endsOn}; the files can move on.' },
  },
  [K.SUGGESTION_ESCALATED]: {
    'zh-CN': { headline: '一件建议逾期上报至您单位', body: '建议「{title}」已超过办理期限（{deadline}），由 {owedBy} 上报督办。' },
    en: { headline: 'An overdue suggestion was sent up to you', body: 'The suggestion "{title}" passed its deadline ({deadline}) at {owedBy} and was sent up for supervision.' },
  },
  [K.REGISTRY_YEARLY_UPDATE]: {
    'zh-CN': { headline: '请核对您的年度劳模信息', body: '{year} 年度劳模信息更新已开始，请核对您的信息。' },
    en: { headline: 'Please check your yearly registry record', body: 'The {year} yearly update of the registry has begun; please check your record.' },
  },
  [K.ALLOWANCE_PAID]: {
    'zh-CN': { headline: '您的补助金已发放', body: '{year} 年度「{title}」已发放。' },
    en: { headline: 'Your allowance has been paid', body: 'The {year} "{title}" has been paid.' },
  },
  [K.RECUPERATION_OPEN]: {
    'zh-CN': { headline: '疗休养报名已开放', body: '疗休养批次「{title}」已开放报名。' },
    en: { headline: 'A recuperation batch is open', body: 'The recuperation batch "{title}" is open for you to join.' },
  },
  [K.REGISTRY_YEARLY_PENDING]: {
    'zh-CN': { headline: '有劳模信息待年度更新', body: '{year} 年度更新：您单位还有 {count} 条劳模信息尚未核对确认。' },
    en: { headline: 'Registry records await their yearly update', body: 'The {year} yearly update: {count} record(s) kept by your office are not yet confirmed.' },
  },
  [K.OBJECTION_STILL_OPEN]: {
    'zh-CN': { headline: '公示已期满，仍有异议未办结', body: '公示「{title}」已于 {endsOn} 期满，一件 {since} 收到的异议仍未办结，相关人选不能进入下一环节。' },
    en: { headline: 'An objection is still open after its notice ended', body: 'The notice "{title}" ended on {endsOn}, and an objection received on {since} is still open; its candidate cannot move on until it is decided.' },
  },
  [K.RECUPERATION_ROTATION_DUE]: {
    'zh-CN': { headline: '有劳模待安排疗休养', body: '截至 {date}，您单位有 {count} 名在岗劳模两年以上未参加疗休养。' },
    en: { headline: 'Model workers are due a recuperation', body: 'As of {date}, {count} model worker(s) in post kept by your office have had no recuperation for two years or more.' },
  },
  [K.VISIT_COVERAGE_DUE]: {
    'zh-CN': { headline: '有劳模尚未走访慰问', body: '{year} 年度，截至 {date}，您单位有 {count} 名劳模尚未按要求走访慰问。' },
    en: { headline: 'Model workers are not yet visited', body: 'In {year}, as of {date}, {count} model worker(s) kept by your office have not yet had the visits due.' },
  },
  [K.NOMINATION_ARRIVED]: {
    'zh-CN': { headline: '有推荐材料待您单位审核', body: '推荐材料「{title}」已转至您单位，请及时办理。' },
    en: { headline: 'A nomination file awaits your office', body: 'The nomination file "{title}" has reached your office and awaits its step.' },
  },
  [K.GRANT_APPLICATION_ARRIVED]: {
    'zh-CN': { headline: '收到一份困难帮扶申请', body: '{organization} 提交了一份困难帮扶申请，请及时审核。' },
    en: { headline: 'A hardship grant application arrived', body: 'A hardship grant application from {organization} awaits your review.' },
  },
  [K.REGISTRY_TRANSFER_ASKED]: {
    'zh-CN': { headline: '有劳模信息申请移交您单位', body: '{from} 申请将劳模「{name}」的信息移交您单位管理，请接收或退回。' },
    en: { headline: 'Your office is asked to take over a registry record', body: '{from} asks your office to keep the registry record of {name}; please accept or decline it.' },
  },
};

export const asLocale = (value: string | null | undefined): Locale => (value === 'en' ? 'en' : 'zh-CN');

export const headline = (kind: K, locale: Locale): string => TEXTS[kind][locale].headline;

/**
 * Fills a kind's body for one recipient. A param may come in each language (`state.zh-CN`, `state.en`),
 * written by the module that knows the words (e.g. a nomination's state), since the recipient's language
 * is known only when the text is made.
 */
export function body(kind: K, locale: Locale, params: Record<string, string>): string {
  return TEXTS[kind][locale].body.replace(/\{(\w+)\}/g, (_, name: string) => params[`${name}.${locale}`] ?? params[name] ?? '');
}

/**
 * The whole text of an SMS: the platform's signature, the kind's headline and a link to the centre.
 * It takes no params at all, so nothing personal or private can reach a phone's lock screen.
 */
export function smsText(kind: K, locale: Locale, publicUrl: string): string {
  return locale === 'en'
    ? `[Laomo] ${headline(kind, locale)}. Details: ${publicUrl}/notifications`
    : `【劳模平台】${headline(kind, locale)}，详情请登录查看：${publicUrl}/notifications`;
}
