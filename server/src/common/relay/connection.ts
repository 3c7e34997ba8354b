import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import { PageInfo } from './page-info.js';
import { UserInputError } from '../errors/user-input-error.js';
import { CommonError } from '../errors/catalogue.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XConnection` and `XEdge` object types for a node type. Their fields are plain values read by
 * graphql's default resolver (`simpleResolvers`), not one type-graphql wrapper per field: a page of 100
 * entries is 100 edges and nodes.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionClass;
}

// Offset cursors: simple, stable under the explicit order every list gives (with `id` last as a
// tie-breaker), and opaque to clients, who only pass them back.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = /^o:(\d{1,9})$/.exec(text);
  if (!offset) throw new UserInputError(CommonError.BadCursor, ['after']);
  return Number(offset[1]) + 1;
}

export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new UserInputError(CommonError.PageSize, ['first'], { max: MAX_PAGE_SIZE });
  }
  return { limit, offset: args.after ? decodeCursor(args.after) : 0 };
}

/** Wraps one page of already-fetched items (fetched with `limit + 1`) as a connection. */
export function toConnection<T>(items: T[], totalCount: number, window: { limit: number; offset: number }): Connection<T> {
  const page = items.slice(0, window.limit);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + page.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page of an entity query as a connection: the page, and a count only when the page is full (a page that
 * is not full already tells how many there are, which is most lists: one statement instead of two).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
  options: Omit<FindOptions<T, any>, 'limit' | 'offset' | 'orderBy'> = {},
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const items = await em.find(entity, where, {
    ...options,
    orderBy: [orderBy, { id: 'asc' } as QueryOrderMap<T>],
    limit: window.limit,
    offset: window.offset,
  } as FindOptions<T, any>);
  const pageTellsTotal = items.length < window.limit && (items.length > 0 || window.offset === 0);
  const count = pageTellsTotal ? window.offset + items.length : await em.count(entity, where);
  return toConnection(items as T[], count, window);
}
