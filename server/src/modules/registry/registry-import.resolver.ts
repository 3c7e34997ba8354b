import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { Organization } from '../organization/organization.entity.js';
import { registryImports } from './registry.queries.js';
import { Payload } from '../../common/errors/user-error.type.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';
import { RegistryImport } from './registry-import.entity.js';
import { confirmImport, ownImport, problemMessage } from './registry-import.service.js';

@ObjectType({ description: 'A problem of one row of an import, in the reader’s language.' })
export class RegistryImportProblem {
  @Field(() => Int, { description: 'The row as the spreadsheet numbers it (row 1 names the columns; 0: the file as a whole).' }) row!: number;
  @Field(() => String, { nullable: true }) column?: string | null;
  @Field() code!: string;
  @Field() message!: string;
}

@InputType({ description: 'The keeper confirms a checked import (state READY), or tries again one that FAILED.' })
export class RegistryImportConfirmInput {
  @Field(() => ID) registryImport!: string;
}

@ObjectType() export class RegistryImportPayload extends Payload { @Field(() => RegistryImport, { nullable: true }) registryImport?: RegistryImport | null; }

export const RegistryImportConnection = ConnectionType(RegistryImport);

/** Imports of the registry: the upload is `POST /api/registry/imports`; its check, confirmation and progress are here. */
@Resolver(() => RegistryImport)
export class RegistryImportResolver {
  @Query(() => RegistryImport, { description: 'One of the viewer’s own imports, polled for its progress and report.' })
  registryImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ownImport(ctx.em, ctx.viewer, id);
  }

  @Query(() => RegistryImportConnection, { description: 'Imports made for the organizations in the viewer’s scope, newest first.' })
  registryImports(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return registryImports(ctx.em, ctx.viewer, page);
  }

  @FieldResolver(() => Date, { description: 'When the file was uploaded.' })
  createdAt(@Root() found: RegistryImport): Date {
    return found.createdAt;
  }

  @FieldResolver(() => String, { description: 'Who uploaded it.' })
  async createdByName(@Root() found: RegistryImport): Promise<string> {
    return (await found.createdBy.loadOrFail()).displayName;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The office it was made for.' })
  organization(@Root() found: RegistryImport) {
    return found.organization?.load() ?? null;
  }

  @FieldResolver(() => [RegistryImportProblem], { description: 'Every problem by row (the first 1,000; problemCount counts all).' })
  problems(@Root() found: RegistryImport, @Ctx() ctx: Context): RegistryImportProblem[] {
    return found.problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: problemMessage(ctx.locale, p) }));
  }

  @Mutation(() => RegistryImportPayload, { description: 'Write a checked import: all its rows in one transaction, or none.' })
  registryImportConfirm(@Arg('input') input: RegistryImportConfirmInput, @Ctx() ctx: Context) {
    return payload({ registryImport: confirmImport(actorOf(ctx), input.registryImport, ctx.jobs) });
  }
}
