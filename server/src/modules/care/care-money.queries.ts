import type { EntityManager } from '@mikro-orm/postgresql';
import { CareBudget, CareCharge } from './care-budget.entity.js';
import { HardshipFigure, IncomeStatement } from './hardship-figure.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { idOf } from '../../common/relay/global-id.js';
import { may, Operation, scopeFilter } from '../account/policy.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';

/** Budgets in the viewer's scope (a unit its own, a district its units, the city all), by organization. */
export function careBudgets(em: EntityManager, viewer: ViewerState, year: number, page: PageArgs) {
  const scope = scopeFilter<CareBudget>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }));
  return paginate(em, CareBudget, { $and: [{ year }, scope] }, page, { organization: { path: 'asc' } });
}

/** What was charged against a budget, newest first; the budget was already scoped. */
export function careCharges(em: EntityManager, budget: CareBudget, page: PageArgs) {
  return paginate(em, CareCharge, { organization: budget.organization, year: budget.year }, page, { createdAt: 'desc' });
}

/** The city's figures by year: for the administrators who keep them and the offices that roll by them. */
export function hardshipFigures(em: EntityManager, viewer: ViewerState) {
  viewer.requireAccount();
  if (!may(viewer, Operation.CARE_READ) && !may(viewer, Operation.CARE_RULES_MANAGE)) throw new AccessError(AuthError.Forbidden);
  return em.find(HardshipFigure, {}, { orderBy: { year: 'desc' } });
}

/**
 * A model worker's income statements, latest year first: personal information, so only for the offices
 * that may state it (their own organization's office and those over it). Anyone else is refused alike,
 * whether or not the model worker exists.
 */
export async function incomeStatements(em: EntityManager, viewer: ViewerState, modelWorker: string, page: PageArgs) {
  viewer.requireAccount();
  const id = idOf(modelWorker, 'ModelWorker');
  const worker = id ? await em.findOne(ModelWorker, id, { populate: ['organization'] }) : null;
  if (!worker || !may(viewer, Operation.CARE_INCOME_STATE, worker.organization.getEntity())) throw new AccessError(AuthError.Forbidden);
  return paginate(em, IncomeStatement, { modelWorker: worker }, page, { year: 'desc' });
}
