import type { GraphQLField, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { refusal } from '../common/errors/middleware.js';
import { refuseNul } from '../common/errors/nul-guard.js';
import { inMutationTransaction } from '../common/transaction.js';
import type { Context } from '../context.js';

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * One field's resolver with what every resolver passes through: arguments holding a NUL are refused,
 * a root mutation runs in its own transaction, and a refusal becomes `userErrors` or a coded GraphQL
 * error. A field that answers at once (most of them: plain properties) stays synchronous; type-graphql's
 * global middlewares would turn each into a chain of promises, which on a notice page of 50 candidates
 * is most of the server's time.
 */
function guarded(resolve: GraphQLFieldResolver<unknown, Context>, mutation: boolean, withArgs: boolean): GraphQLFieldResolver<unknown, Context> {
  return (root, args, context, info) => {
    try {
      if (withArgs) refuseNul(args);
      const result = mutation ? inMutationTransaction(context, () => resolve(root, args, context, info)) : resolve(root, args, context, info);
      return isPromise(result) ? result.then(undefined, (error: unknown) => refusal(error, context, info)) : result;
    } catch (error) {
      return refusal(error, context, info);
    }
  };
}

/** Applies `guarded` to every resolver of the built schema (introspection's own types excepted). */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    // Not `instanceof GraphQLObjectType`: type-graphql may hold another copy of graphql-js (its CommonJS
    // build beside our ES module one), whose classes are not ours. Only object types' fields resolve.
    if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, Context>[]) {
      if (!field.resolve) continue;
      field.resolve = guarded(field.resolve as GraphQLFieldResolver<unknown, Context>, type === mutationType, field.args.length > 0);
    }
  }
  return schema;
}
