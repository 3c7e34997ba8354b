import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { EmployerKind, OrganizationKind } from '../organization/organization.enums.js';
import { OmitOrGive } from '../../common/update-input.js';

@InputType()
export class OrganizationCreateInput {
  @Field(() => ID, { nullable: true, description: 'Required for every kind but the city federation.' })
  parent?: string | null;

  @Field() @Length(1, 200)
  name!: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(60)
  shortName?: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => EmployerKind, { nullable: true })
  employerKind?: EmployerKind | null;

  @Field({ nullable: true }) @IsOptional() @MaxLength(300)
  contact?: string;
}

@InputType()
export class OrganizationUpdateInput {
  @Field(() => ID)
  organization!: string;

  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60)
  shortName?: string | null;

  @Field(() => EmployerKind, { nullable: true })
  employerKind?: EmployerKind | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300)
  contact?: string | null;
}
