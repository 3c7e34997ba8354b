import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity.js';
import { ALLOWED_PARENTS, OrganizationKind } from './organization.enums.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, OrganizationError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { OrganizationCreateInput, OrganizationUpdateInput } from './organization.inputs.js';
import { Operation, requireMay } from '../account/policy.js';

/** An organization by global id, or a user error on `field` when it is missing. */
export async function organizationById(em: EntityManager, globalId: string | null | undefined, field: string[]): Promise<Organization> {
  const id = globalId ? idOf(globalId, 'Organization') : null;
  const org = id ? await em.findOne(Organization, id) : null;
  if (!org) throw new UserInputError(CommonError.NotFound, field);
  return org;
}

/** Builds an organization in memory (no flush), placing it in the tree; used by the API and the seeders. */
export function buildOrganization(em: EntityManager, parent: Organization | null, data: {
  name: string; kind: OrganizationKind; shortName?: string | null; employerKind?: Organization['employerKind']; contact?: string | null;
}): Organization {
  const org = em.create(Organization, { ...data, parent, path: '' });
  org.path = `${parent?.path ?? '/'}${org.id}/`;
  return org;
}

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
