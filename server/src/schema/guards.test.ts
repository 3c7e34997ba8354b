import { buildSchema, graphql, GraphQLObjectType, type GraphQLFieldResolver } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardResolvers } from './guards.js';
import { UserInputError } from '../common/errors/user-input-error.js';
import { CommonError } from '../common/errors/catalogue.js';
import type { Context } from '../context.js';

function schemaWith(resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, Context>>>) {
  const schema = buildSchema(`
    type Query { entry: Entry }
    type Entry { name: String page(first: Int, search: String): [String] }
  `);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [name, resolve] of Object.entries(fields)) type.getFields()[name]!.resolve = resolve;
  }
  return guardResolvers(schema);
}

const context = { locale: 'en' } as Context;

describe('the guards every resolver passes through', () => {
  it('leave a field that answers at once synchronous (no promise per field)', () => {
    const schema = schemaWith({ Entry: { name: (root) => (root as { name: string }).name } });
    const resolve = (schema.getType('Entry') as GraphQLObjectType).getFields().name!.resolve!;
    expect(resolve({ name: '王建国' }, {}, context, { fieldName: 'name', parentType: { name: 'Entry' } } as never)).toBe('王建国');
  });

  it('turn a refusal in a nested field into a coded error in the caller’s language', async () => {
    const schema = schemaWith({
      Query: { entry: () => ({ name: 'x' }) },
      Entry: { page: () => { throw new UserInputError(CommonError.PageSize, ['first'], { max: 100 }); } },
    });
    const result = await graphql({ schema, source: '{ entry { name page(first: 1000) } }', contextValue: context });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: CommonError.PageSize });
    expect(result.data).toEqual({ entry: { name: 'x', page: null } });
  });

  it('refuse a NUL character in any field’s arguments before its resolver runs', async () => {
    let ran = false;
    const schema = schemaWith({ Query: { entry: () => ({}) }, Entry: { page: () => { ran = true; return []; } } });
    const result = await graphql({ schema, source: '{ entry { page(search: "a\\u0000b") } }', contextValue: context });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: CommonError.NulCharacter });
    expect(ran).toBe(false);
  });
});
