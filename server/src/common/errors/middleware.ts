import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { toUserErrors } from './to-user-errors.js';
import { AccessError } from './user-input-error.js';
import { CommonError, AuthError } from './catalogue.js';
import { translate } from '../i18n/messages.js';
import type { Context } from '../../context.js';

/**
 * Turns a refusal into what the API promises: a mutation answers with its payload's `userErrors`
 * (other fields null); a query gets a GraphQL error with a stable code and a translated message.
 * Anything else is a fault and is thrown on to `formatError`, which masks it.
 */
export function refusal(error: unknown, context: Context, info: GraphQLResolveInfo): { userErrors: ReturnType<typeof toUserErrors> } {
  const userErrors = toUserErrors(error, context.locale);
  if (!userErrors) throw error;
  const topLevelMutation = info.parentType.name === 'Mutation';
  if (topLevelMutation) return { userErrors };
  const first = userErrors[0];
  const code = error instanceof AccessError
    ? (error.code === AuthError.Required ? 'UNAUTHENTICATED' : 'FORBIDDEN')
    : 'BAD_USER_INPUT';
  throw new GraphQLError(first?.message ?? translate(context.locale, CommonError.Invalid), {
    extensions: { code, reason: first?.code, userErrors },
  });
}
