import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory, ModelWorkerStatus } from './registry.enums.js';
import { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import { ModelWorkerReport } from './model-worker-report.entity.js';
import { Organization } from '../organization/organization.entity.js';

@ObjectType('RegistryFamilyMember')
export class FamilyMember {
  @Field() relation!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) birthYear?: number | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
}

@ObjectType('RegistryWorkPeriod')
export class WorkPeriod {
  @Field() employer!: string;
  @Field() post!: string;
  @Field() from!: string;
  @Field(() => String, { nullable: true }) to?: string | null;
}

/**
 * A registry record as its keepers see it: the six categories of the information form, for union
 * staff in scope only (REGISTRY_READ). Resolved from the ModelWorker entity, whose public GraphQL type
 * shows none of this. The ID number is masked here; the whole number is only a logged mutation away
 * (`modelWorkerIdNumberReveal`). Health and family hardship are opened from their sealed columns.
 */
@ObjectType({ description: '劳模信息 (staff in scope only): the six categories of the information form.' })
export class RegistryRecord {
  @Field(() => ID, { name: 'id', description: 'The ModelWorker global id.' }) nodeId!: string;
  // 个人情况
  @Field() name!: string;
  @Field(() => Gender) gender!: Gender;
  @Field(() => String, { nullable: true, description: 'e.g. 110105********0017' }) idNumberMasked?: string | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => String, { nullable: true }) politicalStatus?: string | null;
  @Field(() => Education, { nullable: true }) education?: Education | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Boolean, { nullable: true }) householdBeijing?: boolean | null;
  @Field() migrantWorker!: boolean;
  // 家庭情况
  @Field(() => [FamilyMember]) familyMembers!: FamilyMember[];
  // 工作简历
  @Field() employerName!: string;
  @Field() post!: string;
  @Field(() => EmploymentStatus) employmentStatus!: EmploymentStatus;
  @Field(() => [WorkPeriod]) workHistory!: WorkPeriod[];
  @Field(() => Keeping) keeping!: Keeping;
  // 先进事迹, 需求建议
  @Field(() => String, { nullable: true }) deeds?: string | null;
  @Field(() => String, { nullable: true }) needs?: string | null;
  // 分类 and the yearly update
  @Field(() => ModelWorkerCategory) category!: ModelWorkerCategory;
  @Field(() => String, { nullable: true }) categoryReason?: string | null;
  @Field(() => ModelWorkerStatus) status!: ModelWorkerStatus;
  @Field(() => Int, { nullable: true, description: 'The last year the keeper confirmed the record.' }) confirmedYear?: number | null;
  @Field(() => Date, { nullable: true }) confirmedAt?: Date | null;
}

@ObjectType({ description: 'An honor on a registry record, revoked ones included (staff only).' })
export class RegistryHonor {
  @Field(() => Int) year!: number;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
  @Field(() => String, { nullable: true }) revokeReason?: string | null;
}

@ObjectType({ description: 'The yearly update at one keeper: records kept, and how many confirmed this year.' })
export class RegistryProgressRow {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int) total!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) pending!: number;
}

/** A keeper's count before its organization is read (only a page's are). */
export interface ProgressRow { id: string; name: string; total: number; confirmed: number }

@ObjectType({ description: 'The yearly update under an organization: its totals, and keeper by keeper (least done first).' })
export class RegistryProgress {
  @Field(() => Int) year!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) confirmed!: number;
  /** Every keeper's count, least done first (`keepers` pages them). */
  rows!: ProgressRow[];
}

export const RegistryProgressRowConnection = ConnectionType(RegistryProgressRow);

export const RegistryRecordConnection = ConnectionType(RegistryRecord);
export const ModelWorkerTransferConnection = ConnectionType(ModelWorkerTransfer);
export const ModelWorkerReportConnection = ConnectionType(ModelWorkerReport);

@ObjectType()
export class RegistryRecordPayload extends Payload {
  @Field(() => RegistryRecord, { nullable: true }) record?: RegistryRecord | null;
}

@ObjectType()
export class ModelWorkerTransferPayload extends Payload {
  @Field(() => ModelWorkerTransfer, { nullable: true }) transfer?: ModelWorkerTransfer | null;
}

@ObjectType()
export class ModelWorkerReportPayload extends Payload {
  @Field(() => ModelWorkerReport, { nullable: true }) report?: ModelWorkerReport | null;
}

@ObjectType({ description: 'The whole ID number, for staff in scope; each reveal is in the record’s history.' })
export class ModelWorkerIdNumberRevealPayload extends Payload {
  @Field(() => String, { nullable: true }) idNumber?: string | null;
}
