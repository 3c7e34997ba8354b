import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/relay/connection.js';
import { openOrNull } from '../../common/sealed-text.js';
import { historyPage } from '../audit/audit.service.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { Honor } from '../honor/honor.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { Context } from '../../context.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { may, Operation } from '../account/policy.js';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { ModelWorkerReport } from './model-worker-report.entity.js';
import { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import { EmploymentStatus, ModelWorkerCategory, ModelWorkerStatus, RegistryReportKind, TransferState } from './registry.enums.js';
import {
  ModelWorkerReportConnection, ModelWorkerTransferConnection, RegistryHonor, RegistryProgress, RegistryProgressRowConnection, RegistryRecord, RegistryRecordConnection,
} from './registry.types.js';
import { readableRecord, recordInScope, reportScope, transferScope } from './registry.access.js';
import { progressKeepers, recordHonors, recordTransfers, registryProgress, registryRecords, registryReports, registryTransfers } from './registry.queries.js';

/** Transfers and reports by `node(id:)`, by the same scopes as their lists. */
export const registryStaffNodes: NodeLoaders = {
  ModelWorkerTransfer: async (ctx, id) => (may(ctx.viewer, Operation.REGISTRY_TRANSFER) ? ctx.em.findOne(ModelWorkerTransfer, { $and: [{ id }, transferScope(ctx.viewer)] }) : null),
  ModelWorkerReport: async (ctx, id) => (may(ctx.viewer, Operation.REGISTRY_READ) ? ctx.em.findOne(ModelWorkerReport, { $and: [{ id }, reportScope(ctx.viewer)] }) : null),
};

/** The staff registry: lists and the record, every one in the viewer's scope (registry.access.ts). */
@Resolver(() => RegistryRecord)
export class RegistryRecordResolver {
  @Query(() => RegistryRecordConnection, { description: 'Union staff: the registry records they keep or oversee, by name.' })
  registryRecords(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Name or employer; a whole ID number finds its record.' }) search?: string,
    @Arg('level', () => HonorLevel, { nullable: true, description: 'Holds an honor of this level (not revoked).' }) level?: HonorLevel,
    @Arg('category', () => ModelWorkerCategory, { nullable: true }) category?: ModelWorkerCategory,
    @Arg('employmentStatus', () => EmploymentStatus, { nullable: true }) employmentStatus?: EmploymentStatus,
    @Arg('status', () => ModelWorkerStatus, { nullable: true }) status?: ModelWorkerStatus,
    @Arg('pendingThisYear', () => Boolean, { nullable: true, description: 'true: not yet confirmed this year; false: confirmed.' }) pendingThisYear?: boolean,
    @Arg('organization', () => ID, { nullable: true, description: 'Only records kept at or below this organization.' }) organization?: string,
  ) {
    return registryRecords(ctx.em, ctx.viewer, ctx.services.clock.now(), { search, level, category, employmentStatus, status, pendingThisYear, organization }, page);
  }

  @Query(() => RegistryRecord, { nullable: true, description: 'A registry record in the viewer’s scope (ModelWorker id).' })
  registryRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readableRecord(ctx.em, ctx.viewer, id);
  }

  @Query(() => RegistryProgress, { description: 'The yearly update under an organization in scope (this Beijing year unless given).' })
  registryProgress(@Arg('organization', () => ID) organization: string, @Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return registryProgress(ctx.em, ctx.viewer, organization, year ?? Number(beijingDate(ctx.services.clock.now()).slice(0, 4)));
  }

  @Query(() => ModelWorkerReportConnection, { description: 'Deaths and serious violations reported in the viewer’s scope, newest first.' })
  registryReports(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('kind', () => RegistryReportKind, { nullable: true }) kind?: RegistryReportKind) {
    return registryReports(ctx.em, ctx.viewer, kind, page);
  }

  @Query(() => ModelWorkerTransferConnection, { description: 'Transfers into or out of the viewer’s scope, open ones first.' })
  registryTransfers(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('state', () => TransferState, { nullable: true }) state?: TransferState) {
    return registryTransfers(ctx.em, ctx.viewer, state, page);
  }

  @FieldResolver(() => Organization, { description: 'The keeper (分级管理).' })
  keeper(@Root() worker: ModelWorker) {
    return worker.organization.load();
  }

  @FieldResolver(() => String, { nullable: true, description: 'Health (stored encrypted).' })
  health(@Root() worker: ModelWorker) {
    return openOrNull(worker.healthSealed);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Family hardship (stored encrypted).' })
  familyHardship(@Root() worker: ModelWorker) {
    return openOrNull(worker.familyHardshipSealed);
  }

  @FieldResolver(() => [RegistryHonor], { description: 'Every honor held, revoked ones included, newest first.' })
  honors(@Root() worker: ModelWorker, @Ctx() ctx: Context) {
    return recordHonors(ctx.em, worker);
  }

  @FieldResolver(() => [ModelWorkerTransfer], { description: 'Transfers of this record, newest first.' })
  transfers(@Root() worker: ModelWorker, @Ctx() ctx: Context) {
    return recordTransfers(ctx.em, worker);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every change, confirmation, transfer, report and view of the ID number, oldest first.' })
  history(@Root() worker: ModelWorker, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return historyPage(ctx.em, worker, page);
  }
}

/** The keepers of a yearly update, a page at a time (a city has thousands). */
@Resolver(() => RegistryProgress)
export class RegistryProgressResolver {
  @FieldResolver(() => RegistryProgressRowConnection, { description: 'Keeper by keeper, the least done first.' })
  keepers(
    @Root() progress: RegistryProgress, @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('pendingOnly', () => Boolean, { nullable: true, description: 'Only keepers with records not yet confirmed.' }) pendingOnly?: boolean,
  ) {
    return progressKeepers(ctx.em, progress, page, pendingOnly ?? false);
  }
}

@Resolver(() => RegistryHonor)
export class RegistryHonorResolver {
  @FieldResolver(() => ID, { description: 'The honor held (a ModelWorkerHonor), as honorRevocationReport names it.' })
  id(@Root() held: ModelWorkerHonor) {
    return held.nodeId;
  }

  @FieldResolver(() => Honor)
  honor(@Root() held: ModelWorkerHonor) {
    return held.honor.load();
  }

  @FieldResolver(() => String, { nullable: true, description: 'The conferring body: an organization of laomo, or as recorded.' })
  async conferredBy(@Root() held: ModelWorkerHonor) {
    return (await held.conferredBy?.load())?.name ?? held.conferredByName ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Carries model-worker treatment (享受劳模待遇), unless revoked.' })
  async modelWorkerTreatment(@Root() held: ModelWorkerHonor) {
    return !held.revokedAt && (await held.honor.loadOrFail()).modelWorkerTreatment;
  }
}

@Resolver(() => ModelWorkerTransfer)
export class ModelWorkerTransferResolver {
  @FieldResolver(() => String, { description: 'Whose record it is.' })
  async name(@Root() transfer: ModelWorkerTransfer) {
    return (await transfer.modelWorker.loadOrFail()).name;
  }

  @FieldResolver(() => RegistryRecord, { nullable: true, description: 'The record, when the viewer may read it where it is kept now.' })
  record(@Root() transfer: ModelWorkerTransfer, @Ctx() ctx: Context) {
    return recordInScope(ctx.em, ctx.viewer, transfer.modelWorker.id);
  }

  @FieldResolver(() => Organization)
  from(@Root() transfer: ModelWorkerTransfer) {
    return transfer.from.load();
  }

  @FieldResolver(() => Organization)
  to(@Root() transfer: ModelWorkerTransfer) {
    return transfer.to.load();
  }

  @FieldResolver(() => Date)
  requestedAt(@Root() transfer: ModelWorkerTransfer) {
    return transfer.createdAt;
  }
}

@Resolver(() => ModelWorkerReport)
export class ModelWorkerReportResolver {
  @FieldResolver(() => String, { description: 'Whose record it is.' })
  async name(@Root() report: ModelWorkerReport) {
    return (await report.modelWorker.loadOrFail()).name;
  }

  @FieldResolver(() => RegistryRecord, { nullable: true, description: 'The record, when the viewer may read it where it is kept now.' })
  record(@Root() report: ModelWorkerReport, @Ctx() ctx: Context) {
    return recordInScope(ctx.em, ctx.viewer, report.modelWorker.id);
  }

  @FieldResolver(() => Organization, { description: 'The keeper that reported it.' })
  organization(@Root() report: ModelWorkerReport) {
    return report.organization.load();
  }

  @FieldResolver(() => Date)
  reportedAt(@Root() report: ModelWorkerReport) {
    return report.createdAt;
  }
}
