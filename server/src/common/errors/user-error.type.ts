import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A problem with the input that the user can fix, in the language the request asked for.' })
export class UserError {
  @Field() message!: string;
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["phone"].' })
  field!: string[] | null;
  @Field({ description: 'Stable code, e.g. account/phone_taken (see the server error codes).' })
  code!: string;
}

@ObjectType({ description: "Base of every mutation payload; not used on its own." })
export abstract class Payload {
  @Field(() => [UserError]) userErrors: UserError[] = [];
}
