import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { Gender, ModelWorkerCategory, ModelWorkerStatus } from './registry.enums.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { Industry } from './industry.js';

/**
 * A record of the model-worker registry (劳模信息数据库). The GraphQL type carries only what a
 * public profile shows (name, gender, employer, post, honors); the personal columns below have no
 * `@Field` and reach staff only through the registry's staff types.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '劳模 (public profile)' })
export class ModelWorker extends BaseEntity<'status' | 'category' | 'profileConsent' | 'retired' | 'hardship'> {
  @Field() @Index() @Property({ length: 60 })
  name!: string;

  @Field(() => Gender) @Enum({ items: () => Gender, nativeEnumName: 'gender' })
  gender!: Gender;

  /** The grassroots union of the employer; public as the employer's name. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field({ description: 'Employer as shown publicly.' }) @Property({ length: 200 })
  employerName!: string;

  @Field() @Property({ length: 100 })
  post!: string;

  @Enum({ items: () => ModelWorkerCategory, nativeEnumName: 'model_worker_category' })
  category: ModelWorkerCategory = ModelWorkerCategory.EXEMPLARY;

  @Enum({ items: () => ModelWorkerStatus, nativeEnumName: 'model_worker_status' })
  status: ModelWorkerStatus = ModelWorkerStatus.ACTIVE;

  // Personal information (PIPL): never exposed to the public.
  @Property({ length: 18, nullable: true }) idNumber?: string | null;
  @Property({ length: 20, nullable: true }) phone?: string | null;
  @Property({ length: 300, nullable: true }) address?: string | null;
  @Property({ type: 'date', nullable: true }) birthDate?: string | null;
  @Property({ length: 20, nullable: true }) ethnicity?: string | null;
  @Property({ length: 30, nullable: true }) politicalStatus?: string | null;

  /** The sign-in of the model worker, for suggestions and their studio page. */
  @ManyToOne(() => Account, { ref: true, nullable: true, unique: true })
  account?: Ref<Account> | null;

  @OneToMany(() => ModelWorkerHonor, (h) => h.modelWorker)
  honors = new Collection<ModelWorkerHonor>(this);

  // --- The person's side and the public side (migration `..._model_worker_profile`) ---

  /** The person's recorded consent to a public profile (劳模风采; PIPL art. 25); without it no profile is listed. */
  @Property() profileConsent: boolean = false;

  /** The public deeds summary shown on the profile (about 500 characters). */
  @Property({ type: 'text', nullable: true }) deedsSummary?: string | null;

  /** Retired (退休): with `hardship`, what the class is worked out from (model-worker-class.ts). */
  @Property() retired: boolean = false;

  /** In hardship (old, ill or in difficulty), as the union has found. */
  @Property() hardship: boolean = false;

  /** The industry they work in (public: the profiles' filter and the statistics). */
  @Field(() => Industry, { nullable: true }) @Enum({ items: () => Industry, nullable: true, nativeEnumName: 'studio_industry' })
  industry?: Industry | null;
}
