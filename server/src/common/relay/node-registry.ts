import type { Context } from '../../context.js';

/**
 * How `node(id:)` finds each type. Every type registers a loader that applies the same
 * visibility rule as its own query, so `node` can never reach an object its query would refuse.
 */
type NodeLoader = (ctx: Context, id: string) => Promise<object | null>;

/** A module's loaders by type name; modules/index.ts registers every module's. */
export type NodeLoaders = Record<string, NodeLoader>;

const loaders = new Map<string, NodeLoader>();

export function registerNodes(byType: NodeLoaders): void {
  for (const [type, loader] of Object.entries(byType)) loaders.set(type, loader);
}

export function nodeLoader(type: string): NodeLoader | undefined {
  return loaders.get(type);
}
