import { LockMode } from '@mikro-orm/core';
import { wholeIdNumber } from '../registry/registry.service.js';
import ExcelJS from 'exceljs';
import { AllowanceKind, AllowanceRoll, AllowanceRollLine } from './allowance.entity.js';
import { AllowanceBasis, AllowanceRollAction as A, AllowanceRollState } from './care.enums.js';
import { ROLL_WORKFLOW, RollParty } from './allowance-roll.workflow.js';
import { treatmentLevels } from './treatment-level.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { grantsFor, Operation, requireMay } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { AuthError, CareError, CommonError } from '../../common/errors/catalogue.js';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { idOf } from '../../common/relay/global-id.js';
import type { AllowanceRollGenerateInput, AllowanceRollStepInput } from './care.inputs.js';
import type { Actor } from '../../common/actor.js';
import { chargeCareBudget } from './care-budget.service.js';
import { hardshipOf } from './hardship.service.js';
import { tellOfAllowancePaid } from './care.notifications.js';

const amountAt = (kind: AllowanceKind, level: HonorLevel) => (level === HonorLevel.NATIONAL ? kind.nationalYuan : kind.municipalYuan) ?? null;

/**
 * Generates the roll of an allowance for a year from the registry: every living model worker in the
 * office's scope who still holds a title with treatment, at their level's amount. The unique key on
 * the lines refuses anyone already on a roll of the same allowance and year, also when two rolls are
 * generated at once.
 */
export async function generateAllowanceRoll(actor: Actor, input: AllowanceRollGenerateInput): Promise<AllowanceRoll> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const [grant] = grantsFor(viewer, Operation.CARE_ROLL_MANAGE);
  if (!grant) throw new AccessError(AuthError.Forbidden);
  const office = await em.findOneOrFail(Organization, grant.organizationId!);
  const kindId = idOf(input.kind, 'AllowanceKind');
  const kind = kindId ? await em.findOne(AllowanceKind, kindId) : null;
  if (!kind) throw new UserInputError(CommonError.NotFound, ['kind']);
  const rollsByCase = kind.basis === AllowanceBasis.CASE;
  if (!rollsByCase && kind.nationalYuan == null && kind.municipalYuan == null) throw new UserInputError(CareError.AmountNotSet, ['kind']);
  const hardship = kind.basis === AllowanceBasis.LIVING_HARDSHIP ? await hardshipOf(em, input.year) : null;
  // No look-up first: the lines' unique key is the one guard, for a second roll now or one generated at the same time.
  const rollExists = () => new UserInputError(CareError.RollExists, ['year'], { year: input.year });

  const roll = em.create(AllowanceRoll, { kind, year: input.year, organization: office, generatedBy: viewer.requireAccount() });
  // Special-hardship aid starts empty: offices add each case (addCaseToRoll).
  const workers = rollsByCase ? [] : await em.find(ModelWorker, { status: ModelWorkerStatus.ACTIVE, organization: { path: { $like: `${office.path}%` } } }, { orderBy: { id: 'asc' } });
  const levels = await treatmentLevels(em, workers.map((w) => w.id));
  let people = 0;
  for (const worker of workers) {
    const level = levels.get(worker.id);
    const amountYuan = level ? amountAt(kind, level) : null;
    if (!level || amountYuan == null) continue;
    if (hardship && !hardship.covers(worker.id, level)) continue;
    em.create(AllowanceRollLine, { roll, modelWorker: worker, kind, year: input.year, organization: worker.organization, level, amountYuan });
    people += 1;
  }
  if (!people && !rollsByCase) throw new UserInputError(CareError.NoOneEntitled, ['kind']);
  audit(em, viewer, { subject: roll, action: 'care.roll_generate', to: roll.state, at: actor.now, data: { kind: kind.code, year: input.year, people } });
  await flushRefusingDuplicates(em, { allowance_roll_line_once: rollExists });
  return roll;
}

/** The payment file: one row a person, for the union card (京卡·互助服务卡) payment; CSV with a BOM for Excel. */
async function paymentFile(actor: Actor, roll: AllowanceRoll): Promise<string> {
  const kind = await roll.kind.loadOrFail();
  const lines = await actor.em.find(AllowanceRollLine, { roll }, { populate: ['modelWorker', 'organization'], orderBy: { organization: { path: 'asc' }, id: 'asc' } });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(kind.name);
  sheet.addRow(['序号', '姓名', '身份证号', '所在工会', '待遇级别', '补助项目', '年度', '金额（元）']);
  lines.forEach((line, i) => {
    const worker = line.modelWorker.getEntity();
    sheet.addRow([i + 1, worker.name, wholeIdNumber(worker) ?? '', line.organization.getEntity().name,
      line.level === HonorLevel.NATIONAL ? '全国' : '市级', kind.name, line.year, line.amountYuan]);
  });
  const csv = Buffer.from(await book.csv.writeBuffer()).toString('utf8');
  return `\uFEFF${csv}`;
}

/**
 * One step of a roll, on the locked row: two requests to approve or pay at once take it once (the second
 * finds the new state and is refused). Exporting answers the payment file; paying marks the roll paid.
 */
export async function stepAllowanceRoll(actor: Actor, input: AllowanceRollStepInput): Promise<{ roll: AllowanceRoll; paymentFile: string | null }> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(input.roll, 'AllowanceRoll');
  const roll = id ? await em.findOne(AllowanceRoll, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!roll) throw new UserInputError(CommonError.NotFound, ['roll']);
  // Union offices all list the rolls (their lines are scoped), so a district is refused the step, not told it is missing.
  requireMay(viewer, Operation.CARE_ROLL_MANAGE, await roll.organization.loadOrFail());
  const from = roll.state;
  const row = await ROLL_WORKFLOW.take(input.action, { state: from, actors: new Set([RollParty.CITY]), context: null });
  roll.state = row.to ?? from;
  if (input.action === A.APPROVE) {
    const [{ total }] = await em.execute(`select coalesce(sum(amount_yuan), 0)::int as total from allowance_roll_line where roll_id = ?`, [roll.id]);
    await chargeCareBudget(actor, {
      organization: await roll.organization.loadOrFail(), year: roll.year, amountYuan: total as number, roll, overrideReason: input.budgetOverrideReason,
    });
  }
  if (roll.state === AllowanceRollState.PAID) {
    roll.paidAt = actor.now;
    await tellOfAllowancePaid(actor, roll);
  }
  const file = input.action === A.EXPORT ? await paymentFile(actor, roll) : null;
  audit(em, viewer, { subject: roll, action: `care.roll_${input.action.toLowerCase()}`, from, to: roll.state, at: actor.now });
  await em.flush();
  return { roll, paymentFile: file };
}
