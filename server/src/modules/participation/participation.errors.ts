import { addMessages } from '../../common/i18n/messages.js';

/** Refusals shared by every public action on a notice (comments, objections, votes). */
export const ParticipationError = {
  PhoneRequired: 'participation/phone_required',
  NoticeNotOpen: 'participation/notice_not_open',
  EntryWithdrawn: 'participation/entry_withdrawn',
} as const;

addMessages({
  'participation/phone_required': { 'zh-CN': '请使用已验证手机号的公众账号参与', en: 'Please take part with an account that has a verified phone number' },
  'participation/notice_not_open': { 'zh-CN': '该公示不在公示期内', en: 'This notice is not within its period' },
  'participation/entry_withdrawn': { 'zh-CN': '该候选人已撤销', en: 'This candidate has been withdrawn' },
});
