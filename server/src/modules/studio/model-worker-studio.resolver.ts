import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Studio } from './studio.entity.js';
import { PUBLIC_STUDIO_STATUSES } from './studio.access.js';

/** A model worker's profile shows the studio they lead, while it holds its title (as the public listing does). */
@Resolver(() => ModelWorker)
export class ModelWorkerStudioResolver {
  @FieldResolver(() => Studio, { nullable: true, description: 'The innovation studio they lead, when it holds its title.' })
  studio(@Root() worker: ModelWorker, @Ctx() ctx: Context): Promise<Studio | null> {
    return ctx.em.findOne(Studio, { leader: worker.id, status: { $in: PUBLIC_STUDIO_STATUSES } });
  }
}
