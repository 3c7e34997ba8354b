import type { GraphQLFormattedError } from 'graphql';
import { translate } from '../i18n/messages.js';
import { CommonError } from './catalogue.js';
import { faultForLog } from './fault-log.js';

/** Codes whose messages are meant for the client; every other error is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error(`[laomo] internal error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`, faultForLog(error));
  return {
    // Faults are rare and the request's language is not at hand here: say it in both.
    message: `${translate('zh-CN', CommonError.Internal)} (${translate('en', CommonError.Internal)})`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
