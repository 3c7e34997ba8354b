import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { ModelWorker } from './model-worker.entity.js';

/** An honor a model worker holds (or held, when revoked). */
@Entity()
@ObjectType({ implements: BaseEntity })
export class ModelWorkerHonor extends BaseEntity {
  @Index({ name: 'model_worker_honor_model_worker_id_index' }) @ManyToOne('ModelWorker', { ref: true, deleteRule: 'cascade' })
  modelWorker!: Ref<ModelWorker>;

  @ManyToOne(() => Honor, { ref: true, eager: true })
  honor!: Ref<Honor>;

  @Field(() => Int) @Property()
  year!: number;

  /** The conferring body, which alone may revoke it. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  conferredBy?: Ref<Organization> | null;

  /** The conferring body by name when it is not an organization of laomo (honors conferred before it, national ones). */
  @Property({ length: 100, nullable: true })
  conferredByName?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  revokeReason?: string | null;
}
