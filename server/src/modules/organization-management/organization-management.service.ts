import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organization/organization.entity.js';
import { ALLOWED_PARENTS, OrganizationKind } from '../organization/organization.enums.js';
import { buildOrganization, organizationById } from '../organization/organization.service.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { OrganizationError } from '../../common/errors/catalogue.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Operation, requireMay } from '../account/policy.js';
import type { OrganizationCreateInput, OrganizationUpdateInput } from './organization.inputs.js';

/**
 * Staff changing the tree, where the policy lets them (and with an audit entry); the tree itself
 * (organization/) comes before accounts, which hold their roles at its organizations.
 */
export async function createOrganization(em: EntityManager, viewer: ViewerState, input: OrganizationCreateInput) {
  let parent: Organization | null = null;
  if (input.kind === OrganizationKind.CITY_FEDERATION) {
    requireMay(viewer, Operation.ORGANIZATION_CREATE_TOP_LEVEL);
  } else {
    if (!input.parent) throw new UserInputError(OrganizationError.ParentRequired, ['parent']);
    parent = await organizationById(em, input.parent, ['parent']);
    if (!ALLOWED_PARENTS[input.kind].includes(parent.kind)) throw new UserInputError(OrganizationError.ParentKind, ['parent']);
    requireMay(viewer, Operation.ORGANIZATION_MANAGE, parent);
  }
  if (input.kind === OrganizationKind.GRASSROOTS_UNION && !input.employerKind) {
    throw new UserInputError(OrganizationError.EmployerKindRequired, ['employerKind']);
  }
  const org = buildOrganization(em, parent, {
    name: input.name.trim(), kind: input.kind, shortName: input.shortName ?? null,
    employerKind: input.kind === OrganizationKind.GRASSROOTS_UNION ? input.employerKind : null, contact: input.contact ?? null,
  });
  audit(em, viewer, { subject: org, action: 'organization.create', to: org.name });
  await em.flush();
  return org;
}

export async function updateOrganization(em: EntityManager, viewer: ViewerState, input: OrganizationUpdateInput) {
  const org = await organizationById(em, input.organization, ['organization']);
  requireMay(viewer, Operation.ORGANIZATION_MANAGE, org);
  const before = org.name;
  if (input.name !== undefined) org.name = input.name.trim();
  if (input.shortName !== undefined) org.shortName = input.shortName || null;
  if (input.contact !== undefined) org.contact = input.contact || null;
  if (input.employerKind !== undefined && org.kind === OrganizationKind.GRASSROOTS_UNION) {
    if (!input.employerKind) throw new UserInputError(OrganizationError.EmployerKindRequired, ['employerKind']);
    org.employerKind = input.employerKind;
  }
  audit(em, viewer, { subject: org, action: 'organization.update', from: before, to: org.name });
  await em.flush();
  return org;
}
