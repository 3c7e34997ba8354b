import type { ApiClient, TestApp } from '@laomo/server/testing/test-app.js';

/** The testkit of the suggestion channel: the operations and the steps, named as the process names them. */
export const FILE = `
  id title authorName coSignerNames viewerActions adopted commended referralKind referralReference publishedAt
  answers { round outcome content rating fedBackAt handler { name } }
  handling {
    state channel deadline overdue reopened publishConsent declineReason answeredOnTime
    handler { name } escalatedTo { name }
    coSigners { status modelWorker { name } }
    history(first: 100) { nodes { action fromState toState reason actorName } }
  }`;

export async function organizationId(t: TestApp, name: string): Promise<string> {
  const data = await t.anonymous().ok(`query($s: String) { organizations(search: $s, first: 5) { nodes { id name } } }`, { s: name });
  return data.organizations.nodes.find((o: { name: string }) => o.name === name).id;
}

export async function modelWorkerId(client: ApiClient, name: string): Promise<string> {
  const data = await client.ok(`query($s: String!) { suggestionModelWorkers(search: $s, first: 5) { nodes { id name } } }`, { s: name });
  return data.suggestionModelWorkers.nodes[0].id;
}

/** Runs a suggestion mutation; returns the payload (suggestion and userErrors). */
export async function step(client: ApiClient, mutation: string, input: Record<string, unknown>) {
  const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  const data = await client.ok(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { suggestion { ${FILE} } userErrors { code field message } } }`, { input });
  return data[mutation] as { suggestion: any; userErrors: { code: string; field: string[] | null; message: string }[] };
}

/** A step that must succeed. */
export async function done(client: ApiClient, mutation: string, input: Record<string, unknown>) {
  const payload = await step(client, mutation, input);
  if (payload.userErrors.length) throw new Error(`${mutation}: ${JSON.stringify(payload.userErrors)}`);
  return payload.suggestion;
}

export async function read(client: ApiClient, id: string) {
  return (await client.ok(`query($id: ID!) { suggestion(id: $id) { ${FILE} } }`, { id })).suggestion;
}

export const SAMPLE = {
  title: '关于在产业园区建设职工技能实训基地的建议',
  field: 'SCIENCE_INNOVATION',
  problem: '园区企业多为中小企业，各自开展技能培训成本高、设备少，青年职工缺少实操训练的机会。',
  proposal: '建议由工会牵头，联合园区管委会和龙头企业共建共享技能实训基地，按季度开放实训工位。',
};
