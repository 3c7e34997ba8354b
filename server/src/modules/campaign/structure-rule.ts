import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { StructureBound, StructureDimension } from './campaign.enums.js';

/** One structure rule of a campaign: the batch's share of a dimension must stay at or above / below a percentage. */
@Embeddable()
@ObjectType({ description: 'A minimum or maximum share (percent) of a dimension in a district batch.' })
export class StructureRule {
  @Field(() => StructureDimension) @Enum({ items: () => StructureDimension })
  dimension!: StructureDimension;

  @Field(() => StructureBound) @Enum({ items: () => StructureBound })
  bound!: StructureBound;

  @Field(() => Int, { description: '0–100' }) @Property()
  percent!: number;
}
