import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ReferenceSeeder } from './ReferenceSeeder.js';
import { OrganizationSeeder } from './OrganizationSeeder.js';
import { AccountSeeder } from './AccountSeeder.js';
import { RegistrySeeder } from './RegistrySeeder.js';
import { SuggestionSeeder } from './SuggestionSeeder.js';
import { StudioSeeder } from './StudioSeeder.js';
import { CampaignSeeder } from './CampaignSeeder.js';
import { ParticipationSeeder } from './ParticipationSeeder.js';

/**
 * Demo data that looks like a real city, on top of the reference data: the order matters (accounts
 * need organizations, the registry needs honors). Each feature adds its seeder here once.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if (process.env.NODE_ENV === 'production') throw new Error('Demo data is refused when NODE_ENV=production.');
    return this.call(em, [ReferenceSeeder, OrganizationSeeder, AccountSeeder, RegistrySeeder, StudioSeeder, SuggestionSeeder, CampaignSeeder, ParticipationSeeder]);
  }
}
