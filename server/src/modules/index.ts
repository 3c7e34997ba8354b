/**
 * The feature modules: each lists its entities and resolvers here once, and the ORM, the schema and
 * the tests all read this list.
 */
import { BaseEntity } from '../common/base.entity.js';
import { Organization } from './organization/organization.entity.js';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { Account } from './account/account.entity.js';
import { RoleGrant } from './account/role-grant.entity.js';
import { Session } from './account/session.entity.js';
import { VerificationCode } from './account/verification-code.entity.js';
import { LoginFailure } from './account/login-failure.entity.js';
import { AccountResolver, RoleGrantResolver } from './account/account.resolver.js';
import { Honor } from './honor/honor.entity.js';
import { HonorResolver } from './honor/honor.resolver.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { CalendarDay } from './calendar/calendar-day.entity.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { ModelWorker } from './registry/model-worker.entity.js';
import { ModelWorkerHonor } from './registry/model-worker-honor.entity.js';
import { ModelWorkerHonorResolver, ModelWorkerResolver } from './registry/registry.resolver.js';
import { Attachment } from './attachment/attachment.entity.js';
import { AttachmentResolver } from './attachment/attachment.resolver.js';
import { Suggestion } from './suggestion/suggestion.entity.js';
import { SuggestionAnswer } from './suggestion/suggestion-answer.entity.js';
import { SuggestionCoSigner } from './suggestion/suggestion-co-signer.entity.js';
import { SuggestionResolver } from './suggestion/suggestion.resolver.js';
import { SuggestionAnswerResolver, SuggestionCoSignerResolver, SuggestionHandlingResolver } from './suggestion/suggestion-handling.resolver.js';
import { SuggestionMutationResolver } from './suggestion/suggestion.mutations.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { NodeResolver } from '../common/relay/node.resolver.js';

export const entities = [
  BaseEntity, Organization, Account, RoleGrant, Session, VerificationCode, LoginFailure, Honor, AuditEntry, CalendarDay,
  ModelWorker, ModelWorkerHonor, Attachment,
  Suggestion, SuggestionAnswer, SuggestionCoSigner,
];

export const resolvers = [
  NodeResolver, OrganizationResolver, AccountResolver, RoleGrantResolver, HonorResolver, CalendarResolver,
  ModelWorkerResolver, ModelWorkerHonorResolver, AttachmentResolver, StatisticsResolver,
  SuggestionResolver, SuggestionHandlingResolver, SuggestionAnswerResolver, SuggestionCoSignerResolver, SuggestionMutationResolver,
] as const;
