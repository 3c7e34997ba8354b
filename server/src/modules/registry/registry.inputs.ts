import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory, RegistryReportKind } from './registry.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '家庭情况: one member of the family.' })
export class FamilyMemberInput {
  @Field({ description: '称谓, e.g. 配偶, 子女, 父亲' }) @Length(1, 20) relation!: string;
  @Field() @Length(1, 60) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1900) @Max(2100) birthYear?: number | null;
  @Field(() => String, { nullable: true, description: '工作单位或情况' }) @IsOptional() @MaxLength(200) employer?: string | null;
}

@InputType({ description: '工作简历: one post held, from and (unless current) to a Beijing date.' })
export class WorkPeriodInput {
  @Field() @Length(1, 200) employer!: string;
  @Field() @Length(1, 100) post!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE) from!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none while in post.' }) @IsOptional() @Matches(DATE) to?: string | null;
}

/**
 * The six categories of the information form (seed 003) that staff keep. Every field may be left out
 * of an update (it stays as stored); the ones that may be cleared take null.
 */
@InputType({ description: 'The fields of the information form, shared by entering and updating a record.' })
export class RegistryRecordFields {
  // 个人情况
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 60) name?: string;
  @Field(() => Gender, { nullable: true }) @OmitOrGive() gender?: Gender;
  @Field(() => String, { nullable: true, description: '18 characters; shown whole only on request, and logged.' }) @IsOptional() @MaxLength(18) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(DATE) birthDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) ethnicity?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) politicalStatus?: string | null;
  @Field(() => Education, { nullable: true }) @IsOptional() education?: Education | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) address?: string | null;
  @Field(() => Boolean, { nullable: true, description: '京籍' }) @IsOptional() householdBeijing?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '农民工' }) @OmitOrGive() migrantWorker?: boolean;
  @Field(() => String, { nullable: true, description: 'Health (kept encrypted).' }) @IsOptional() @MaxLength(2000) health?: string | null;
  // 家庭情况
  @Field(() => [FamilyMemberInput], { nullable: true }) @OmitOrGive() @ArrayMaxSize(20) @ValidateNested({ each: true })
  familyMembers?: FamilyMemberInput[];
  @Field(() => String, { nullable: true, description: 'Family hardship (kept encrypted).' }) @IsOptional() @MaxLength(2000) familyHardship?: string | null;
  // 工作简历
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200) employerName?: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 100) post?: string;
  @Field(() => EmploymentStatus, { nullable: true }) @OmitOrGive() employmentStatus?: EmploymentStatus;
  @Field(() => [WorkPeriodInput], { nullable: true }) @OmitOrGive() @ArrayMaxSize(30) @ValidateNested({ each: true })
  workHistory?: WorkPeriodInput[];
  // 先进事迹, 需求建议
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) deeds?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) needs?: string | null;
  // 分类
  @Field(() => ModelWorkerCategory, { nullable: true }) @OmitOrGive() category?: ModelWorkerCategory;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) categoryReason?: string | null;
}

@InputType({ description: 'Enter a model worker the registry lacks, e.g. one honored before laomo; honors are added after.' })
export class ModelWorkerCreateInput extends RegistryRecordFields {
  @Field(() => ID, { description: 'The keeper: a grassroots union (EMPLOYER), district union (LOCALITY) or system union (SYSTEM).' })
  organization!: string;
  @Field(() => Keeping, { defaultValue: Keeping.EMPLOYER }) keeping!: Keeping;
}

@InputType()
export class ModelWorkerUpdateInput extends RegistryRecordFields {
  @Field(() => ID) modelWorker!: string;
}

@InputType({ description: '荣誉称号: an honor held, including one conferred before laomo or by a body outside it.' })
export class ModelWorkerHonorAddInput {
  @Field(() => ID) modelWorker!: string;
  @Field(() => ID) honor!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'The conferring body, e.g. 中华全国总工会.' }) @IsOptional() @MaxLength(100) conferredByName?: string | null;
}

@InputType({ description: '年度更新: the keeper confirms the record for this year and reviews the class with its reason.' })
export class ModelWorkerConfirmInput {
  @Field(() => ID) modelWorker!: string;
  @Field(() => ModelWorkerCategory) category!: ModelWorkerCategory;
  @Field() @MaxLength(500) categoryReason!: string;
  @Field(() => EmploymentStatus, { nullable: true, description: 'Left out: unchanged.' }) @OmitOrGive() employmentStatus?: EmploymentStatus;
}

@InputType({ description: 'A death or serious violation, reported at once to the district and the city.' })
export class ModelWorkerReportInput {
  @Field(() => ID) modelWorker!: string;
  @Field(() => RegistryReportKind) kind!: RegistryReportKind;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE) occurredOn!: string;
  @Field() @Length(1, 2000) details!: string;
}

@InputType()
export class ModelWorkerTransferRequestInput {
  @Field(() => ID) modelWorker!: string;
  @Field(() => ID, { description: 'The new keeper.' }) to!: string;
  @Field(() => Keeping) keeping!: Keeping;
  @Field() @MaxLength(500) reason!: string;
}

@InputType()
export class ModelWorkerTransferAcceptInput {
  @Field(() => ID) transfer!: string;
}

@InputType()
export class ModelWorkerTransferDeclineInput {
  @Field(() => ID) transfer!: string;
  @Field() @MaxLength(500) reason!: string;
}

@InputType()
export class ModelWorkerIdNumberRevealInput {
  @Field(() => ID) modelWorker!: string;
}
