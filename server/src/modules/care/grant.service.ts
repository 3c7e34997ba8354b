import { LockMode } from '@mikro-orm/core';
import { GrantApplication } from './grant-application.entity.js';
import { GrantRule } from './grant-rule.entity.js';
import { GrantApplicationAction as A, GrantApplicationState, GrantCause } from './care.enums.js';
import { GRANT_RULES } from './grant-rules.js';
import { GRANT_WORKFLOW } from './grant-application.workflow.js';
import { grantParties, maySeeGrant } from './care.access.js';
import { treatmentLevels } from './treatment-level.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { grantsFor, requireMay, Operation } from '../account/policy.js';
import { Organization } from '../organization/organization.entity.js';
import { chargeCareBudget } from './care-budget.service.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { tellOfGrantArrival } from './care.notifications.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import type { GrantApplicationStepInput, GrantApplyInput } from './care.inputs.js';
import type { Actor } from '../../common/actor.js';

/** Causes whose rule reads the costs or losses stated. */
const CLAIMED = new Set([GrantCause.OWN_SERIOUS_ILLNESS, GrantCause.HOME_FIRE, GrantCause.DEPENDENT_SERIOUS_ILLNESS]);

/** The model worker applied for: named by a union office in its scope, or the signed-in model worker themself. */
async function applicantWorker(actor: Actor, globalId: string | null | undefined): Promise<ModelWorker> {
  const { em, viewer } = actor;
  const account = viewer.requireAccount();
  if (!globalId) {
    const own = await em.findOne(ModelWorker, { account: account.id });
    if (!own) throw new UserInputError(CareError.NotModelWorker);
    return own;
  }
  const id = idOf(globalId, 'ModelWorker');
  const worker = id ? await em.findOne(ModelWorker, id, { populate: ['organization'] }) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  if (worker.account?.id !== account.id) requireMay(viewer, Operation.CARE_GRANT_APPLY, worker.organization.getEntity());
  return worker;
}

/** Applies: the cause's rule computes the amount now, and its figures are kept with the application. */
export async function applyForGrant(actor: Actor, input: GrantApplyInput): Promise<GrantApplication> {
  const { em, viewer } = actor;
  const worker = await applicantWorker(actor, input.modelWorker);
  // A condolence is for a model worker who has died; every other grant for one who still holds the title.
  const living = input.cause === GrantCause.DEATH ? [ModelWorkerStatus.ACTIVE, ModelWorkerStatus.DECEASED] : [ModelWorkerStatus.ACTIVE];
  const level = living.includes(worker.status) ? (await treatmentLevels(em, [worker.id])).get(worker.id) : undefined;
  if (!level) throw new UserInputError(CareError.NotEntitled, ['modelWorker']);
  if (CLAIMED.has(input.cause) && input.claimedYuan == null) throw new UserInputError(CareError.AmountRequired, ['claimedYuan']);
  const rule = await em.findOneOrFail(GrantRule, { cause: input.cause });
  const claim = { claimedYuan: input.claimedYuan, seriousDisability: input.seriousDisability, level };
  const outcome = GRANT_RULES[input.cause](rule, claim);
  if ('refusal' in outcome) throw new UserInputError(outcome.refusal, ['claimedYuan'], outcome.params);
  const application = em.create(GrantApplication, {
    modelWorker: worker, organization: worker.organization, cause: input.cause, rule,
    ruleApplied: {
      name: rule.name, thresholdYuan: rule.thresholdYuan, ratePercent: rule.ratePercent, capYuan: rule.capYuan,
      amountYuan: rule.amountYuan, nationalYuan: rule.nationalYuan, municipalYuan: rule.municipalYuan,
    },
    claimedYuan: CLAIMED.has(input.cause) ? input.claimedYuan : null, seriousDisability: input.seriousDisability, level,
    description: input.description.trim(), amountYuan: outcome.amountYuan, amountReason: outcome.reason,
    appliedBy: viewer.requireAccount(), year: Number(beijingDate(actor.now).slice(0, 4)),
  });
  audit(em, viewer, {
    subject: application, action: 'care.grant_apply', to: application.state, at: actor.now,
    data: { cause: input.cause, amountYuan: outcome.amountYuan, rule: rule.name },
  });
  await tellOfGrantArrival(actor, application);
  await em.flush();
  return application;
}

/**
 * One step of a grant. The row is locked first, so two requests to pay (or approve) at once take the
 * step once: the second finds the new state and is refused.
 */
export async function stepGrantApplication(actor: Actor, input: GrantApplicationStepInput): Promise<GrantApplication> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(input.application, 'GrantApplication');
  const application = id ? await em.findOne(GrantApplication, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!application || !(await maySeeGrant(em, viewer, application))) throw new UserInputError(CommonError.NotFound, ['application']);
  const reason = input.reason?.trim() || null;
  const from = application.state;
  const row = await GRANT_WORKFLOW.take(input.action, { state: from, actors: await grantParties(em, viewer, application), reason, context: null });
  application.state = row.to ?? from;
  if (input.action === A.APPROVE) {
    await chargeCareBudget(actor, {
      organization: await decidingOffice(actor, application), year: application.year, amountYuan: application.amountYuan,
      grant: application, overrideReason: input.budgetOverrideReason,
    });
  }
  if (input.action === A.REFUSE) application.refuseReason = reason;
  if (application.state === GrantApplicationState.PAID) application.paidAt = actor.now;
  audit(em, viewer, { subject: application, action: `care.grant_${input.action.toLowerCase()}`, from, to: application.state, at: actor.now, reason });
  await em.flush();
  return application;
}


/** The district office that approves a grant spends its own budget: the viewer's deciding office over the applicant's union. */
async function decidingOffice(actor: Actor, application: GrantApplication): Promise<Organization> {
  const path = (await application.organization.loadOrFail()).path;
  const office = grantsFor(actor.viewer, Operation.CARE_GRANT_DECIDE).filter((g) => g.path !== null && path.startsWith(g.path))
    .sort((a, b) => b.path!.length - a.path!.length)[0];
  return actor.em.findOneOrFail(Organization, office!.organizationId!);
}
