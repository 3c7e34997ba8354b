import type { SuggestionSubmitInput } from './gql/graphql.js';
import type { ApiClient, TestApp } from './app.js';
import { organizationId } from './directory.js';
import { done } from './steps.js';
import { SAMPLE } from './suggestion.js';

/** The people of a suggestion's handling: its author, the city's office and the handling department. */
export interface SuggestionParties { author: ApiClient; city: ApiClient; handler: ApiClient }

/**
 * A suggestion walked to the author's satisfied rating: submitted, accepted, assigned to
 * 市总工会权益保障部, answered and fed back. Returns its id.
 */
export async function suggestionRated(t: TestApp, { author, city, handler }: SuggestionParties, input: Partial<SuggestionSubmitInput> = {}): Promise<string> {
  const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, ...input });
  await done(city, 'suggestionAccept', { suggestion: id });
  await done(city, 'suggestionAssign', { suggestion: id, handler: await organizationId(t, '市总工会权益保障部') });
  await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'WILL_ADOPT', content: '已纳入明年工作要点，由权益保障部牵头落实。' });
  await done(city, 'suggestionFeedBack', { suggestion: id });
  await done(author, 'suggestionRate', { suggestion: id, rating: 'SATISFIED' });
  return id;
}
