/**
 * The feature modules: each lists its entities and resolvers here once, and the ORM, the schema and
 * the tests all read this list. It is also the one place that registers what modules lend each other
 * (below): no module registers anything as a side effect of being imported. The modules' order is in
 * module-order.ts.
 */
import { BaseEntity } from '../common/base.entity.js';
import { Organization } from './organization/organization.entity.js';
import { OrganizationResolver, organizationNodes } from './organization/organization.resolver.js';
import { OrganizationManagementResolver } from './organization-management/organization-management.resolver.js';
import { Account } from './account/account.entity.js';
import { RoleGrant } from './account/role-grant.entity.js';
import { Session } from './account/session.entity.js';
import { VerificationCode } from './account/verification-code.entity.js';
import { SignInGuard } from './account/sign-in-guard.entity.js';
import { AccountResolver, accountNodes, RoleGrantResolver } from './account/account.resolver.js';
import { Honor } from './honor/honor.entity.js';
import { HonorResolver, honorNodes } from './honor/honor.resolver.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { CalendarDay } from './calendar/calendar-day.entity.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { ModelWorker } from './registry/model-worker.entity.js';
import { ModelWorkerHonor } from './registry/model-worker-honor.entity.js';
import { ModelWorkerHonorResolver, ModelWorkerResolver, registryNodes } from './registry/registry.resolver.js';
import { ModelWorkerTransfer } from './registry/model-worker-transfer.entity.js';
import { ModelWorkerReport } from './registry/model-worker-report.entity.js';
import {
  ModelWorkerReportResolver, ModelWorkerTransferResolver, RegistryHonorResolver, RegistryProgressResolver, RegistryRecordResolver, registryStaffNodes,
} from './registry/registry-staff.resolver.js';
import { RegistryMutationResolver } from './registry/registry.mutations.js';
import { ModelWorkerAccountResolver } from './registry/model-worker-account.resolver.js';
import { RegistryImport } from './registry/registry-import.entity.js';
import { RegistryImportResolver } from './registry/registry-import.resolver.js';
import { registryImportApplyJob, registryImportCheckJob } from './registry/registry-import.service.js';
import { PublicProfileResolver } from './profile/public-profile.resolver.js';
import { profileAttachmentAccess } from './profile/profile-photo.js';
import { Attachment } from './attachment/attachment.entity.js';
import { AttachmentResolver, attachmentNodes } from './attachment/attachment.resolver.js';
import { Campaign } from './campaign/campaign.entity.js';
import { CampaignQuota } from './campaign/campaign-quota.entity.js';
import { Nomination } from './nomination/nomination.entity.js';
import { DepartmentSignOff } from './nomination/department-sign-off.entity.js';
import { Recusal } from './nomination/recusal.entity.js';
import { Notice } from './notice/notice.entity.js';
import { NoticeEntry } from './notice/notice-entry.entity.js';
import { campaignNodes, CampaignQuotaResolver, CampaignResolver } from './campaign/campaign.resolver.js';
import { nominationAttachmentAccess, nominationNodes, NominationResolver, RecusalResolver } from './nomination/nomination.resolver.js';
import { NominationMutations } from './nomination/nomination.mutations.js';
import { BatchStructureResolver } from './nomination/batch-structure.resolver.js';
import { NominationNoticesResolver, NoticePublishingResolver } from './notice/notice.resolver.js';
import { Studio } from './studio/studio.entity.js';
import { StudioCriterion, StudioMember, StudioProject, StudioResult, StudioReview } from './studio/studio-parts.entity.js';
import { StudioResolver, studioNodes } from './studio/studio.resolver.js';
import { StudioCertificationResolver } from './studio/studio-certification.view.js';
import { StudioListingResolver } from './studio/studio-listing.resolver.js';
import { ModelWorkerStudioResolver } from './studio/model-worker-studio.resolver.js';
import { studioAttachmentAccess, StudioCriterionResolver, studioPartNodes, StudioResultResolver } from './studio/studio-parts.resolver.js';
import { StudioMutationResolver } from './studio/studio.mutations.js';
import { Suggestion } from './suggestion/suggestion.entity.js';
import { SuggestionAnswer } from './suggestion/suggestion-answer.entity.js';
import { SuggestionCoSigner } from './suggestion/suggestion-co-signer.entity.js';
import { SuggestionResolver, suggestionNodes } from './suggestion/suggestion.resolver.js';
import {
  suggestionAttachmentAccess, SuggestionAnswerResolver, SuggestionCoSignerResolver, SuggestionHandlingResolver, suggestionHandlingNodes,
} from './suggestion/suggestion-handling.resolver.js';
import { SuggestionMutationResolver } from './suggestion/suggestion.mutations.js';
import { Comment } from './comment/comment.entity.js';
import { CommentReport } from './comment/comment-report.entity.js';
import { commentNodes, CommentModerationResolver, CommentResolver, NoticeEntryCommentResolver } from './comment/comment.resolver.js';
import { Objection } from './objection/objection.entity.js';
import { objectionNodes, ObjectionResolver } from './objection/objection.resolver.js';
import { objectionAttachmentAccess } from './objection/objection.service.js';
import { nominationObjections } from './objection/objection.gate.js';
import { Vote } from './vote/vote.entity.js';
import { VoteAllowance } from './vote/vote-allowance.entity.js';
import { CampaignVoteResolver, NoticeEntryVoteResolver, VoteResolver } from './vote/vote.resolver.js';
import { IdempotencyKey } from './participation/idempotency-key.entity.js';
import { RateLimitBucket } from '../common/rate-limit-bucket.entity.js';
import { NoticeEntryPublicResolver, noticeNodes, NoticePublicResolver } from './notice/notice.public.resolver.js';
import { nominationNotices } from './notice/notice-listing.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { HonorRevocation } from './revocation/honor-revocation.entity.js';
import { HonorRevocationResolver, RegistryHonorRevocationResolver, revocationNodes } from './revocation/revocation.resolver.js';
import { revokeHeld } from './revocation/revocation.consequences.js';
import { provideHonorRevoker } from './nomination/nomination.revocation.js';
import { openRevocationsOfRecord } from './revocation/revocation.gate.js';
import { provideOpenRevocationCount } from './registry/registry.open-reports.js';
import { DemoClock } from './demo-clock/demo-clock.entity.js';
import { DemoClockResolver } from './demo-clock/demo-clock.resolver.js';
import { GrantRule } from './care/grant-rule.entity.js';
import { GrantApplication } from './care/grant-application.entity.js';
import { AllowanceKind, AllowanceRoll, AllowanceRollLine } from './care/allowance.entity.js';
import { AllowanceRollLineResolver, AllowanceRollResolver, CareResolver, careNodes, GrantApplicationResolver } from './care/care.resolver.js';
import { CarePairing, CarePairingRule } from './care/pairing.entity.js';
import { CareFestival, CareVisit, CareVisitQuota } from './care/visit.entity.js';
import { CarePairingResolver, CareVisitRecordResolver, CareVisitResolver } from './care/visit.resolver.js';
import { HealthCheckBatch, HealthCheckBooking, HealthCheckElsewhere, HealthCheckPackage } from './care/health-check.entity.js';
import { HealthCheckBatchResolver, HealthCheckBookingResolver, HealthCheckResolver } from './care/health-check.resolver.js';
import { RecuperationBatch, RecuperationEnrolment, RecuperationPayRule } from './care/recuperation.entity.js';
import { RecuperationBatchResolver, RecuperationEnrolmentResolver, RecuperationResolver } from './care/recuperation.resolver.js';
import { MyAllowanceLineResolver, MyCareResolver } from './care/my-care.resolver.js';
import { CareBudget, CareCharge } from './care/care-budget.entity.js';
import { HardshipFigure, IncomeStatement } from './care/hardship-figure.entity.js';
import { AllowanceRollStepsResolver, CareBudgetResolver, CareChargeResolver, CareMoneyResolver, IncomeStatementResolver } from './care/care-money.resolver.js';
import { NodeResolver } from '../common/relay/node.resolver.js';
import { provideSessionStarted } from './account/session.service.js';
import { rememberLocale } from './notification/notification.service.js';
import { registerNodes } from '../common/relay/node-registry.js';
import { registerAttachmentAccess } from './attachment/attachment.service.js';
import { provideNominationNotices } from './nomination/nomination.notice-entry.js';
import { provideNominationObjections } from './nomination/nomination.objections.js';
import { FailedJobsResolver } from './jobs/failed-jobs.resolver.js';
import type { JobDefinition } from '../common/jobs/job-queue.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';
import { overdueEscalationJob } from './suggestion/suggestion-escalation.js';
import { unclaimedUploadSweepJob } from './attachment/unclaimed-sweep.js';
import { Notification, NotificationDelivery, NotificationDigestSent, NotificationPreference, NotificationSettings } from './notification/notification.entity.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { notificationDeliveryJob } from './notification/notification-delivery.js';
import { notificationDigestJob } from './notification/notification-digest.js';
import { noticeEndingJob } from './notice/notice-ending.js';
import { suggestionDeadlineReminderJob } from './suggestion/suggestion-deadlines.js';
import { registryYearlyReminderJob } from './registry/registry-yearly-reminder.js';
import { objectionDeadlinesJob } from './objection/objection-deadlines.js';
import { recuperationRotationJob, visitCoverageJob } from './care/care-reminders.js';

export const entities = [
  BaseEntity, Organization, Account, RoleGrant, Session, VerificationCode, SignInGuard, Honor, AuditEntry, CalendarDay,
  ModelWorker, ModelWorkerHonor, ModelWorkerTransfer, ModelWorkerReport, RegistryImport, Attachment,
  Campaign, CampaignQuota, Nomination, DepartmentSignOff, Recusal, Notice, NoticeEntry,
  Studio, StudioMember, StudioProject, StudioResult, StudioCriterion, StudioReview,
  Suggestion, SuggestionAnswer, SuggestionCoSigner,
  Comment, CommentReport, Objection, Vote, VoteAllowance, IdempotencyKey, RateLimitBucket, DemoClock, HonorRevocation,
  GrantRule, GrantApplication, AllowanceKind, AllowanceRoll, AllowanceRollLine,
  CarePairingRule, CarePairing, CareFestival, CareVisitQuota, CareVisit,
  HealthCheckPackage, HealthCheckBatch, HealthCheckBooking, HealthCheckElsewhere, RecuperationPayRule, RecuperationBatch, RecuperationEnrolment,
  Notification, NotificationDelivery, NotificationPreference, NotificationSettings, NotificationDigestSent,
  CareBudget, CareCharge, HardshipFigure, IncomeStatement,
];

export const resolvers = [
  NodeResolver, OrganizationResolver, OrganizationManagementResolver, AccountResolver, RoleGrantResolver, HonorResolver, CalendarResolver,
  ModelWorkerResolver, ModelWorkerHonorResolver, ModelWorkerAccountResolver, PublicProfileResolver, AttachmentResolver, StatisticsResolver,
  RegistryRecordResolver, RegistryHonorResolver, RegistryProgressResolver, ModelWorkerTransferResolver, ModelWorkerReportResolver, RegistryMutationResolver, RegistryImportResolver,
  CampaignResolver, CampaignQuotaResolver, NominationResolver, RecusalResolver, NominationMutations, BatchStructureResolver, NoticePublishingResolver, NominationNoticesResolver,
  StudioResolver, StudioCertificationResolver, StudioListingResolver, ModelWorkerStudioResolver, StudioResultResolver, StudioCriterionResolver, StudioMutationResolver,
  SuggestionResolver, SuggestionHandlingResolver, SuggestionAnswerResolver, SuggestionCoSignerResolver, SuggestionMutationResolver,
  NoticePublicResolver, NoticeEntryPublicResolver, CommentResolver, CommentModerationResolver, NoticeEntryCommentResolver,
  ObjectionResolver, NoticeEntryVoteResolver, CampaignVoteResolver, DemoClockResolver, VoteResolver, HonorRevocationResolver, RegistryHonorRevocationResolver,
  FailedJobsResolver, CareResolver, GrantApplicationResolver, AllowanceRollResolver, AllowanceRollLineResolver,
  CareVisitResolver, CarePairingResolver, CareVisitRecordResolver,
  HealthCheckResolver, HealthCheckBatchResolver, HealthCheckBookingResolver, RecuperationResolver, RecuperationBatchResolver, RecuperationEnrolmentResolver,
  MyCareResolver, MyAllowanceLineResolver,
  NotificationResolver,
  CareMoneyResolver, CareBudgetResolver, CareChargeResolver, IncomeStatementResolver, AllowanceRollStepsResolver,
] as const;

/** Every module's jobs (common/jobs), handed to the queue explicitly by app.ts. */
export const jobDefinitions = (orm: MikroORM, services: Services): JobDefinition<any>[] => [
  overdueEscalationJob(orm, services), unclaimedUploadSweepJob(orm, services), registryImportCheckJob(orm, services), registryImportApplyJob(orm, services),
  notificationDeliveryJob(orm, services), notificationDigestJob(orm, services), noticeEndingJob(orm, services), suggestionDeadlineReminderJob(orm, services),
  registryYearlyReminderJob(orm, services), objectionDeadlinesJob(orm, services), recuperationRotationJob(orm, services), visitCoverageJob(orm, services),
];

registerNodes({
  ...organizationNodes, ...accountNodes, ...honorNodes, ...registryNodes, ...registryStaffNodes, ...attachmentNodes, ...campaignNodes, ...nominationNodes,
  ...noticeNodes, ...commentNodes, ...objectionNodes, ...studioNodes, ...studioPartNodes, ...suggestionNodes, ...suggestionHandlingNodes,
  ...revocationNodes, ...careNodes,
});
registerAttachmentAccess({ ...profileAttachmentAccess, ...nominationAttachmentAccess, ...objectionAttachmentAccess, ...studioAttachmentAccess, ...suggestionAttachmentAccess });
// Nominations come before notices and objections, yet a file's steps ask about both: they answer here.
provideNominationNotices(nominationNotices);
provideNominationObjections(nominationObjections);
// A file's REVOKE ends the honor as a reported revocation does, studio included.
provideHonorRevoker(revokeHeld);
// A record does not change keeper while a revocation report about it is open: revocation answers the registry here.
provideOpenRevocationCount(openRevocationsOfRecord);
// Signing in or registering keeps the language the person reads in, for what is sent to them.
provideSessionStarted(rememberLocale);
