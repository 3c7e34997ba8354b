import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { OrganizationKind } from '../../modules/organization/organization.enums.js';
import { buildOrganization } from '../../modules/organization/organization.service.js';
import { CITY, DEPARTMENTS, DISTRICTS, SYSTEM_UNIONS, UNITS } from './demo-organizations.js';
import type { Organization } from '../../modules/organization/organization.entity.js';

export class OrganizationSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const city = buildOrganization(em, null, { ...CITY, kind: OrganizationKind.CITY_FEDERATION });
    const byName = new Map<string, Organization>();
    for (const d of DISTRICTS) {
      byName.set(d, buildOrganization(em, city, {
        name: `${d}总工会`, shortName: d, kind: OrganizationKind.DISTRICT_UNION, contact: `${d}总工会组织部（示例）`,
      }));
    }
    for (const s of SYSTEM_UNIONS) byName.set(s.name, buildOrganization(em, city, { name: s.name, kind: s.kind }));
    for (const u of UNITS) {
      buildOrganization(em, byName.get(u.parent)!, { name: u.name, kind: OrganizationKind.GRASSROOTS_UNION, employerKind: u.employerKind });
    }
    for (const name of DEPARTMENTS) buildOrganization(em, city, { name, kind: OrganizationKind.DEPARTMENT });
    await em.flush();
  }
}
