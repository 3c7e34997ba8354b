import { graphql } from './gql/index.js';
import { send, type DemoUsername, type TestApp } from './app.js';
import { organizationId } from './directory.js';

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
