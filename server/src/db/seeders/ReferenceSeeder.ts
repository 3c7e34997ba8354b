import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CalendarSeeder } from './CalendarSeeder.js';
import { HonorSeeder } from './HonorSeeder.js';

/**
 * Reference data every database needs, production included: the official holiday calendar (notice
 * periods count working days) and the honor catalogue. Loaded at every start; each seeder adds only
 * what is missing, so an administrator's later edits stay.
 */
export class ReferenceSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    return this.call(em, [CalendarSeeder, HonorSeeder]);
  }
}
