import { CareBudget, CareCharge } from './care-budget.entity.js';
import type { GrantApplication } from './grant-application.entity.js';
import type { AllowanceRoll } from './allowance.entity.js';
import type { HealthCheckBooking } from './health-check.entity.js';
import type { RecuperationEnrolment } from './recuperation.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { requireMay, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { givenFields } from '../../common/update-input.js';
import { idOf } from '../../common/relay/global-id.js';
import type { CareBudgetSetInput } from './care-money.inputs.js';
import type { Actor } from '../../common/actor.js';
import type { EntityManager } from '@mikro-orm/postgresql';

const SOURCES = ['allocatedYuan', 'ownBudgetYuan', 'matchedYuan', 'donatedYuan'] as const;

/** An office sets its own (or a unit's below it) budget for a year; sources left out stay as they are. */
export async function setCareBudget(actor: Actor, input: CareBudgetSetInput): Promise<CareBudget> {
  const { em, viewer } = actor;
  const id = idOf(input.organization, 'Organization');
  const organization = id ? await em.findOne(Organization, id) : null;
  if (!organization) throw new UserInputError(CommonError.NotFound, ['organization']);
  requireMay(viewer, Operation.CARE_BUDGET_KEEP, organization);
  await lockBudget(em, organization.id, input.year);
  const budget = (await em.findOne(CareBudget, { organization, year: input.year })) ?? em.create(CareBudget, { organization, year: input.year });
  const before = Object.fromEntries(SOURCES.map((k) => [k, budget[k]]));
  const given = givenFields(input, SOURCES);
  Object.assign(budget, given);
  audit(em, viewer, { subject: budget, action: 'care.budget_set', at: actor.now, data: { year: input.year, before, after: given } });
  await em.flush();
  return budget;
}

/** One organization's budget of a year is charged one approval at a time, so two approvals at once cannot both fit in what only one fits. */
async function lockBudget(em: EntityManager, organizationId: string, year: number): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('care-budget:' || ? || ':' || ?, 0))`, [organizationId, year]);
}

/** What has been charged against an organization's budget of a year. */
export async function spentYuan(em: EntityManager, organizationId: string, year: number): Promise<number> {
  const [{ spent }] = await em.execute(`select coalesce(sum(amount_yuan), 0)::int as spent from care_charge where organization_id = ? and year = ?`, [organizationId, year]);
  return spent as number;
}

export interface Charge {
  organization: Organization;
  year: number;
  amountYuan: number;
  grant?: GrantApplication;
  roll?: AllowanceRoll;
  checkBooking?: HealthCheckBooking;
  recuperationEnrolment?: RecuperationEnrolment;
  overrideReason?: string | null;
}

/**
 * Charges an approval (a grant, a roll, an attended health check, a confirmed recuperation place) against
 * the budget of the office that pays it. Past the budget (no budget
 * counts as none) it is refused unless an override reason is given; the reason and who gave it are kept.
 */
export async function chargeCareBudget(actor: Actor, charge: Charge): Promise<CareCharge> {
  const { em, viewer } = actor;
  const account = viewer.requireAccount();
  const { organization, year, amountYuan } = charge;
  await lockBudget(em, organization.id, year);
  const budget = await em.findOne(CareBudget, { organization, year }, { refresh: true });
  const total = budget?.totalYuan ?? 0;
  const spent = await spentYuan(em, organization.id, year);
  const reason = charge.overrideReason?.trim() || null;
  const over = spent + amountYuan > total;
  if (over && !reason) {
    throw new UserInputError(CareError.OverBudget, ['budgetOverrideReason'], { year, budget: total, spent, amount: amountYuan });
  }
  const row = em.create(CareCharge, {
    organization, year, amountYuan, grant: charge.grant ?? null, roll: charge.roll ?? null,
    checkBooking: charge.checkBooking ?? null, recuperationEnrolment: charge.recuperationEnrolment ?? null, chargedBy: account,
    overrideReason: over ? reason : null, overriddenBy: over ? account : null,
  });
  if (over) {
    audit(em, viewer, { subject: row, action: 'care.budget_override', at: actor.now, reason, data: { year, budget: total, spent, amount: amountYuan } });
  }
  return row;
}
