import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './relay/global-id.js';

/**
 * Every stored object: a uuid key (never shown), timestamps, and the GraphQL `Node` interface whose
 * `id` is the opaque global id. The GraphQL type name is the class name.
 */
@InterfaceType('Node', { resolveType: (value) => value.constructor.name })
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties `em.create` may omit: defaults and the computed `nodeId`; subclasses name their own. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'nodeId' | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID, { name: 'id', description: 'Global object id.' })
  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
