import { addMessages } from '../../common/i18n/messages.js';

export const ObjectionErrorCode = {
  IdentityRequired: 'objection/identity_required',
  NameRequired: 'objection/name_required',
  ContactRequired: 'objection/contact_required',
  PostmarkRequired: 'objection/postmark_required',
  OutsidePeriod: 'objection/outside_period',
  OnlineChannel: 'objection/online_channel',
  AlreadyDecided: 'objection/already_decided',
  NotReceived: 'objection/not_received',
  ReplyRequired: 'objection/reply_required',
} as const;

addMessages({
  'objection/identity_required': { 'zh-CN': '本次评选要求实名反映异议，请填写姓名和联系方式', en: 'This campaign requires objections under your real name with a contact' },
  'objection/name_required': { 'zh-CN': '实名反映请填写姓名', en: 'Give your name to object under your real name' },
  'objection/contact_required': { 'zh-CN': '实名反映请填写联系方式，以便答复', en: 'Give a contact so that the office can reply' },
  'objection/postmark_required': { 'zh-CN': '来信请填写邮戳日期', en: 'Give the postmark date of the letter' },
  'objection/outside_period': { 'zh-CN': '日期须在公示期 {startsOn} 至 {endsOn} 之内', en: 'The date must be within the notice period {startsOn} to {endsOn}' },
  'objection/online_channel': { 'zh-CN': '工作人员只登记来电、来信、来访的异议', en: 'Staff enter objections received by phone, letter or visit' },
  'objection/already_decided': { 'zh-CN': '该异议已办结', en: 'This objection has already been decided' },
  'objection/not_received': { 'zh-CN': '只有新受理的异议可以开始调查', en: 'Only a newly received objection can go into investigation' },
  'objection/reply_required': { 'zh-CN': '请填写书面答复', en: 'Write the reply' },
});
