import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Context } from '../context.js';

// graphql-js as Node loads it for Apollo, type-graphql and graphql-jit (its CommonJS build: graphql 16 has no
// `exports`), also where a bundler would hand this file the ES module copy, whose classes refuse the schema.
const { execute, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * graphql-jit's errors are read-only look-alikes of graphql-js's; the plugins word errors in the caller's
 * language by rewriting their message (query-limits.ts), so each becomes a graphql-js error with the same
 * message, locations, path, original error and extensions.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((jit) => {
    const error = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError ?? undefined, extensions: jit.extensions });
    (error as { locations?: unknown }).locations = jit.locations;
    return error;
  });
  return { ...result, errors };
}

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Context>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Compiled = CompiledQuery<Record<string, unknown>, Record<string, unknown>>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/** Documents kept compiled; the web asks a few dozen distinct public queries, so this is never reached by it. */
const COMPILED_DOCUMENTS = 200;

/**
 * Where a request is executed: an anonymous GET (the public reads the whole city makes when a notice
 * opens) runs as a query compiled by graphql-jit once per document and kept, instead of graphql-js
 * interpreting the document field by field on every request; everything else — mutations, signed-in
 * views — runs through graphql-js as before.
 *
 * Apollo takes a custom executor only through its gateway interface; nothing else of a gateway is used:
 * the schema is laomo's own and never changes. Parsing, validation (graphql-armor's limits included, kept
 * per document by Apollo's document store), the cost limit, error formatting and the HTTP cache policy
 * are Apollo's and the plugins', the same on both paths.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  // `none` remembers a document graphql-jit cannot compile, so it is not tried again.
  const compiled = new LRUCache<string, Compiled | { none: true }>({ max: COMPILED_DOCUMENTS });
  const compiledFor = (queryHash: string, operationName: string | null, document: DocumentNode) => {
    const key = `${operationName ?? ''}:${queryHash}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery<Record<string, unknown>, Record<string, unknown>>(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : { none: true };
      compiled.set(key, query);
    }
    return 'none' in query ? undefined : query;
  };

  const executor: Executor = async (request) => {
    const context = request.context as Context;
    const variables = request.request.variables ?? {};
    const publicRead = request.operation.operation === 'query' && request.request.http?.method === 'GET' && !context.viewer.account;
    const query = publicRead ? compiledFor(request.queryHash, request.operationName, request.document) : undefined;
    if (query) {
      const result = await query.query(undefined, context, variables);
      // No `data`: refused before running (its variables); graphql-js words that refusal as the API always has.
      if ('data' in result || !result.errors?.length) return asGraphQLErrors(result) as Awaited<ReturnType<Executor>>;
    }
    return execute({ schema, document: request.document, contextValue: context, variableValues: variables, operationName: request.operationName }) as ReturnType<Executor>;
  };

  let listener: SchemaListener | undefined;
  return {
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => { listener = undefined; };
    },
    async stop() {},
  };
}
