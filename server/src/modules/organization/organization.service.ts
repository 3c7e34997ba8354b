import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity.js';
import type { OrganizationKind } from './organization.enums.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';

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
