import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Operation, requireMay, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { ModelWorker } from './model-worker.entity.js';
import type { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import type { ModelWorkerReport } from './model-worker-report.entity.js';
import { findLocked } from '../../common/row-lock.js';

/**
 * 分级管理: a record belongs to the scope of its keeper. Every staff read and change of the registry goes
 * through these, so a district never sees another's records and a unit only its own.
 */
export function recordScope(viewer: ViewerState, operation: Operation = Operation.REGISTRY_READ): FilterQuery<ModelWorker> {
  return scopeFilter<ModelWorker>(viewer, operation, (like) => ({ organization: { path: like } }));
}

/** Transfers into or out of the viewer's scope: both sides take part (request at one, accept at the other). */
export function transferScope(viewer: ViewerState): FilterQuery<ModelWorkerTransfer> {
  return scopeFilter<ModelWorkerTransfer>(viewer, Operation.REGISTRY_TRANSFER, (like) => ({ $or: [{ to: { path: like } }, { from: { path: like } }] }));
}

/** Reports sent by keepers in the viewer's scope: a unit's report is in its district's and the city's. */
export function reportScope(viewer: ViewerState): FilterQuery<ModelWorkerReport> {
  return scopeFilter<ModelWorkerReport>(viewer, Operation.REGISTRY_READ, (like) => ({ organization: { path: like } }));
}

/**
 * A record the viewer may read, or null (not found and out of scope look the same). Refused outright to
 * those who may read no record at all, like the list.
 */
export async function readableRecord(em: EntityManager, viewer: ViewerState, globalId: string): Promise<ModelWorker | null> {
  const scope = recordScope(viewer);
  const id = idOf(globalId, 'ModelWorker');
  return id ? em.findOne(ModelWorker, { $and: [{ id }, scope] }) : null;
}

export function recordInScope(em: EntityManager, viewer: ViewerState, id: string): Promise<ModelWorker | null> {
  return em.findOne(ModelWorker, { $and: [{ id }, recordScope(viewer)] });
}

/**
 * The record a mutation changes, locked until the transaction ends so that changes to one record
 * (a confirmation, a transfer, a report) happen one after another.
 */
export async function lockedRecord(em: EntityManager, viewer: ViewerState, globalId: string, operation: Operation): Promise<ModelWorker> {
  viewer.requireAccount();
  const id = idOf(globalId, 'ModelWorker');
  const worker = id ? await findLocked(em, ModelWorker, id, ['organization']) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  requireMay(viewer, operation, worker.organization.getEntity());
  return worker;
}
