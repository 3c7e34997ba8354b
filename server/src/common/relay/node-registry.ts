import type { Context } from '../../context.js';

/**
 * How `node(id:)` finds each type. Every type registers a loader that applies the same
 * visibility rule as its own query, so `node` can never reach an object its query would refuse.
 */
type NodeLoader = (ctx: Context, id: string) => Promise<object | null>;

const loaders = new Map<string, NodeLoader>();

export function registerNode(type: string, loader: NodeLoader): void {
  loaders.set(type, loader);
}

export function nodeLoader(type: string): NodeLoader | undefined {
  return loaders.get(type);
}
