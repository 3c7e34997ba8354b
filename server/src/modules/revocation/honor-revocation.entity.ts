import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { RevocationState } from './revocation.enums.js';

/**
 * A report that a model worker's honor should be revoked (退出机制), for any honor on record, conferred
 * inside laomo or before it. It is reported by a union office over the person, passed up office by
 * office (`at`) to the body that conferred the honor, which revokes it or dismisses the report, with
 * reasons. Staff only (revocation.access.ts); every step is in the audit log.
 */
@Entity()
// One open report per honor held.
@Unique({ name: 'honor_revocation_open_unique', expression: `create unique index "honor_revocation_open_unique" on "honor_revocation" ("held_id") where "state" = 'REPORTED'` })
@ObjectType({ implements: BaseEntity, description: '荣誉撤销报告（退出机制）' })
export class HonorRevocation extends BaseEntity<'state' | 'decisionReason' | 'decidedAt'> {
  @ManyToOne(() => ModelWorkerHonor, { ref: true, deleteRule: 'cascade' })
  held!: Ref<ModelWorkerHonor>;

  @ManyToOne(() => ModelWorker, { ref: true, deleteRule: 'cascade' })
  modelWorker!: Ref<ModelWorker>;

  @Field(() => RevocationState) @Index() @Enum({ items: () => RevocationState, nativeEnumName: 'revocation_state' })
  state: RevocationState = RevocationState.REPORTED;

  /** The office the report sits at now: the reporting office, then each union above it in turn. */
  @ManyToOne(() => Organization, { ref: true })
  at!: Ref<Organization>;

  /** The body that conferred the honor, which alone decides; the top of the person's tree when none is on record. */
  @ManyToOne(() => Organization, { ref: true })
  conferringBody!: Ref<Organization>;

  @Field() @Property({ type: 'text' })
  reportReason!: string;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
