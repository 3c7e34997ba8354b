import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_QUERY_COST, queryCost } from './query-cost.js';
import { CommonError } from './errors/catalogue.js';
import { translate } from './i18n/messages.js';
import { localeFromHeader } from './i18n/locale.js';
import type { Context } from '../context.js';

/** The longest query accepted, in GraphQL tokens; the web app's largest is a few hundred. */
export const MAX_QUERY_TOKENS = 4000;

function tooManyTokens(query: string): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) {
      count += 1;
      if (count > MAX_QUERY_TOKENS) return true;
    }
  } catch {
    // Not GraphQL at all: Apollo's parser answers that with its own syntax error.
  }
  return false;
}

/**
 * Refuses an over-long query before Apollo parses it, with HTTP 400 and a message in the caller's
 * language (a refusal from Apollo's parsing hooks would be an HTTP 500).
 */
export const queryTokenLimit: RequestHandler = (req, res, next) => {
  const query: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
  if (typeof query !== 'string' || !tooManyTokens(query)) {
    next();
    return;
  }
  const locale = localeFromHeader(req.headers['accept-language']);
  res.status(400).json({
    errors: [{
      message: translate(locale, CommonError.QueryTooLarge, { max: MAX_QUERY_TOKENS }),
      extensions: { code: 'QUERY_TOO_LARGE', reason: CommonError.QueryTooLarge, maxTokens: MAX_QUERY_TOKENS },
    }],
  });
};

/** graphql-js suggests names ("Did you mean …?", also "the enum value …"), which tells a prober what the schema holds. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean [^?]*\?/g, '');

/**
 * The cost limit, counted once the operation and its variables are known (see query-cost.ts),
 * refused with HTTP 400; and no name suggestions in any error.
 */
export const queryLimitsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return;
        const cost = queryCost({ schema, document, operation, variables: request.variables });
        if (cost <= MAX_QUERY_COST) return;
        throw new GraphQLError(translate(contextValue.locale, CommonError.QueryTooCostly, { cost: Math.round(cost), max: MAX_QUERY_COST }), {
          extensions: { code: 'QUERY_TOO_COSTLY', reason: CommonError.QueryTooCostly, cost: Math.round(cost), maxCost: MAX_QUERY_COST, http: { status: 400 } },
        });
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = withoutSuggestions(error.message);
      },
    };
  },
};
