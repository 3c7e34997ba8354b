import { Field, ObjectType } from 'type-graphql';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Capability } from './capability.js';

@ObjectType({ description: 'Who is asking. For an anonymous caller, `account` is null and the lists are empty.' })
export class Viewer {
  @Field(() => Account, { nullable: true }) account!: Account | null;
  @Field(() => [RoleGrant]) roleGrants!: RoleGrant[];
  @Field() isStaff!: boolean;
  @Field(() => [Capability]) capabilities!: Capability[];
  @Field({ description: 'The account must set its own password before it may do anything else.' })
  mustChangePassword!: boolean;
}
