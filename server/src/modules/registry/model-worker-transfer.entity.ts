import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from './model-worker.entity.js';
import { Keeping, TransferState } from './registry.enums.js';

/**
 * A request to hand a record to another keeper (分级管理): made in the scope of the present keeper,
 * accepted or declined in the scope of the new one. A record has at most one open request (a partial
 * unique index in the migration), and the record's own history tells every move.
 */
@Entity()
@Index({ properties: ['state', 'to'] })
@ObjectType({ implements: BaseEntity, description: 'A request to move a registry record to another keeper (staff only).' })
export class ModelWorkerTransfer extends BaseEntity<'state'> {
  @ManyToOne(() => ModelWorker, { ref: true, deleteRule: 'cascade' })
  modelWorker!: Ref<ModelWorker>;

  @ManyToOne(() => Organization, { ref: true })
  from!: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true })
  to!: Ref<Organization>;

  @Field(() => Keeping) @Enum({ items: () => Keeping, nativeEnumName: 'keeping' })
  keeping!: Keeping;

  @Field() @Property({ type: 'text' })
  reason!: string;

  @Field(() => TransferState) @Enum({ items: () => TransferState, nativeEnumName: 'transfer_state' })
  state: TransferState = TransferState.REQUESTED;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  declineReason?: string | null;
}
