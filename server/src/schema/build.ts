import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { resolvers } from '../modules/index.js';
import { guardResolvers } from './guards.js';
import { validateArgument } from './validate-args.js';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process; type-graphql's metadata is global, so once is also correct. */
export function laomoSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    // class-validator as type-graphql runs it, without looking up classes that declare no constraint.
    validateFn: validateArgument,
    emitSchemaFile: false,
  })
    .then(simpleGettersReadDirectly)
    .then(guardResolvers); // refusals, NUL and transactions, per field without type-graphql's global middlewares

  return built;
}

function hasGetter(prototype: object | null, name: string): boolean {
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    if (descriptor) return typeof descriptor.get === 'function';
  }
  return false;
}

/**
 * type-graphql gives a field declared on a getter a resolver of its own even when it is `simple` (it calls
 * the getter through its resolver machinery, and then the guard wraps it). graphql's default resolver reads a
 * getter just as well, so a `simple` getter field keeps no resolver: the snapshot fields of every candidate
 * of a notice page (seven per entry) were 350 resolver calls per page.
 */
function simpleGettersReadDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const objectType of getMetadataStorage().objectTypes) {
    const type = schema.getType(objectType.name);
    if (!type || !('getFields' in type) || !('getInterfaces' in type)) continue;
    const fields = type.getFields() as Record<string, GraphQLField<unknown, unknown>>;
    for (const field of objectType.fields ?? []) {
      if (field.simple !== true || !hasGetter((objectType.target as { prototype: object }).prototype, field.name)) continue;
      const built = fields[field.schemaName];
      if (built) built.resolve = undefined;
    }
  }
  return schema;
}
