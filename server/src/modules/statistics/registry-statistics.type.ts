import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Honor } from '../honor/honor.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { Gender, ModelWorkerCategory } from '../registry/registry.enums.js';
import { Industry } from '../registry/industry.js';

@ObjectType({ description: 'A count and its share of the total (0–1).' })
export class Share {
  @Field(() => Int) count!: number;
  @Field(() => Float) share!: number;
}

@ObjectType()
export class HonorCount extends Share {
  @Field(() => Honor) honor!: Honor;
}

@ObjectType()
export class DistrictCount extends Share {
  @Field(() => Organization, { description: 'The district, industry or bureau union.' }) organization!: Organization;
}

@ObjectType()
export class GenderCount extends Share {
  @Field(() => Gender) gender!: Gender;
}

@ObjectType()
export class CategoryCount extends Share {
  @Field(() => ModelWorkerCategory) category!: ModelWorkerCategory;
}

/** Age bands of the registry's reports; a record without a birth date is counted as UNKNOWN. */
export enum AgeBand {
  UNDER_40 = 'UNDER_40',
  FROM_40_TO_49 = 'FROM_40_TO_49',
  FROM_50_TO_59 = 'FROM_50_TO_59',
  FROM_60_TO_69 = 'FROM_60_TO_69',
  FROM_70 = 'FROM_70',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(AgeBand, {
  name: 'AgeBand',
  valuesConfig: {
    UNDER_40: { description: '40 岁以下' }, FROM_40_TO_49: { description: '40–49 岁' }, FROM_50_TO_59: { description: '50–59 岁' },
    FROM_60_TO_69: { description: '60–69 岁' }, FROM_70: { description: '70 岁及以上' }, UNKNOWN: { description: '未登记出生日期' },
  },
});

@ObjectType()
export class LevelCount extends Share {
  @Field(() => HonorLevel, { description: 'The highest level of honor the person holds now.' }) level!: HonorLevel;
}

@ObjectType()
export class RetirementCount extends Share {
  @Field({ description: 'Retired (退休), or in post.' }) retired!: boolean;
}

@ObjectType()
export class AgeBandCount extends Share {
  @Field(() => AgeBand) band!: AgeBand;
}

@ObjectType()
export class IndustryCount extends Share {
  @Field(() => Industry, { nullable: true, description: 'Null: not yet recorded.' }) industry!: Industry | null;
}

@ObjectType({ description: 'Aggregate figures of the model-worker registry; no person can be told from them.' })
export class RegistryStatistics {
  @Field(() => Int, { description: 'Model workers holding at least one honor now.' }) total!: number;
  @Field(() => [HonorCount], { description: 'Holders of each honor (a person may hold several).' }) byHonor!: HonorCount[];
  @Field(() => [DistrictCount]) byDistrict!: DistrictCount[];
  @Field(() => [GenderCount]) byGender!: GenderCount[];
  @Field(() => [CategoryCount], { description: '示范引领 / 帮扶救助 / 疏导关怀 (seed 003).' }) byCategory!: CategoryCount[];
  @Field(() => [LevelCount], { description: 'Each person once, by the highest level they hold.' }) byLevel!: LevelCount[];
  @Field(() => [RetirementCount], { description: 'In post or retired.' }) byRetirement!: RetirementCount[];
  @Field(() => [AgeBandCount], { description: 'Age today (Beijing), in bands.' }) byAgeBand!: AgeBandCount[];
  @Field(() => [IndustryCount], { description: 'By the industry they work in, largest first.' }) byIndustry!: IndustryCount[];
}
