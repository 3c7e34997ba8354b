import type { EntityManager } from '@mikro-orm/postgresql';
import { HardshipFigure, IncomeStatement } from './hardship-figure.entity.js';
import { AllowanceRoll, AllowanceRollLine } from './allowance.entity.js';
import { AllowanceBasis, AllowanceRollState } from './care.enums.js';
import { inLivingHardship } from './living-hardship.js';
import { treatmentLevels } from './treatment-level.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { requireMay, Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { open, seal } from '../../common/sealed-text.js';
import { idOf } from '../../common/relay/global-id.js';
import type { AllowanceRollCaseAddInput, HardshipFigureSetInput, IncomeStatementSetInput } from './care-money.inputs.js';
import type { Actor } from '../../common/actor.js';

/** The administrator sets the city's figures for a year; rolls already generated keep who they hold. */
export async function setHardshipFigure(actor: Actor, input: HardshipFigureSetInput): Promise<HardshipFigure> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_RULES_MANAGE);
  const figure = (await em.findOne(HardshipFigure, { year: input.year })) ?? em.create(HardshipFigure, { ...input });
  const before = { averageWageYuan: figure.averageWageYuan, pensionLevelYuan: figure.pensionLevelYuan, basicPensionYuan: figure.basicPensionYuan };
  Object.assign(figure, input);
  audit(em, viewer, { subject: figure, action: 'care.hardship_figure_set', at: actor.now, data: { before, after: { ...input } } });
  await em.flush();
  return figure;
}

/** A model worker's union states their income or pension for the year; the figure is sealed. */
export async function setIncomeStatement(actor: Actor, input: IncomeStatementSetInput): Promise<IncomeStatement> {
  const { em, viewer } = actor;
  const id = idOf(input.modelWorker, 'ModelWorker');
  const worker = id ? await em.findOne(ModelWorker, id, { populate: ['organization'] }) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  requireMay(viewer, Operation.CARE_INCOME_STATE, worker.organization.getEntity());
  const statement = (await em.findOne(IncomeStatement, { modelWorker: worker, year: input.year }))
    ?? em.create(IncomeStatement, { modelWorker: worker, year: input.year, monthlyYuanSealed: '', statedBy: viewer.requireAccount() });
  em.assign(statement, { retired: input.retired, monthlyYuanSealed: seal(String(input.monthlyYuan)), statedBy: viewer.requireAccount() });
  // The figure itself stays out of the history: it is personal information.
  audit(em, viewer, { subject: statement, action: 'care.income_state', at: actor.now, data: { modelWorker: worker.id, year: input.year, retired: input.retired } });
  await em.flush();
  return statement;
}

/** The statement's monthly yuan, opened for the office that reads it. */
export const statedMonthlyYuan = (statement: IncomeStatement): number => Number(open(statement.monthlyYuanSealed));

/** Who is in living hardship in a year, by the city's figures and the statements: refuses when the figures are not set. */
export async function hardshipOf(em: EntityManager, year: number): Promise<{ covers: (workerId: string, level: HonorLevel) => boolean }> {
  const figures = await em.findOne(HardshipFigure, { year });
  if (!figures) throw new UserInputError(CareError.FiguresNotSet, ['year'], { year });
  const statements = new Map((await em.find(IncomeStatement, { year })).map((s) => [s.modelWorker.id, s]));
  return {
    covers: (workerId, level) => {
      const statement = statements.get(workerId);
      return !!statement && inLivingHardship(level, { retired: statement.retired, monthlyYuan: statedMonthlyYuan(statement) }, figures);
    },
  };
}

/**
 * Adds one case of special-hardship aid (特殊困难帮扶金) to a draft roll. The lines' unique key still
 * holds: one aid of this kind a person a year, also when two offices add the same person at once.
 */
export async function addCaseToRoll(actor: Actor, input: AllowanceRollCaseAddInput): Promise<AllowanceRoll> {
  const { em, viewer } = actor;
  const rollId = idOf(input.roll, 'AllowanceRoll');
  const roll = rollId ? await em.findOne(AllowanceRoll, rollId, { populate: ['kind', 'organization'] }) : null;
  if (!roll) throw new UserInputError(CommonError.NotFound, ['roll']);
  const office = roll.organization.getEntity();
  requireMay(viewer, Operation.CARE_ROLL_MANAGE, office);
  const kind = roll.kind.getEntity();
  if (kind.basis !== AllowanceBasis.CASE) throw new UserInputError(CareError.NotCaseRoll, ['roll']);
  if (roll.state !== AllowanceRollState.DRAFT) throw new UserInputError(CareError.NotNow, ['roll'], { state: roll.state, action: 'ADD' });
  const workerId = idOf(input.modelWorker, 'ModelWorker');
  const worker = workerId ? await em.findOne(ModelWorker, workerId, { populate: ['organization'] }) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  if (!worker.organization.getEntity().path.startsWith(office.path)) throw new UserInputError(CareError.NotCoveredHere, ['modelWorker']);
  const level = worker.status === ModelWorkerStatus.ACTIVE ? (await treatmentLevels(em, [worker.id])).get(worker.id) : undefined;
  if (!level) throw new UserInputError(CareError.NotEntitled, ['modelWorker']);
  const line = em.create(AllowanceRollLine, {
    roll, modelWorker: worker, kind, year: roll.year, organization: worker.organization, level, amountYuan: input.amountYuan,
    caseReasonSealed: seal(input.reason.trim()),
  });
  audit(em, viewer, { subject: roll, action: 'care.roll_case_add', at: actor.now, data: { line: line.id, amountYuan: input.amountYuan } });
  await flushRefusingDuplicates(em, { allowance_roll_line_once: () => new UserInputError(CareError.AlreadyOnRoll, ['modelWorker'], { year: roll.year }) });
  return roll;
}
