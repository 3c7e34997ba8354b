import { registerEnumType } from 'type-graphql';

/** What happened, as the person told about it sees it; each kind is one row of who-hears-what.ts. */
export enum NotificationKind {
  NOMINATION_STEP = 'NOMINATION_STEP',
  OBJECTION_ANSWERED = 'OBJECTION_ANSWERED',
  COMMENT_HIDDEN = 'COMMENT_HIDDEN',
  SUGGESTION_ACCEPTED = 'SUGGESTION_ACCEPTED',
  SUGGESTION_ANSWERED = 'SUGGESTION_ANSWERED',
  SUGGESTION_OVERDUE = 'SUGGESTION_OVERDUE',
  SUGGESTION_PUBLISHED = 'SUGGESTION_PUBLISHED',
  SUGGESTION_CO_SIGN_ASKED = 'SUGGESTION_CO_SIGN_ASKED',
  SUGGESTION_ASSIGNED = 'SUGGESTION_ASSIGNED',
  SUGGESTION_DEADLINE_NEAR = 'SUGGESTION_DEADLINE_NEAR',
  SUGGESTION_ARRIVED = 'SUGGESTION_ARRIVED',
  OBJECTION_ARRIVED = 'OBJECTION_ARRIVED',
  NOTICE_ENDED = 'NOTICE_ENDED',
  SUGGESTION_ESCALATED = 'SUGGESTION_ESCALATED',
  REGISTRY_YEARLY_UPDATE = 'REGISTRY_YEARLY_UPDATE',
  ALLOWANCE_PAID = 'ALLOWANCE_PAID',
  RECUPERATION_OPEN = 'RECUPERATION_OPEN',
  REGISTRY_YEARLY_PENDING = 'REGISTRY_YEARLY_PENDING',
  OBJECTION_STILL_OPEN = 'OBJECTION_STILL_OPEN',
  RECUPERATION_ROTATION_DUE = 'RECUPERATION_ROTATION_DUE',
  VISIT_COVERAGE_DUE = 'VISIT_COVERAGE_DUE',
  NOMINATION_ARRIVED = 'NOMINATION_ARRIVED',
  GRANT_APPLICATION_ARRIVED = 'GRANT_APPLICATION_ARRIVED',
  REGISTRY_TRANSFER_ASKED = 'REGISTRY_TRANSFER_ASKED',
}

/** Where a notification goes besides the in-app centre, which always has it. */
export enum NotificationChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

/** Whether e-mails come one by one or as one daily digest. */
export enum NotificationDigest {
  NONE = 'NONE',
  DAILY = 'DAILY',
}

/** What became of one notification on one channel. */
export enum DeliveryOutcome {
  SENT = 'SENT',
  /** The person turned the channel off for this kind, or chose the digest. */
  NOT_WANTED = 'NOT_WANTED',
  /** No phone or e-mail address to send to. */
  NO_ADDRESS = 'NO_ADDRESS',
  /** The day's limit of messages for this person was reached; the centre still has it. */
  DAILY_LIMIT = 'DAILY_LIMIT',
  /** Held for the person's daily digest e-mail (notification-digest.ts). */
  IN_DIGEST = 'IN_DIGEST',
  FAILED = 'FAILED',
  /** The account was disabled after the notification was recorded: nothing is sent (notify records none for one already disabled). */
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesConfig: {
    NOMINATION_STEP: { description: '推荐材料有进展 a nomination took a step' },
    OBJECTION_ANSWERED: { description: '异议已答复 an objection was answered' },
    COMMENT_HIDDEN: { description: '评论被隐藏 a comment was hidden' },
    SUGGESTION_ACCEPTED: { description: '建议已受理 a suggestion was accepted' },
    SUGGESTION_ANSWERED: { description: '建议已答复 a suggestion was answered' },
    SUGGESTION_OVERDUE: { description: '建议已逾期 a suggestion passed its deadline' },
    SUGGESTION_PUBLISHED: { description: '建议已公开 a suggestion was published' },
    SUGGESTION_CO_SIGN_ASKED: { description: '请求联名 asked to co-sign' },
    SUGGESTION_ASSIGNED: { description: '建议交办 a suggestion assigned' },
    SUGGESTION_DEADLINE_NEAR: { description: '办理期限将至 a deadline is near' },
    SUGGESTION_ARRIVED: { description: '收到新建议 a suggestion arrived' },
    OBJECTION_ARRIVED: { description: '收到新异议 an objection arrived' },
    NOTICE_ENDED: { description: '公示期满 a notice ended' },
    SUGGESTION_ESCALATED: { description: '逾期上报 an overdue suggestion escalated' },
    REGISTRY_YEARLY_UPDATE: { description: '年度信息更新 yearly registry update' },
    ALLOWANCE_PAID: { description: '补助金已发放 an allowance was paid' },
    RECUPERATION_OPEN: { description: '疗休养报名开放 a recuperation batch is open' },
    REGISTRY_YEARLY_PENDING: { description: '年度更新待办 records await their yearly update' },
    OBJECTION_STILL_OPEN: { description: '公示期满异议未结 an objection is still open after its notice ended' },
    RECUPERATION_ROTATION_DUE: { description: '疗休养轮换待安排 model workers due a recuperation' },
    VISIT_COVERAGE_DUE: { description: '走访慰问未覆盖 model workers not yet visited this year' },
    NOMINATION_ARRIVED: { description: '收到待审推荐材料 a nomination file arrived in the office’s queue' },
    GRANT_APPLICATION_ARRIVED: { description: '收到困难帮扶申请 a hardship grant application arrived' },
    REGISTRY_TRANSFER_ASKED: { description: '收到劳模信息移交申请 asked to take a registry record over' },
  },
});
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });
registerEnumType(NotificationDigest, { name: 'NotificationDigest' });
