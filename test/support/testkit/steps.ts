import type { TypedDocumentString } from './gql/graphql.js';
import type { ApiClient, UserError } from './app.js';
import { STUDIO_STEPS } from './studio.js';
import { SUGGESTION_STEPS } from './suggestion.js';

/**
 * The steps of the processes that run on one input and return their object with `userErrors`
 * (studio certification, suggestions), by mutation name: `step` returns the payload, `done` the
 * object of a step that must succeed. Inputs and payloads are typed by the mutation's name.
 */
const STEPS = { ...STUDIO_STEPS, ...SUGGESTION_STEPS };

type Steps = typeof STEPS;
export type StepName = keyof Steps;
type Result<K extends StepName> = Steps[K] extends TypedDocumentString<infer R, infer _V> ? R : never;
type Variables<K extends StepName> = Steps[K] extends TypedDocumentString<infer _R, infer V> ? V : never;
export type StepInput<K extends StepName> = Variables<K> extends { input: infer I } ? I : never;
export type StepPayload<K extends StepName> = Result<K>[K & keyof Result<K>];
/** The object a step returns: its payload less the user errors. */
export type StepObject<K extends StepName> = NonNullable<StepPayload<K>[Exclude<keyof StepPayload<K>, 'userErrors' | '__typename'>]>;

export async function step<K extends StepName>(client: ApiClient, name: K, input: StepInput<K>): Promise<StepPayload<K>> {
  const data = await client.ok<Record<string, unknown>>(STEPS[name].toString(), { input });
  return data[name] as StepPayload<K>;
}

/** A step that must succeed: throws with its user errors otherwise. */
export async function done<K extends StepName>(client: ApiClient, name: K, input: StepInput<K>): Promise<StepObject<K>> {
  const payload = (await step(client, name, input)) as { userErrors: UserError[] } & Record<string, unknown>;
  if (payload.userErrors.length) throw new Error(`${name}: ${JSON.stringify(payload.userErrors)}`);
  const [object] = Object.entries(payload).filter(([key]) => key !== 'userErrors').map(([, value]) => value);
  if (object == null) throw new Error(`${name} returned no object`);
  return object as StepObject<K>;
}
