import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Gender, ModelWorkerCategory } from '../registry/registry.enums.js';

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

@ObjectType({ description: 'Aggregate figures of the model-worker registry; no person can be told from them.' })
export class RegistryStatistics {
  @Field(() => Int, { description: 'Model workers holding at least one honor now.' }) total!: number;
  @Field(() => [HonorCount], { description: 'Holders of each honor (a person may hold several).' }) byHonor!: HonorCount[];
  @Field(() => [DistrictCount]) byDistrict!: DistrictCount[];
  @Field(() => [GenderCount]) byGender!: GenderCount[];
  @Field(() => [CategoryCount], { description: '示范引领 / 帮扶救助 / 疏导关怀 (seed 003).' }) byCategory!: CategoryCount[];
}
