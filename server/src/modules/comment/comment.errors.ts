import { addMessages } from '../../common/i18n/messages.js';

export const CommentError = {
  Empty: 'comment/empty',
  ReplyDepth: 'comment/reply_depth',
  ParentElsewhere: 'comment/parent_elsewhere',
  ReasonRequired: 'comment/reason_required',
  ReportReasonRequired: 'comment/report_reason_required',
  NotHidden: 'comment/not_hidden',
  AlreadyHidden: 'comment/already_hidden',
} as const;

addMessages({
  'comment/empty': { 'zh-CN': '评论内容不能为空', en: 'The comment is empty' },
  'comment/reply_depth': { 'zh-CN': '只能回复评论，不能回复回复', en: 'You can reply to a comment, not to a reply' },
  'comment/parent_elsewhere': { 'zh-CN': '回复的评论不属于该候选人', en: 'That comment is about another candidate' },
  'comment/reason_required': { 'zh-CN': '请填写屏蔽理由', en: 'Give a reason for hiding the comment' },
  'comment/report_reason_required': { 'zh-CN': '请写明举报理由', en: 'Say why you report this comment' },
  'comment/not_hidden': { 'zh-CN': '该评论未被屏蔽', en: 'This comment is not hidden' },
  'comment/already_hidden': { 'zh-CN': '该评论已被屏蔽', en: 'This comment is already hidden' },
});
