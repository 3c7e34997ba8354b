import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { toUserErrors } from './to-user-errors.js';
import { AccessError } from './user-input-error.js';
import { CommonError, AuthError } from './catalogue.js';
import { translate } from '../i18n/messages.js';
import type { Context } from '../../context.js';

/**
 * Turns refusals into what the API promises: a mutation answers with its payload's `userErrors`
 * (other fields null); a query gets a GraphQL error with a stable code and a translated message.
 * Anything else is a fault and goes on to `formatError`, which masks it.
 */
export const refusalsMiddleware: MiddlewareFn<Context> = async ({ info, context }, next) => {
  try {
    return await next();
  } catch (error) {
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
};
