import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { UserError } from '../../common/errors/user-error.type.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { toUserErrors } from '../../common/errors/to-user-errors.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { attachmentsOf, type AttachmentAccessRules } from '../attachment/attachment.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import type { Context } from '../../context.js';
import { isStaffOnFile, loadReadable } from './nomination.access.js';
import { personalFiles, staffFiles } from './nomination.queries.js';
import { NoticeStage } from '../campaign/campaign.enums.js';
import { DepartmentSignOff } from './department-sign-off.entity.js';
import { Recusal } from './recusal.entity.js';
import { Nomination } from './nomination.entity.js';
import { NominationAction, NominationState } from './nomination.enums.js';
import { eligibilityProblems } from './nomination.eligibility.js';
import { mayWithdrawConsent } from './nomination.consent.js';
import { mayEdit, mayRecuse, nominationActionOptions, viewerActions } from './nomination.workflow.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import { workbenchQueues } from './nomination.workbench.js';
import { NominationActionOption, NominationConnection, NominationTimelineStep, WorkbenchQueue } from './nomination.types.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { historyPage } from '../audit/audit.service.js';
import { UserInputErrors } from '../../common/errors/user-input-error.js';
import { NIL_UUID } from '../../common/queries.js';

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const nominationNodes: NodeLoaders = {
  Nomination: (ctx, id) => loadReadable(ctx.em, ctx.viewer, id),
};

/** Who may download the attachments of this module's objects (registered by modules/index.ts). */
export const nominationAttachmentAccess: AttachmentAccessRules = {
  Nomination: async (em, viewer, id) => Boolean(await loadReadable(em as never, viewer, id)),
  DepartmentSignOff: async (em, viewer, id) => {
    const signOff = await em.findOne(DepartmentSignOff, id);
    return Boolean(signOff && await loadReadable(em as never, viewer, signOff.nomination.id));
  },
};

/** Candidate files: staff in scope, the employee who proposed them and the candidate; never the public. */
@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => Nomination, { nullable: true })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loadReadable(ctx.em, ctx.viewer, idOf(id, 'Nomination'));
  }

  @Query(() => NominationConnection, { description: 'Files the viewer works on as staff, oldest first.' })
  nominations(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('campaign', () => ID, { nullable: true }) campaign?: string,
    @Arg('states', () => [NominationState], { nullable: true }) states?: NominationState[],
    @Arg('organization', () => ID, { nullable: true }) organization?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('readyForNotice', () => NoticeStage, { nullable: true, description: 'Only files a notice of this stage may list now (by the transition table).' })
    noticeStage?: NoticeStage,
  ) {
    return staffFiles(ctx.em, ctx.viewer, page, { campaign, states, organization, search, readyForNotice: noticeStage });
  }

  @Query(() => NominationConnection, { description: 'Files the viewer proposed (proposals, self-nominations) or that name them as candidate, newest first.' })
  myNominations(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return personalFiles(ctx.em, ctx.viewer, page);
  }

  @Query(() => [WorkbenchQueue], { description: 'Per step, the files waiting for the viewer’s level (from the transition table).' })
  workbenchQueues(@Arg('campaign', () => ID) campaign: string, @Ctx() ctx: Context) {
    ctx.viewer.requireAccount();
    return workbenchQueues(ctx.em, ctx.viewer, idOf(campaign, 'Campaign') ?? NIL_UUID);
  }

  @FieldResolver(() => [UserError], { description: 'Why the file would not be accepted now (recipient kind, title, prerequisites, quota).' })
  async eligibilityProblems(@Root() nomination: Nomination, @Ctx() ctx: Context): Promise<UserError[]> {
    return toUserErrors(new UserInputErrors(await eligibilityProblems(ctx.em, nomination)), ctx.locale) ?? [];
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() n: Nomination) { return n.campaign.loadOrFail(); }

  @FieldResolver(() => Honor)
  honor(@Root() n: Nomination) { return n.honor.loadOrFail(); }

  @FieldResolver(() => Organization, { description: "The candidate's grassroots union." })
  unit(@Root() n: Nomination) { return n.unit.loadOrFail(); }

  @FieldResolver(() => [Honor], { description: 'Honors the candidate declares already held.' })
  async honorsHeld(@Root() n: Nomination) { return (await n.honorsHeld.load()).getItems(); }

  @FieldResolver(() => String)
  async proposerName(@Root() n: Nomination) { return (await n.proposer.loadOrFail()).displayName; }

  @FieldResolver(() => [Attachment])
  attachments(@Root() n: Nomination, @Ctx() ctx: Context) { return attachmentsOf(ctx.em, { type: 'Nomination', id: n.id }); }

  @FieldResolver(() => [DepartmentSignOff])
  signOffs(@Root() n: Nomination, @Ctx() ctx: Context) { return ctx.em.find(DepartmentSignOff, { nomination: n }, { orderBy: { department: 'asc' } }); }

  @FieldResolver(() => [Recusal])
  recusals(@Root() n: Nomination, @Ctx() ctx: Context) {
    return isStaffOnFile(ctx.viewer, n) ? ctx.em.find(Recusal, { nomination: n }, { orderBy: { createdAt: 'asc' } }) : [];
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every transition (who, when, from, to, why); staff on the file only.' })
  history(@Root() n: Nomination, @Args() page: PageArgs, @Ctx() ctx: Context) {
    if (!isStaffOnFile(ctx.viewer, n)) throw new AccessError(AuthError.Forbidden);
    return historyPage(ctx.em, n, page);
  }

  @FieldResolver(() => [NominationTimelineStep], { description: 'The steps reached and when (no names, no reasons).' })
  async timeline(@Root() n: Nomination, @Ctx() ctx: Context): Promise<NominationTimelineStep[]> {
    const lines = await ctx.em.find(AuditEntry, { subjectType: 'Nomination', subjectId: n.id, toState: { $ne: null } }, { orderBy: { at: 'asc', id: 'asc' } });
    return lines.filter((l, i) => i === 0 || l.toState !== lines[i - 1].toState).map((l) => ({ state: l.toState as NominationState, at: l.at }));
  }

  @FieldResolver(() => [NominationAction], { description: 'What the viewer may do now, from the transition table (conditions are checked when acting).' })
  viewerActions(@Root() n: Nomination, @Ctx() ctx: Context) { return viewerActions(ctx.em, ctx.viewer, n); }

  @FieldResolver(() => [NominationActionOption], { description: 'The same steps, each with whether it needs a reason and every condition that already fails.' })
  async viewerActionOptions(@Root() n: Nomination, @Ctx() ctx: Context) {
    return presentOptions(await nominationActionOptions(ctx.em, ctx.viewer, n, ctx.services.clock.now()), ctx.locale);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() n: Nomination, @Ctx() ctx: Context) { return mayEdit(ctx.viewer, n); }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may withdraw the candidate's consent to publication now." })
  viewerCanWithdrawConsent(@Root() n: Nomination, @Ctx() ctx: Context) { return mayWithdrawConsent(ctx.viewer, n); }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer reviews this file and may declare a conflict of interest.' })
  viewerCanRecuse(@Root() n: Nomination, @Ctx() ctx: Context) { return mayRecuse(ctx.em, ctx.viewer, n); }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may see the whole ID number (staff on the file; each view is logged).' })
  viewerCanRevealIdNumber(@Root() n: Nomination, @Ctx() ctx: Context) { return !!n.idNumberSealed && isStaffOnFile(ctx.viewer, n); }
}

@Resolver(() => Recusal)
export class RecusalResolver {
  @FieldResolver(() => String)
  async reviewerName(@Root() r: Recusal) { return (await r.reviewer.loadOrFail()).displayName; }
}
