import {
  Kind, valueFromASTUntyped,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type GraphQLType,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './relay/connection.js';

/** What one field costs: a leaf 1, an object 2 plus 1.5 × its selections, all times the page size asked for. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/**
 * The most a query may cost. The web's heaviest page, 20 comments with 20 replies each, costs
 * about 28,000; two nested lists of 100 cost millions.
 */
export const MAX_QUERY_COST = 50000;

// Duck-typed rather than graphql's isObjectType/getNamedType, whose instanceof checks fail when
// the schema was built by another copy of graphql (type-graphql's CommonJS one under vitest).
const fieldOf = (type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined =>
  type && 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;

function namedType(type: GraphQLType): GraphQLNamedType {
  let named: GraphQLType = type;
  while ('ofType' in named && named.ofType) named = named.ofType;
  return named as GraphQLNamedType;
}

interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown> | null;
}

/**
 * The cost of an operation as it will run: a connection's `first` counts with the value it will
 * have, whether written in the query, passed in a variable, taken from the variable's default or
 * left to the server's default page size, so a variable cannot hide a page size.
 */
export function queryCost({ schema, document, operation, variables }: CostInput): number {
  const fragments = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]));
  const defaults = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue]));

  const valueOf = (node: ValueNode): unknown => {
    if (node.kind !== Kind.VARIABLE) return valueFromASTUntyped(node);
    const name = node.name.value;
    if (variables && variables[name] !== undefined && variables[name] !== null) return variables[name];
    const fallback = defaults.get(name);
    return fallback ? valueFromASTUntyped(fallback) : undefined;
  };

  const pageSize = (type: GraphQLNamedType | undefined, fieldName: string, args: readonly { name: { value: string }; value: ValueNode }[]): number => {
    const firstArg = fieldOf(type, fieldName)?.args.find((a) => a.name === 'first');
    if (!firstArg) return 1;
    const written = args.find((a) => a.name.value === 'first');
    const value = written ? valueOf(written.value) : firstArg.defaultValue;
    const size = typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_PAGE_SIZE;
    return Math.max(1, size);
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => set.selections.reduce((sum, selection) => {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      return fragment ? sum + selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)) : sum;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      return sum + selectionCost(selection.selectionSet, type ?? undefined);
    }
    const name = selection.name.value;
    if (name === '__schema' || name === '__type') return sum;
    if (!selection.selectionSet) return sum + SCALAR_COST;
    const definition = fieldOf(parent, name);
    const child = definition ? namedType(definition.type) : undefined;
    const own = OBJECT_COST + DEPTH_FACTOR * selectionCost(selection.selectionSet, child);
    return sum + own * pageSize(parent, name, selection.arguments ?? []);
  }, 0);

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return selectionCost(operation.selectionSet, root ?? undefined);
}
