import type { EntityManager } from '@mikro-orm/postgresql';
import { GrantApplication } from './grant-application.entity.js';
import { AllowanceRollLine } from './allowance.entity.js';
import { HealthCheckBooking } from './health-check.entity.js';
import { HealthCheckBookingState } from './health-check.enums.js';
import { ownWorker } from './care-places.js';
import { lastRecuperatedOn } from './recuperation.service.js';
import { isRecuperationOverdue } from './recuperation-rules.js';
import { treatmentLevels } from './treatment-level.js';
import { EmploymentStatus, ModelWorkerStatus } from '../registry/registry.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { ViewerState } from '../account/viewer-state.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import type { CareStatus } from './my-care.types.js';

/** 我的关爱: what the signed-in model worker has received and where they stand, from their own record only. */

export async function viewerGrantApplications(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const own = await ownWorker(em, viewer);
  return paginate(em, GrantApplication, own ? { modelWorker: own } : { id: null }, page, { createdAt: 'desc' });
}

export async function viewerAllowanceLines(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const own = await ownWorker(em, viewer);
  return paginate(em, AllowanceRollLine, own ? { modelWorker: own } : { id: null }, page, { year: 'desc', createdAt: 'desc' });
}

/** Their treatment level, whether in post, their last recuperation and whether it is overdue, and this year's check. */
export async function viewerCareStatus(em: EntityManager, viewer: ViewerState, now: Date): Promise<CareStatus | null> {
  const own = await ownWorker(em, viewer);
  if (!own) return null;
  const today = beijingDate(now);
  const level = own.status === ModelWorkerStatus.ACTIVE ? (await treatmentLevels(em, [own.id])).get(own.id) ?? null : null;
  const last = await lastRecuperatedOn(em, own);
  const inPost = own.employmentStatus === EmploymentStatus.IN_POST;
  const check = await em.findOne(HealthCheckBooking, { modelWorker: own, year: Number(today.slice(0, 4)), state: { $ne: HealthCheckBookingState.CANCELLED } });
  return {
    name: own.name, level, inPost, lastRecuperatedOn: last,
    recuperationOverdue: !!level && inPost && isRecuperationOverdue(last, today),
    healthCheckThisYear: check?.state ?? null,
  };
}
