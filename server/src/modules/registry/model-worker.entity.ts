import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory, ModelWorkerStatus } from './registry.enums.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { Industry } from './industry.js';

export interface FamilyMemberData { relation: string; name: string; birthYear?: number | null; employer?: string | null }
export interface WorkPeriodData { employer: string; post: string; from: string; to?: string | null }

/**
 * A record of the model-worker registry (劳模信息数据库). The GraphQL type carries only what a
 * public profile shows (name, gender, employer, post, honors); the personal columns below have no
 * `@Field` and reach staff only through the registry's staff types.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '劳模 (public profile)' })
export class ModelWorker extends BaseEntity<'status' | 'category' | 'keeping' | 'employmentStatus' | 'migrantWorker' | 'familyMembers' | 'workHistory' | 'profileConsent' | 'hardship'> {
  @Field() @Index() @Property({ length: 60 })
  name!: string;

  @Field(() => Gender) @Enum({ items: () => Gender, nativeEnumName: 'gender' })
  gender!: Gender;

  /**
   * The keeper (分级管理): the grassroots union of the employer, or the district or system union that keeps
   * the record by `keeping`. Every staff scope is a subtree of organizations, so this decides who sees it.
   */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => Keeping, nativeEnumName: 'keeping' })
  keeping: Keeping = Keeping.EMPLOYER;

  @Field({ description: 'Employer as shown publicly.' }) @Property({ length: 200 })
  employerName!: string;

  @Field() @Property({ length: 100 })
  post!: string;

  @Enum({ items: () => ModelWorkerCategory, nativeEnumName: 'model_worker_category' })
  category: ModelWorkerCategory = ModelWorkerCategory.EXEMPLARY;

  /** Why the class was chosen, reviewed with it at each yearly update. */
  @Property({ type: 'text', nullable: true }) categoryReason?: string | null;

  @Enum({ items: () => ModelWorkerStatus, nativeEnumName: 'model_worker_status' })
  status: ModelWorkerStatus = ModelWorkerStatus.ACTIVE;

  /** The Beijing year of the last yearly update (年度更新) that confirmed the record, and when. */
  @Property({ nullable: true }) confirmedYear?: number | null;
  @Property({ type: 'timestamptz', nullable: true }) confirmedAt?: Date | null;

  // Personal information (PIPL): never exposed to the public. ID number, health and family hardship are
  // stored sealed (common/sealed-text.ts); the ID number is found by its blind index and listed masked.
  @Property({ type: 'text', nullable: true }) idNumberSealed?: string | null;
  @Property({ length: 64, nullable: true, unique: true }) idNumberIndex?: string | null;
  @Property({ length: 18, nullable: true }) idNumberMasked?: string | null;
  @Property({ type: 'text', nullable: true }) healthSealed?: string | null;
  @Property({ type: 'text', nullable: true }) familyHardshipSealed?: string | null;
  @Property({ length: 20, nullable: true }) phone?: string | null;
  @Property({ length: 300, nullable: true }) address?: string | null;
  @Property({ type: 'date', nullable: true }) birthDate?: string | null;
  @Property({ length: 20, nullable: true }) ethnicity?: string | null;
  @Property({ length: 30, nullable: true }) politicalStatus?: string | null;
  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true }) education?: Education | null;
  /** 京籍: household registration in Beijing (null: not recorded). */
  @Property({ nullable: true }) householdBeijing?: boolean | null;
  @Property() migrantWorker: boolean = false;

  /** 家庭情况 and 工作简历 as the form lists them (see registry.types.ts for their shapes). */
  @Property({ type: 'jsonb' }) familyMembers: FamilyMemberData[] = [];
  @Property({ type: 'jsonb' }) workHistory: WorkPeriodData[] = [];
  @Enum({ items: () => EmploymentStatus, nativeEnumName: 'employment_status' })
  employmentStatus: EmploymentStatus = EmploymentStatus.IN_POST;

  /** 先进事迹 (the full account, staff only) and 需求建议. */
  @Property({ type: 'text', nullable: true }) deeds?: string | null;
  @Property({ type: 'text', nullable: true }) needs?: string | null;

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

  /** In hardship (old, ill or in difficulty), as the union has found; with `employmentStatus`, what the class is worked out from (model-worker-class.ts). */
  @Property() hardship: boolean = false;

  /** The industry they work in (public: the profiles' filter and the statistics). */
  @Field(() => Industry, { nullable: true }) @Enum({ items: () => Industry, nullable: true, nativeEnumName: 'studio_industry' })
  industry?: Industry | null;
}
