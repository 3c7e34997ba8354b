import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../modules/index.js';
import { guardResolvers } from './guards.js';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process; type-graphql's metadata is global, so once is also correct. */
export function laomoSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then(guardResolvers); // refusals, NUL and transactions, per field without type-graphql's global middlewares

  return built;
}
