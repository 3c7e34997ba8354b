import { addMessages } from '../../common/i18n/messages.js';

/** The suggestion channel's refusals; messages below, Chinese first. */
export const SuggestionError = {
  NotNow: 'suggestion/not_now',
  NotModelWorker: 'suggestion/not_model_worker',
  NoOffice: 'suggestion/no_office',
  CoSignerSelf: 'suggestion/co_signer_self',
  CoSignerUnknown: 'suggestion/co_signer_unknown',
  CoSignNotPending: 'suggestion/co_sign_not_pending',
  HandlerKind: 'suggestion/handler_kind',
  SameHandler: 'suggestion/same_handler',
  ConsentRequired: 'suggestion/consent_required',
  AlreadyDone: 'suggestion/already_done',
  ReceivedInFuture: 'suggestion/received_in_future',
  ReopenUsed: 'suggestion/reopen_used',
  ReasonRequired: 'suggestion/reason_required',
} as const;

addMessages({
  'suggestion/not_now': { 'zh-CN': '该建议当前处于“{state}”环节，不能{action}', en: 'The suggestion is at “{state}”; it cannot be {action} now' },
  'suggestion/not_model_worker': { 'zh-CN': '只有已登记的劳模才能提交建议', en: 'Only registered model workers may submit suggestions' },
  'suggestion/no_office': { 'zh-CN': '您不在可受理建议的工会组织任职', en: 'You hold no role in a union office that receives suggestions' },
  'suggestion/co_signer_self': { 'zh-CN': '联名人不能是建议人本人', en: 'The author cannot co-sign their own suggestion' },
  'suggestion/co_signer_unknown': { 'zh-CN': '联名人须为已开通账号的其他劳模', en: 'Co-signers must be other model workers with an account' },
  'suggestion/co_sign_not_pending': { 'zh-CN': '您已答复过该联名邀请', en: 'You have already answered this co-signing request' },
  'suggestion/handler_kind': { 'zh-CN': '承办单位须为承办部门或您管辖范围内的工会', en: 'The handler must be a department or union office within your scope' },
  'suggestion/same_handler': { 'zh-CN': '转办须选择另一个承办单位', en: 'A transfer needs another handler' },
  'suggestion/consent_required': { 'zh-CN': '建议人未同意公开，不能公开', en: 'The author has not consented to publication' },
  'suggestion/already_done': { 'zh-CN': '该操作已完成，无需重复', en: 'This has already been done' },
  'suggestion/received_in_future': { 'zh-CN': '收件日期不能晚于今天', en: 'The date received cannot be in the future' },
  'suggestion/reopen_used': { 'zh-CN': '该建议已重新办理过一次', en: 'This suggestion has already been reopened once' },
  'suggestion/reason_required': { 'zh-CN': '请填写理由', en: 'Give a reason' },
});
