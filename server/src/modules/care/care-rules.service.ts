import { LockMode } from '@mikro-orm/core';
import { GrantRule } from './grant-rule.entity.js';
import { AllowanceKind } from './allowance.entity.js';
import { REQUIRED_FIGURES } from './grant-rules.js';
import { requireMay, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { givenFields } from '../../common/update-input.js';
import { idOf } from '../../common/relay/global-id.js';
import type { AllowanceKindUpdateInput, GrantRuleUpdateInput } from './care.inputs.js';
import type { Actor } from '../../common/actor.js';

const RULE_FIGURES = ['thresholdYuan', 'ratePercent', 'capYuan', 'amountYuan', 'nationalYuan', 'municipalYuan'] as const;

/** An administrator changes a rule's figures; grants already applied for keep the figures they were computed by. */
export async function updateGrantRule(actor: Actor, input: GrantRuleUpdateInput): Promise<GrantRule> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_RULES_MANAGE);
  const id = idOf(input.rule, 'GrantRule');
  const rule = id ? await em.findOne(GrantRule, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!rule) throw new UserInputError(CommonError.NotFound, ['rule']);
  const before = Object.fromEntries(RULE_FIGURES.map((k) => [k, rule[k] ?? null]));
  const given = givenFields(input, RULE_FIGURES);
  const missing = REQUIRED_FIGURES[rule.cause].filter((k) => (k in given ? given[k] : rule[k]) == null);
  if (missing.length) throw new UserInputErrors(missing.map((k) => new UserInputError(CareError.FigureRequired, [k])));
  Object.assign(rule, given);
  audit(em, viewer, { subject: rule, action: 'care.rule_update', at: actor.now, data: { before, after: given } });
  await em.flush();
  return rule;
}

/** An administrator sets an allowance's amounts (e.g. 五一 and 十一 for national model workers, which the seeds leave open). */
export async function updateAllowanceKind(actor: Actor, input: AllowanceKindUpdateInput): Promise<AllowanceKind> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_RULES_MANAGE);
  const id = idOf(input.kind, 'AllowanceKind');
  const kind = id ? await em.findOne(AllowanceKind, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!kind) throw new UserInputError(CommonError.NotFound, ['kind']);
  const before = { nationalYuan: kind.nationalYuan ?? null, municipalYuan: kind.municipalYuan ?? null };
  const given = givenFields(input, ['nationalYuan', 'municipalYuan'] as const);
  Object.assign(kind, given);
  audit(em, viewer, { subject: kind, action: 'care.allowance_kind_update', at: actor.now, data: { before, after: given } });
  await em.flush();
  return kind;
}
