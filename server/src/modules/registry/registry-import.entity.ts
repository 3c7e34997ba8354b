import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { RegistryImportFormat, RegistryImportState } from './registry-import.enums.js';
import type { ImportProblem } from './registry-import.columns.js';

/**
 * A spreadsheet of registry records on its way in (registry-import.service.ts). The file holds ID
 * numbers in clear, so its bytes are kept sealed (common/sealed-text.ts) and only until the import ends.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '劳模信息导入' })
export class RegistryImport extends BaseEntity<'state' | 'rowsTotal' | 'rowsChecked' | 'rowsWritten' | 'created' | 'updated' | 'problems' | 'problemCount'> {
  @ManyToOne(() => Account, { ref: true })
  createdBy!: Ref<Account>;

  /** The office it was made for: the uploader's broadest keeping organization; the import list is scoped by it. */
  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'set null' })
  organization?: Ref<Organization> | null;

  @Field() @Property({ length: 200 })
  fileName!: string;

  @Field(() => RegistryImportFormat) @Enum({ items: () => RegistryImportFormat, nativeEnumName: 'registry_import_format' })
  format!: RegistryImportFormat;

  @Field(() => RegistryImportState) @Enum({ items: () => RegistryImportState, nativeEnumName: 'registry_import_state' })
  state: RegistryImportState = RegistryImportState.CHECKING;

  /** Data rows in the file (known once the check has read it all). */
  @Field(() => Int) @Property() rowsTotal: number = 0;
  /** Progress: rows read and checked so far, then rows written. */
  @Field(() => Int) @Property() rowsChecked: number = 0;
  @Field(() => Int) @Property() rowsWritten: number = 0;
  /** Records the import added, and existing ones (found by ID number) it updated. */
  @Field(() => Int) @Property() created: number = 0;
  @Field(() => Int) @Property() updated: number = 0;

  /** Every problem found, by row (the first MAX_PROBLEMS; `problemCount` counts them all). */
  @Property({ type: 'jsonb' }) problems: ImportProblem[] = [];
  @Field(() => Int) @Property() problemCount: number = 0;

  /** The file, sealed; null once the import ended. */
  @Property({ type: 'blob', lazy: true, nullable: true })
  content?: Buffer | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
