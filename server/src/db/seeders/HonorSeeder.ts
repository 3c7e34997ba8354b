import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Honor } from '../../modules/honor/honor.entity.js';
import { HonorLevel, RecipientKind } from '../../modules/honor/honor.enums.js';
import { EmployerKind as E } from '../../modules/organization/organization.enums.js';

const ENTERPRISE_KINDS = [E.ENTERPRISE, E.NON_PUBLIC_ENTERPRISE, E.FARMERS_COOPERATIVE, E.SOCIAL_ORGANIZATION];
const AGENCY_KINDS = [E.GOVERNMENT_AGENCY, E.PUBLIC_INSTITUTION];
const { NATIONAL, PROVINCIAL, DISTRICT } = HonorLevel;
const { INDIVIDUAL, COLLECTIVE, TEAM } = RecipientKind;

/**
 * The honor catalogue of DOMAIN.md (seed 001): 劳动模范 for enterprise employees and farmers,
 * 先进工作者 for agencies and public institutions, medals, awards and pioneer titles, with treatment
 * and prerequisites (a candidate needs any one of them).
 */
const CATALOGUE: {
  code: string; name: string; level: HonorLevel; recipientKind: RecipientKind; modelWorkerTreatment: boolean;
  treatmentLevel?: HonorLevel; employerKinds?: E[]; prerequisites?: string[]; description?: string;
}[] = [
  { code: 'DISTRICT_LABOR_MEDAL', name: '区级劳动奖章', level: DISTRICT, recipientKind: INDIVIDUAL, modelWorkerTreatment: false },
  { code: 'DISTRICT_MODEL_WORKER', name: '区级劳动模范', level: DISTRICT, recipientKind: INDIVIDUAL, modelWorkerTreatment: false, employerKinds: ENTERPRISE_KINDS },
  { code: 'CAPITAL_LABOR_MEDAL', name: '首都劳动奖章', level: PROVINCIAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: false, prerequisites: ['DISTRICT_LABOR_MEDAL'], description: '申报首都劳动奖章须已获得区级劳动奖章。' },
  { code: 'CAPITAL_LABOR_AWARD', name: '首都劳动奖状', level: PROVINCIAL, recipientKind: COLLECTIVE, modelWorkerTreatment: false },
  { code: 'CAPITAL_WORKER_PIONEER', name: '首都工人先锋号', level: PROVINCIAL, recipientKind: TEAM, modelWorkerTreatment: false },
  { code: 'BJ_MODEL_WORKER', name: '北京市劳动模范', level: PROVINCIAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: true, treatmentLevel: PROVINCIAL, employerKinds: ENTERPRISE_KINDS },
  { code: 'BJ_ADVANCED_WORKER', name: '北京市先进工作者', level: PROVINCIAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: true, treatmentLevel: PROVINCIAL, employerKinds: AGENCY_KINDS },
  { code: 'NATIONAL_MODEL_WORKER', name: '全国劳动模范', level: NATIONAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: true, treatmentLevel: NATIONAL, employerKinds: ENTERPRISE_KINDS },
  { code: 'NATIONAL_ADVANCED_WORKER', name: '全国先进工作者', level: NATIONAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: true, treatmentLevel: NATIONAL, employerKinds: AGENCY_KINDS },
  { code: 'NATIONAL_MAY1_MEDAL', name: '全国五一劳动奖章', level: NATIONAL, recipientKind: INDIVIDUAL, modelWorkerTreatment: true, treatmentLevel: PROVINCIAL, prerequisites: ['CAPITAL_LABOR_MEDAL', 'BJ_MODEL_WORKER', 'BJ_ADVANCED_WORKER'], description: '在京享受省部级劳模待遇；须已获首都劳动奖章或本系统市级荣誉。' },
  { code: 'NATIONAL_MAY1_AWARD', name: '全国五一劳动奖状', level: NATIONAL, recipientKind: COLLECTIVE, modelWorkerTreatment: false, prerequisites: ['CAPITAL_LABOR_AWARD'] },
  { code: 'NATIONAL_WORKER_PIONEER', name: '全国工人先锋号', level: NATIONAL, recipientKind: TEAM, modelWorkerTreatment: false, prerequisites: ['CAPITAL_WORKER_PIONEER'] },
];

/** Adds the honors of the catalogue that the database lacks (by code); existing ones are left as edited. */
export class HonorSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const byCode = new Map((await em.find(Honor, {})).map((h) => [h.code, h]));
    for (const entry of CATALOGUE) {
      if (byCode.has(entry.code)) continue;
      const honor = em.create(Honor, {
        code: entry.code, name: entry.name, level: entry.level, recipientKind: entry.recipientKind,
        modelWorkerTreatment: entry.modelWorkerTreatment, treatmentLevel: entry.treatmentLevel ?? null,
        employerKinds: entry.employerKinds ?? [], description: entry.description ?? null,
      });
      honor.prerequisites.set((entry.prerequisites ?? []).map((c) => byCode.get(c)!));
      byCode.set(entry.code, honor);
    }
    await em.flush();
  }
}
