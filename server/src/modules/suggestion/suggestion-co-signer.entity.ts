import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { CoSignStatus } from './suggestion.enums.js';
import type { Suggestion } from './suggestion.entity.js';

/** Another model worker named on a joint suggestion (联名); named publicly only once they confirm. */
@Entity()
@Unique({ properties: ['suggestion', 'modelWorker'] })
@ObjectType({ implements: BaseEntity, description: '联名建议人（仅建议的办理各方可见）' })
export class SuggestionCoSigner extends BaseEntity<'status'> {
  @ManyToOne('Suggestion', { ref: true, deleteRule: 'cascade' })
  suggestion!: Ref<Suggestion>;

  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  @Field(() => CoSignStatus) @Enum({ items: () => CoSignStatus, nativeEnumName: 'co_sign_status' })
  status: CoSignStatus = CoSignStatus.PENDING;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  respondedAt?: Date | null;
}
