import { Account } from '@laomo/server/modules/account/account.entity.js';
import { AccountKind } from '@laomo/server/modules/account/account.enums.js';
import { RoleGrant } from '@laomo/server/modules/account/role-grant.entity.js';
import { Role } from '@laomo/server/modules/account/role.js';
import { hashPassword } from '@laomo/server/modules/account/password.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { EmploymentStatus, Gender } from '@laomo/server/modules/registry/registry.enums.js';
import { RecuperationBatch, RecuperationEnrolment } from '@laomo/server/modules/care/recuperation.entity.js';
import { CarePayer, RecuperationArrangement, RecuperationEnrolmentState } from '@laomo/server/modules/care/recuperation.enums.js';
import { HonorLevel } from '@laomo/server/modules/honor/honor.enums.js';
import { DEMO_PASSWORD } from '@laomo/server/db/seeders/demo-accounts.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { graphql } from './gql/index.js';
import { send, type DemoUsername, type TestApp } from './app.js';
import { CITY, UNIT, organizationId } from './directory.js';

export interface CareWorkerOptions {
  honors?: string[];
  organization?: string;
  employment?: 'IN_POST' | 'RETIRED';
  /** Without a sign-in: only an office can book for them. */
  withAccount?: boolean;
}

/**
 * A registry model worker for the care flows, with a sign-in (username = name) unless told otherwise:
 * at 北京燕京精密机械有限公司 (朝阳区) by default, a municipal model worker in post.
 */
export async function newCareWorker(t: TestApp, name: string, options: CareWorkerOptions = {}) {
  const em = t.app.orm.em.fork();
  const organization = await em.findOneOrFail(Organization, { name: options.organization ?? UNIT });
  const withAccount = options.withAccount ?? true;
  const account = withAccount
    ? em.create(Account, { username: name, displayName: name, passwordHash: await hashPassword(DEMO_PASSWORD), kind: AccountKind.PUBLIC })
    : null;
  if (account) em.create(RoleGrant, { account, role: Role.MODEL_WORKER, organization });
  const worker = em.create(ModelWorker, {
    name, gender: Gender.FEMALE, organization, employerName: organization.name.replace(/工会$/, ''), post: '技师', account,
    employmentStatus: options.employment === 'RETIRED' ? EmploymentStatus.RETIRED : EmploymentStatus.IN_POST,
  });
  for (const code of options.honors ?? ['BJ_MODEL_WORKER']) {
    em.create(ModelWorkerHonor, { modelWorker: worker, honor: await em.findOneOrFail(Honor, { code }), year: 2015 });
  }
  await em.flush();
  return { id: toGlobalId('ModelWorker', worker.id), client: withAccount ? await t.as(name) : null };
}

/** A recuperation the worker attended that ended on `endsOn` (a past batch of the city's, entered directly). */
export async function recordPastRecuperation(t: TestApp, worker: string, endsOn: string) {
  const em = t.app.orm.em.fork();
  const mw = await em.findOneOrFail(ModelWorker, { name: worker }, { populate: ['organization'] });
  const city = await em.findOneOrFail(Organization, { name: CITY });
  const batch = em.create(RecuperationBatch, {
    name: `往期疗休养 ${endsOn}`, destination: '北戴河', startsOn: endsOn, endsOn, capacity: 1, arrangement: RecuperationArrangement.BEIDAIHE,
    transportYuan: 0, restYuan: 0, transportPayer: CarePayer.CITY_FEDERATION, restPayer: CarePayer.CITY_FEDERATION, organizer: city,
  });
  em.create(RecuperationEnrolment, {
    batch, modelWorker: mw, organization: mw.organization, level: HonorLevel.PROVINCIAL, state: RecuperationEnrolmentState.ATTENDED,
    enrolledBy: (await em.findOneOrFail(Account, { username: 'city' })),
  });
  await em.flush();
}

const CareBudgetSet = graphql(`
  mutation KitCareBudgetSet($input: CareBudgetSetInput!) {
    careBudgetSet(input: $input) { budget { id } userErrors { code } }
  }
`);

/** An office sets an organization's care budget for a year (all of it as 本级预算), so approvals within it need no override. */
export async function setCareBudget(t: TestApp, who: DemoUsername, organization: string, year: number, yuan: number): Promise<void> {
  const data = await send(await t.as(who), CareBudgetSet, { input: { organization: await organizationId(t, organization), year, ownBudgetYuan: yuan } });
  if (data.careBudgetSet.userErrors.length) throw new Error(JSON.stringify(data.careBudgetSet.userErrors));
}

/** The year in Beijing now: grants are of the year they were applied in. */
export const beijingYear = (): number => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
