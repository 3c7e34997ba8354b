import type { EntityManager } from '@mikro-orm/postgresql';
import { Honor } from './honor.entity.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, HonorError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { HonorCreateInput, HonorUpdateInput } from './honor.inputs.js';
import { Operation, requireMay } from '../account/policy.js';
import { NIL_UUID } from '../../common/queries.js';

async function honorsByIds(em: EntityManager, ids: string[]): Promise<Honor[]> {
  const keys = ids.map((g, i) => {
    const id = idOf(g, 'Honor');
    if (!id) throw new UserInputError(CommonError.NotFound, ['prerequisites', String(i)]);
    return id;
  });
  const found = await em.find(Honor, { id: { $in: keys } });
  keys.forEach((k, i) => {
    if (!found.some((h) => h.id === k)) throw new UserInputError(CommonError.NotFound, ['prerequisites', String(i)]);
  });
  return found;
}

/** Whether `honor` is reachable from `start` through prerequisites (which would close a cycle). */
async function reaches(em: EntityManager, start: Honor[], honor: Honor): Promise<boolean> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const next = queue.shift()!;
    if (next.id === honor.id) return true;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    queue.push(...(await next.prerequisites.load()).getItems());
  }
  return false;
}

export async function createHonor(em: EntityManager, viewer: ViewerState, input: HonorCreateInput) {
  requireMay(viewer, Operation.HONOR_MANAGE);
  if (await em.count(Honor, { code: input.code })) throw new UserInputError(HonorError.CodeTaken, ['code']);
  const prerequisites = await honorsByIds(em, input.prerequisites);
  const honor = em.create(Honor, {
    code: input.code, name: input.name.trim(), level: input.level, recipientKind: input.recipientKind,
    modelWorkerTreatment: input.modelWorkerTreatment, treatmentLevel: input.treatmentLevel ?? null,
    employerKinds: input.employerKinds, description: input.description ?? null,
  });
  honor.prerequisites.set(prerequisites);
  audit(em, viewer, { subject: honor, action: 'honor.create', to: honor.name });
  await em.flush();
  return honor;
}

export async function updateHonor(em: EntityManager, viewer: ViewerState, input: HonorUpdateInput) {
  requireMay(viewer, Operation.HONOR_MANAGE);
  const honor = await em.findOne(Honor, idOf(input.honor, 'Honor') ?? NIL_UUID);
  if (!honor) throw new UserInputError(CommonError.NotFound, ['honor']);
  if (input.prerequisites) {
    const prerequisites = await honorsByIds(em, input.prerequisites);
    if (await reaches(em, prerequisites, honor)) throw new UserInputError(HonorError.PrerequisiteCycle, ['prerequisites']);
    honor.prerequisites.set(prerequisites);
  }
  if (input.name !== undefined) honor.name = input.name.trim();
  if (input.modelWorkerTreatment != null) honor.modelWorkerTreatment = input.modelWorkerTreatment;
  if (input.treatmentLevel !== undefined) honor.treatmentLevel = input.treatmentLevel;
  if (input.employerKinds) honor.employerKinds = input.employerKinds;
  if (input.description !== undefined) honor.description = input.description || null;
  audit(em, viewer, { subject: honor, action: 'honor.update', to: honor.name });
  await em.flush();
  return honor;
}
