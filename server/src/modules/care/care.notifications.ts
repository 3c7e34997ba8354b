import { AllowanceRoll } from './allowance.entity.js';
import type { RecuperationBatch } from './recuperation.entity.js';
import { treatmentLevels } from './treatment-level.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { EmploymentStatus, ModelWorkerStatus } from '../registry/registry.enums.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, staffOver } from '../notification/notify.js';
import { Operation } from '../account/policy.js';
import type { GrantApplication } from './grant-application.entity.js';
import type { Actor } from '../../common/actor.js';

/** Where a model worker reads their own allowances and recuperation places. */
const MY_CARE = '/me/care';

/**
 * A roll marked paid: each model worker on it who is alive and has an account hears it, once per roll
 * (the key is the roll; the dedup key adds the person). Nobody's amount or ID goes into the params.
 */
export async function tellOfAllowancePaid(actor: Actor, roll: AllowanceRoll): Promise<void> {
  const { em, now } = actor;
  const rows: { account_id: string }[] = await em.getConnection().execute(
    `select distinct w.account_id from allowance_roll_line l join model_worker w on w.id = l.model_worker_id
     where l.roll_id = ? and w.account_id is not null and w.status <> ?`,
    [roll.id, ModelWorkerStatus.DECEASED], 'all', em.getTransactionContext(),
  );
  const kind = await roll.kind.loadOrFail();
  await notify(em, {
    kind: K.ALLOWANCE_PAID, key: roll.id, at: now, actor: actor.viewer.account?.id,
    to: { modelWorker: rows.map((r) => r.account_id) },
    subject: { type: 'AllowanceRoll', id: roll.id }, link: MY_CARE,
    params: { title: kind.name, year: String(roll.year) },
  });
}

/**
 * A new recuperation batch: the model workers who could enrol in it hear it is open — those the
 * organizer serves, alive, in post, holding a title with treatment, and with an account (enrolInRecuperation's rules).
 */
export async function tellOfRecuperationOpen(actor: Actor, batch: RecuperationBatch): Promise<void> {
  const { em, now } = actor;
  const organizer = await batch.organizer.loadOrFail();
  const workers = await em.find(ModelWorker, {
    status: ModelWorkerStatus.ACTIVE, employmentStatus: EmploymentStatus.IN_POST, account: { $ne: null },
    organization: { path: { $like: `${organizer.path}%` } },
  }, { fields: ['id', 'account'] });
  const levels = await treatmentLevels(em, workers.map((w) => w.id));
  await notify(em, {
    kind: K.RECUPERATION_OPEN, key: batch.id, at: now, actor: actor.viewer.account?.id,
    to: { modelWorker: workers.filter((w) => levels.has(w.id)).map((w) => w.account?.id) },
    subject: { type: 'RecuperationBatch', id: batch.id }, link: MY_CARE,
    params: { title: batch.name },
  });
}

/**
 * A hardship grant applied for: the district staff who decide it (by the written policy, over the applicant's
 * union) hear it arrived, once per application. The union's name only: the cause, the amount and the
 * worker's circumstances (health among them) stay on the application's page.
 */
export async function tellOfGrantArrival(actor: Actor, application: GrantApplication): Promise<void> {
  const { em, now } = actor;
  const organization = await application.organization.loadOrFail();
  await notify(em, {
    kind: K.GRANT_APPLICATION_ARRIVED, key: application.id, at: now, actor: actor.viewer.account?.id,
    to: { grantOffice: await staffOver(em, Operation.CARE_GRANT_DECIDE, organization.path) },
    subject: { type: 'GrantApplication', id: application.id }, link: '/staff/care/grants',
    params: { organization: organization.name },
  });
}
