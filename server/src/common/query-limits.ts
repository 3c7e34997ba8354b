import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_QUERY_COST, queryCost } from './query-cost.js';
import { CommonError } from './errors/catalogue.js';
import { translate } from './i18n/messages.js';
import { localeFromHeader } from './i18n/locale.js';
import type { Context } from '../context.js';

/** The longest query accepted, in GraphQL tokens; the web app's largest is a few hundred. */
export const MAX_QUERY_TOKENS = 4000;

/**
 * Queries already counted and found short enough. Nearly every request sends one of the web app's few
 * hundred documents, and lexing each again was as much CPU as a small answer's whole execution.
 */
const shortEnough = new Set<string>();

function tooManyTokens(query: string): boolean {
  if (shortEnough.has(query)) return false;
  const over = countsOver(query);
  if (!over) {
    if (shortEnough.size >= 1000) shortEnough.clear();
    shortEnough.add(query);
  }
  return over;
}

function countsOver(query: string): boolean {
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

/** The shape limits graphql-armor checks, each refused with its own code and a message in the caller's language. */
const SHAPE_LIMITS = {
  depth: { max: 12, code: 'QUERY_TOO_DEEP', reason: CommonError.QueryTooDeep },
  aliases: { max: 20, code: 'TOO_MANY_ALIASES', reason: CommonError.TooManyAliases },
  directives: { max: 20, code: 'TOO_MANY_DIRECTIVES', reason: CommonError.TooManyDirectives },
} as const;
type ShapeLimit = (typeof SHAPE_LIMITS)[keyof typeof SHAPE_LIMITS];
const SHAPE_REASONS = new Map<string, ShapeLimit>(Object.values(SHAPE_LIMITS).map((limit) => [limit.reason, limit]));

/**
 * armor's own refusal is an English "Syntax Error: … found N." thrown from a validation rule, where the
 * caller's language is not known; it is reported instead as an error carrying the limit and the count,
 * which `queryLimitsPlugin` words once the request's locale is known.
 */
function shapeLimit(limit: ShapeLimit) {
  return {
    n: limit.max,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, armorError: GraphQLError) => {
      const found = Number(/found (\d+)/.exec(armorError.message)?.[1] ?? limit.max + 1);
      context?.reportError(new GraphQLError(limit.reason, { extensions: { reason: limit.reason, max: limit.max, found } }));
    }],
  };
}

/** Limits on what one request may ask for, so a crafted query cannot exhaust the server. */
export const armor = new ApolloArmor({
  maxDepth: shapeLimit(SHAPE_LIMITS.depth),
  maxAliases: shapeLimit(SHAPE_LIMITS.aliases),
  maxDirectives: shapeLimit(SHAPE_LIMITS.directives),
  // These three are ours (above and query-cost.ts): armor's see neither variables nor the caller's
  // language, answer HTTP 500 past the token limit and miss enum suggestions.
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
  blockFieldSuggestion: { enabled: false },
});

/**
 * graphql-js stops coercing variables after 50 bad values with this error, which Apollo does not
 * recognise as the caller's mistake (it carries no variable node) and would mask as an internal error.
 */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

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
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const limit = SHAPE_REASONS.get(error.extensions?.reason as string);
          if (limit) {
            error.message = translate(contextValue.locale, limit.reason, { found: error.extensions.found as number, max: limit.max });
            error.extensions.code = limit.code;
          }
          if (!error.extensions.code && !error.path && error.message === TOO_MANY_VARIABLE_ERRORS) {
            error.message = translate(contextValue.locale, CommonError.Invalid);
            error.extensions.code = 'BAD_USER_INPUT';
          }
          error.message = withoutSuggestions(error.message);
        }
      },
    };
  },
};
