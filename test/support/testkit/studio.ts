import { Account } from '@laomo/server/modules/account/account.entity.js';
import { AccountKind } from '@laomo/server/modules/account/account.enums.js';
import { RoleGrant } from '@laomo/server/modules/account/role-grant.entity.js';
import { Role } from '@laomo/server/modules/account/role.js';
import { hashPassword } from '@laomo/server/modules/account/password.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { Gender } from '@laomo/server/modules/registry/registry.enums.js';
import { DEMO_PASSWORD } from '@laomo/server/db/seeders/demo-accounts.js';
import { graphql } from './gql/index.js';
import type { StudioHave } from './gql/graphql.js';
import type { TestApp } from './app.js';
import { UNIT } from './directory.js';

/** A registry model worker at 北京燕京精密机械有限公司 (朝阳区) with a sign-in and the given honors; no studio yet. */
export async function newModelWorker(t: TestApp, username: string, honorCodes: string[]) {
  const em = t.app.orm.em.fork();
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const account = em.create(Account, { username, displayName: `劳模 ${username}`, passwordHash: await hashPassword(DEMO_PASSWORD), kind: AccountKind.PUBLIC });
  em.create(RoleGrant, { account, role: Role.MODEL_WORKER, organization: unit });
  const worker = em.create(ModelWorker, {
    name: '钱学文', gender: Gender.MALE, organization: unit, employerName: '北京燕京精密机械有限公司', post: '装配钳工 高级技师',
    account, phone: '13911112222',
  });
  for (const code of honorCodes) em.create(ModelWorkerHonor, { modelWorker: worker, honor: await em.findOneOrFail(Honor, { code }), year: 2018 });
  await em.flush();
  return { worker, client: await t.as(username) };
}

/** Sets whether the worker's honors are revoked (the registry's revocation, done directly). */
export async function setHonorsRevoked(t: TestApp, workerId: string, revoked: boolean) {
  const em = t.app.orm.em.fork();
  await em.nativeUpdate(ModelWorkerHonor, { modelWorker: workerId }, { revokedAt: revoked ? new Date() : null });
}

graphql(`
  fragment KitStudioFile on Studio {
    id name level status certifiedOn viewerActions viewerCanEdit
    certification {
      ruleBreaches { code field } criteria { have judgement } reviews { year outcome comment }
      history(first: 100) { nodes { action fromState toState reason } }
    }
  }
`);

/** Every studio mutation, each returning the studio as KitStudioFile reads it. */
export const STUDIO_STEPS = {
  studioCertify: graphql(`
    mutation KitStudioCertify($input: StudioCertifyInput!) { studioCertify(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioCreate: graphql(`
    mutation KitStudioCreate($input: StudioCreateInput!) { studioCreate(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioCriterionAssess: graphql(`
    mutation KitStudioCriterionAssess($input: StudioCriterionAssessInput!) { studioCriterionAssess(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioEvidenceSave: graphql(`
    mutation KitStudioEvidenceSave($input: StudioEvidenceSaveInput!) { studioEvidenceSave(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioMemberAdd: graphql(`
    mutation KitStudioMemberAdd($input: StudioMemberAddInput!) { studioMemberAdd(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioMemberRemove: graphql(`
    mutation KitStudioMemberRemove($input: StudioMemberRemoveInput!) { studioMemberRemove(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioProjectAdd: graphql(`
    mutation KitStudioProjectAdd($input: StudioProjectAddInput!) { studioProjectAdd(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioProjectUpdate: graphql(`
    mutation KitStudioProjectUpdate($input: StudioProjectUpdateInput!) { studioProjectUpdate(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioRectificationAccept: graphql(`
    mutation KitStudioRectificationAccept($input: StudioRectificationAcceptInput!) { studioRectificationAccept(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioResultAdd: graphql(`
    mutation KitStudioResultAdd($input: StudioResultAddInput!) { studioResultAdd(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioResultRemove: graphql(`
    mutation KitStudioResultRemove($input: StudioResultRemoveInput!) { studioResultRemove(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioReturn: graphql(`
    mutation KitStudioReturn($input: StudioReturnInput!) { studioReturn(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioReview: graphql(`
    mutation KitStudioReview($input: StudioReviewInput!) { studioReview(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioRevoke: graphql(`
    mutation KitStudioRevoke($input: StudioRevokeInput!) { studioRevoke(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioSubmit: graphql(`
    mutation KitStudioSubmit($input: StudioSubmitInput!) { studioSubmit(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
  studioUpdate: graphql(`
    mutation KitStudioUpdate($input: StudioUpdateInput!) { studioUpdate(input: $input) { studio { ...KitStudioFile } userErrors { code field message } } }
  `),
};

/** The six haves (六有) a studio shows evidence of. */
export const HAVES: StudioHave[] = ['LEADER', 'TEAM', 'PROJECTS', 'VENUE', 'FUNDING', 'RESULTS'];
