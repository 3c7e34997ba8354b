import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { audit } from '../audit/audit.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Studio } from './studio.entity.js';
import { StudioMember, StudioProject, StudioResult } from './studio-parts.entity.js';
import { StudioStatus } from './studio.enums.js';
import { StudioError } from '../../common/errors/catalogue.js';
import { keptPart, requireStudioKeeper, studioById } from './studio.access.js';
import { lockRow } from '../../common/row-lock.js';
import type {
  StudioCreateInput, StudioMemberAddInput, StudioProjectAddInput, StudioProjectUpdateInput, StudioResultAddInput, StudioUpdateInput,
} from './studio.inputs.js';

/** The district, industry or bureau union of an organization path (`/city/district/…/`), if any. */
export function districtIdOf(path: string): string | null {
  return path.split('/').filter(Boolean)[1] ?? null;
}

function checkPeriod(startsOn: string, endsOn: string | null | undefined): void {
  if (endsOn && endsOn < startsOn) throw new UserInputError(StudioError.DateOrder, ['endsOn']);
}

function notInFuture(date: string, now: Date, field: string): void {
  if (date > beijingDate(now)) throw new UserInputError(StudioError.FutureDate, [field]);
}

/** A model worker applies for their own studio; the studio belongs to their employer's union. */
export async function createStudio(em: EntityManager, viewer: ViewerState, now: Date, input: StudioCreateInput): Promise<Studio> {
  const account = viewer.requireAccount();
  const leader = await em.findOne(ModelWorker, { account, status: ModelWorkerStatus.ACTIVE }, { populate: ['organization'] });
  if (!leader) throw new UserInputError(StudioError.NotALeader);
  // The leader's record is locked, so two applications sent at once (a double click) take turns and the second
  // finds the first, instead of meeting the one-live-studio index as an internal error.
  await lockRow(em, ModelWorker, leader.id);
  if (await em.count(Studio, { leader, status: { $ne: StudioStatus.REVOKED } })) throw new UserInputError(StudioError.AlreadyLeads);
  notInFuture(input.foundedOn, now, 'foundedOn');
  const organization = leader.organization.getEntity();
  const district = districtIdOf(organization.path);
  const studio = em.create(Studio, {
    ...input, name: input.name.trim(), leader, organization, district: district ? em.getReference(Organization, district) : null,
  });
  audit(em, viewer, { subject: studio, action: 'studio.create', to: StudioStatus.DRAFT, at: now });
  await em.flush();
  return studio;
}

export async function updateStudio(em: EntityManager, viewer: ViewerState, now: Date, input: StudioUpdateInput): Promise<Studio> {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await requireStudioKeeper(viewer, studio);
  const { studio: _id, level, industry, field, ...text } = input;
  if (level && level !== studio.level) {
    if (studio.status !== StudioStatus.DRAFT) throw new UserInputError(StudioError.NotEditable, ['level']);
    studio.level = level;
  }
  if (text.foundedOn) notInFuture(text.foundedOn, now, 'foundedOn');
  if (industry) studio.industry = industry;
  if (field) studio.field = field;
  for (const [key, value] of Object.entries(text)) if (value !== undefined && value !== null) Object.assign(studio, { [key]: value });
  audit(em, viewer, { subject: studio, action: 'studio.update', at: now, data: { fields: Object.keys(input).filter((k) => k !== 'studio') } });
  await em.flush();
  return studio;
}

export async function addMember(em: EntityManager, viewer: ViewerState, input: StudioMemberAddInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await requireStudioKeeper(viewer, studio);
  const member = em.create(StudioMember, {
    studio, name: input.name.trim(), role: input.role.trim(), post: input.post?.trim() || null, phone: input.phone || null,
  });
  await em.flush();
  return { member, studio };
}

export async function removeMember(em: EntityManager, viewer: ViewerState, memberId: string) {
  const { part, studio } = await keptPart(em, viewer, StudioMember, memberId, ['member']);
  em.remove(part);
  await em.flush();
  return studio;
}

export async function addProject(em: EntityManager, viewer: ViewerState, input: StudioProjectAddInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await requireStudioKeeper(viewer, studio);
  checkPeriod(input.startsOn, input.endsOn);
  const project = em.create(StudioProject, {
    studio, title: input.title.trim(), goal: input.goal.trim(), status: input.status, startsOn: input.startsOn, endsOn: input.endsOn || null,
  });
  await em.flush();
  return { project, studio };
}

export async function updateProject(em: EntityManager, viewer: ViewerState, input: StudioProjectUpdateInput) {
  const { part: project, studio } = await keptPart(em, viewer, StudioProject, input.project, ['project']);
  if (input.title) project.title = input.title.trim();
  if (input.goal) project.goal = input.goal.trim();
  if (input.status) project.status = input.status;
  if (input.startsOn) project.startsOn = input.startsOn;
  if (input.endsOn !== undefined) project.endsOn = input.endsOn || null;
  checkPeriod(project.startsOn, project.endsOn);
  await em.flush();
  return { project, studio };
}

export async function addResult(em: EntityManager, viewer: ViewerState, now: Date, input: StudioResultAddInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await requireStudioKeeper(viewer, studio);
  notInFuture(input.achievedOn, now, 'achievedOn');
  const result = em.create(StudioResult, {
    studio, title: input.title.trim(), kind: input.kind, achievedOn: input.achievedOn, benefit: input.benefit.trim(), valueYuan: input.valueYuan ?? null,
  });
  audit(em, viewer, { subject: studio, action: 'studio.result_add', to: result.title, at: now });
  await em.flush();
  return { result, studio };
}

export async function removeResult(em: EntityManager, viewer: ViewerState, now: Date, resultId: string) {
  const { part, studio } = await keptPart(em, viewer, StudioResult, resultId, ['result']);
  audit(em, viewer, { subject: studio, action: 'studio.result_remove', from: part.title, at: now });
  em.remove(part);
  await em.flush();
  return studio;
}
