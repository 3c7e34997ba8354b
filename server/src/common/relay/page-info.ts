import { Field, ObjectType } from 'type-graphql';

// Plain values only: graphql's default resolver reads them (no per-field wrapper), as for the connections.
@ObjectType({ description: 'Relay page information; cursors are opaque.', simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
