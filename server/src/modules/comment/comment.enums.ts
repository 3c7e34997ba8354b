import { registerEnumType } from 'type-graphql';

export enum CommentStance {
  SUPPORT = 'SUPPORT',
  NEUTRAL = 'NEUTRAL',
  CONCERN = 'CONCERN',
}
registerEnumType(CommentStance, {
  name: 'CommentStance',
  valuesConfig: { SUPPORT: { description: '支持' }, NEUTRAL: { description: '中立' }, CONCERN: { description: '有疑虑' } },
});

/** Moderation state: a hidden comment is never deleted, only left out of every public view and count. */
export enum CommentStatus {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
}
registerEnumType(CommentStatus, {
  name: 'CommentStatus',
  valuesConfig: { VISIBLE: { description: '公开显示' }, HIDDEN: { description: '已屏蔽' } },
});

/** What a moderator is shown first. */
export enum CommentModerationFilter {
  REPORTED = 'REPORTED',
  HIDDEN = 'HIDDEN',
  ALL = 'ALL',
}
registerEnumType(CommentModerationFilter, {
  name: 'CommentModerationFilter',
  valuesConfig: { REPORTED: { description: '有未处理举报' }, HIDDEN: { description: '已屏蔽' }, ALL: { description: '全部' } },
});

export const COMMENT_MAX_LENGTH = 500;
