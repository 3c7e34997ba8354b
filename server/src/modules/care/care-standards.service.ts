import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { CarePairingRule } from './pairing.entity.js';
import { CareFestival, CareVisitQuota } from './visit.entity.js';
import { requireMay, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import type { BaseEntity } from '../../common/base.entity.js';
import { givenFields } from '../../common/update-input.js';
import { idOf } from '../../common/relay/global-id.js';
import type { CareFestivalUpdateInput, CarePairingRuleUpdateInput, CareVisitQuotaUpdateInput } from './visit.inputs.js';
import type { Actor } from '../../common/actor.js';

/**
 * 八分八有's standards as data an administrator keeps (seed 003): who each level is paired with, the yearly
 * visiting duties, the festivals. Each change names its fields, is audited with before and after, and
 * applies from then on: pairings already made and visits already recorded keep what they were.
 */
async function standard<T extends BaseEntity>(actor: Actor, entity: EntityClass<T>, typename: string, globalId: string, field: string): Promise<T> {
  requireMay(actor.viewer, Operation.CARE_RULES_MANAGE);
  const id = idOf(globalId, typename);
  const row = id ? await actor.em.findOne(entity, { id } as FilterQuery<T>) : null;
  if (!row) throw new UserInputError(CommonError.NotFound, [field]);
  return row;
}

async function change<T extends BaseEntity, K extends keyof T & string>(actor: Actor, row: T, given: Partial<Pick<T, K>>, action: string): Promise<T> {
  const before = Object.fromEntries(Object.keys(given).map((k) => [k, row[k as K]]));
  Object.assign(row, given);
  audit(actor.em, actor.viewer, { subject: row, action, at: actor.now, data: { before, after: given } });
  await actor.em.flush();
  return row;
}

export async function updatePairingRule(actor: Actor, input: CarePairingRuleUpdateInput): Promise<CarePairingRule> {
  const rule = await standard(actor, CarePairingRule, 'CarePairingRule', input.rule, 'rule');
  return change(actor, rule, { partnerKind: input.partnerKind }, 'care.pairing_rule_update');
}

export async function updateVisitQuota(actor: Actor, input: CareVisitQuotaUpdateInput): Promise<CareVisitQuota> {
  const quota = await standard(actor, CareVisitQuota, 'CareVisitQuota', input.quota, 'quota');
  const given = givenFields(input, ['name', 'visitorKinds', 'visitsPerYear'] as const);
  if (given.name) given.name = given.name.trim();
  return change(actor, quota, given, 'care.visit_quota_update');
}

export async function updateFestival(actor: Actor, input: CareFestivalUpdateInput): Promise<CareFestival> {
  const festival = await standard(actor, CareFestival, 'CareFestival', input.festival, 'festival');
  const given = givenFields(input, ['name', 'position'] as const);
  if (given.name) given.name = given.name.trim();
  return change(actor, festival, given, 'care.festival_update');
}
