import { Field, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { Organization } from '../organization/organization.entity.js';

@ObjectType()
export class OrganizationCreatePayload extends Payload {
  @Field(() => Organization, { nullable: true }) organization?: Organization | null;
}

@ObjectType()
export class OrganizationUpdatePayload extends Payload {
  @Field(() => Organization, { nullable: true }) organization?: Organization | null;
}
