import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessError, UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { CommonError, AuthError, NominationError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { givenFields } from '../../common/update-input.js';
import { audit } from '../audit/audit.service.js';
import { Role } from '../account/role.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { EmployerKind, OrganizationKind } from '../organization/organization.enums.js';
import { claimAttachments } from '../attachment/attachment.service.js';
import { findCampaign, mayReadCampaign } from '../campaign/campaign.service.js';
import { may, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { findNomination } from './nomination.access.js';
import { Nomination } from './nomination.entity.js';
import { NominationSource } from './nomination.enums.js';
import { mayEdit } from './nomination.workflow.js';
import type { NominationCreateInput, NominationUpdateInput } from './nomination.inputs.js';
import { NIL_UUID } from '../../common/queries.js';
import { sealedIdNumber } from '../registry/registry.service.js';
import { openOrNull } from '../../common/sealed-text.js';
import { isStaffOnFile } from './nomination.access.js';

async function candidateUnit(em: EntityManager, viewer: ViewerState, globalId: string | undefined): Promise<Organization> {
  const employeeUnit = viewer.grants.find((g) => g.role === Role.EMPLOYEE && g.organizationId)?.organizationId;
  const id = globalId ? idOf(globalId, 'Organization') : employeeUnit;
  const unit = await em.findOne(Organization, id ?? NIL_UUID);
  if (!unit || unit.kind !== OrganizationKind.GRASSROOTS_UNION) throw new UserInputError(NominationError.UnitRequired, ['unit']);
  return unit;
}

/** Unit staff nominate (a social organization's union as 社会组织推荐); an employee of the unit proposes or nominates themself. */
function sourceOf(viewer: ViewerState, unit: Organization, self: boolean): NominationSource {
  if (may(viewer, Operation.NOMINATION_UNIT_STEP, unit)) {
    return unit.employerKind === EmployerKind.SOCIAL_ORGANIZATION ? NominationSource.SOCIAL_ORGANIZATION : NominationSource.UNIT;
  }
  if (viewer.grants.some((g) => g.role === Role.EMPLOYEE && g.organizationId === unit.id)) return self ? NominationSource.SELF : NominationSource.EMPLOYEE;
  throw new AccessError(AuthError.Forbidden);
}

/** What a save may carry: creation gives the whole file, a correction only what it names. */
type FileChange = Omit<NominationUpdateInput, 'nomination' | 'consentToPublish'>;

const PLAIN_FIELDS = ['recipientKind', 'employerName', 'post', 'publicSummary', 'deeds', 'frontLine', 'technical', 'grassroots',
  'enterpriseHead', 'cadre', 'youth', 'minority', 'nonParty'] as const;
/** Personal fields that may be empty: an empty or null value clears them. */
const CLEARABLE_FIELDS = ['phone', 'birthDate', 'ethnicity', 'politicalStatus'] as const;

/** Applies the fields the change names (absent = unchanged); returns their names for the history. */
async function applyFile(em: EntityManager, viewer: ViewerState, nomination: Nomination, input: FileChange): Promise<string[]> {
  if (input.honor !== undefined) {
    const honor = await em.findOne(Honor, idOf(input.honor, 'Honor') ?? NIL_UUID);
    if (!honor) throw new UserInputError(CommonError.NotFound, ['honor']);
    nomination.honor = ref(honor);
  }
  if (input.honorsHeld) {
    const heldIds = input.honorsHeld.map((g) => idOf(g, 'Honor') ?? NIL_UUID);
    const held = await em.find(Honor, { id: { $in: heldIds } });
    if (held.length !== new Set(heldIds).size) throw new UserInputError(CommonError.NotFound, ['honorsHeld']);
    nomination.honorsHeld.set(held);
  }
  Object.assign(nomination, givenFields(input, PLAIN_FIELDS));
  if (input.candidateName !== undefined) nomination.candidateName = input.candidateName.trim();
  if (input.gender !== undefined) nomination.gender = input.gender;
  for (const [key, value] of Object.entries(givenFields(input, CLEARABLE_FIELDS))) Object.assign(nomination, { [key]: value?.trim() || null });
  // The ID number is kept sealed, with its blind index and masked form (PIPL); null or empty clears it.
  if (input.idNumber !== undefined) Object.assign(nomination, sealedIdNumber(input.idNumber));
  if (input.attachments) await claimAttachments(em, viewer, input.attachments, ['attachments'], { type: 'Nomination', id: nomination.id });
  return Object.keys(input).filter((key) => (input as Record<string, unknown>)[key] !== undefined);
}

export async function createNomination(em: EntityManager, viewer: ViewerState, now: Date, input: NominationCreateInput): Promise<Nomination> {
  const account = viewer.requireAccount();
  const campaign = await findCampaign(em, input.campaign, ['campaign']);
  if (!mayReadCampaign(viewer, campaign)) throw new UserInputError(CommonError.NotFound, ['campaign']);
  const unit = await candidateUnit(em, viewer, input.unit);
  const source = sourceOf(viewer, unit, input.self);
  const nomination = em.create(Nomination, {
    campaign, unit, source, proposer: account, honor: idOf(input.honor, 'Honor') ?? NIL_UUID, recipientKind: input.recipientKind,
    candidateName: input.candidateName, employerName: input.employerName, post: input.post, publicSummary: input.publicSummary, deeds: input.deeds,
  });
  await applyFile(em, viewer, nomination, input);
  nomination.consentToPublish = input.consentToPublish;
  audit(em, viewer, { subject: nomination, action: 'nomination.create', to: nomination.state, data: { source }, at: now });
  await em.flush();
  return nomination;
}

export async function updateNomination(em: EntityManager, viewer: ViewerState, now: Date, input: NominationUpdateInput): Promise<Nomination> {
  const nomination = await findNomination(em, viewer, input.nomination);
  if (!mayEdit(viewer, nomination)) throw new UserInputErrors([new UserInputError(NominationError.NotEditable, ['nomination'])]);
  const { nomination: _id, consentToPublish, ...change } = input;
  if (consentToPublish === false && nomination.consentToPublish) throw new UserInputError(NominationError.ConsentWithdrawnByEdit, ['consentToPublish']);
  const fields = await applyFile(em, viewer, nomination, change);
  if (consentToPublish) {
    nomination.consentToPublish = true;
    fields.push('consentToPublish');
  }
  audit(em, viewer, { subject: nomination, action: 'nomination.edit', from: nomination.state, to: nomination.state, data: { fields }, at: now });
  await em.flush();
  return nomination;
}

/** The candidate's whole ID number, to staff on the file only; each view is written to the file's history (PIPL). */
export async function revealNominationIdNumber(em: EntityManager, viewer: ViewerState, now: Date, globalId: string): Promise<string | null> {
  viewer.requireAccount();
  const nomination = await findNomination(em, viewer, globalId);
  if (!isStaffOnFile(viewer, nomination)) throw new AccessError(AuthError.Forbidden);
  audit(em, viewer, { subject: nomination, action: 'nomination.id_number_viewed', at: now });
  await em.flush();
  return openOrNull(nomination.idNumberSealed);
}
