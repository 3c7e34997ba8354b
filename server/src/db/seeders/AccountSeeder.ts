import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { AccountKind } from '../../modules/account/account.enums.js';
import { RoleGrant } from '../../modules/account/role-grant.entity.js';
import { Role } from '../../modules/account/role.js';
import { hashPassword } from '../../modules/account/password.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNIT_STAFF } from './demo-accounts.js';

export class AccountSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of [...DEMO_ACCOUNTS, ...DEMO_UNIT_STAFF]) {
      const organization = demo.organization ? await em.findOneOrFail(Organization, { name: demo.organization }) : null;
      const account = em.create(Account, {
        username: demo.username, displayName: demo.displayName, phone: demo.phone, passwordHash,
        kind: [Role.PUBLIC, Role.EMPLOYEE, Role.MODEL_WORKER].includes(demo.role) ? AccountKind.PUBLIC : AccountKind.STAFF,
      });
      em.create(RoleGrant, { account, role: demo.role, organization });
    }
    await em.flush();
  }
}
