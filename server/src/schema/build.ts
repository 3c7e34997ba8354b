import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../modules/index.js';
import { refusalsMiddleware } from '../common/errors/middleware.js';
import { mutationTransaction } from '../common/transaction.js';
import { nulGuardMiddleware } from '../common/errors/nul-guard.js';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process; type-graphql's metadata is global, so once is also correct. */
export function laomoSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    // Outermost first: a refusal is turned into `userErrors` after its transaction has rolled back;
    // the NUL guard refuses before a transaction is taken.
    globalMiddlewares: [refusalsMiddleware, nulGuardMiddleware, mutationTransaction],
    emitSchemaFile: false,
  });
  return built;
}
