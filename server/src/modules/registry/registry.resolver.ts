import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { Honor } from '../honor/honor.entity.js';
import { ModelWorkerStatus } from './registry.enums.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const registryNodes: NodeLoaders = {
  // A revoked record is no longer a public profile.
  ModelWorker: (ctx, id) => ctx.em.findOne(ModelWorker, { id, status: { $ne: ModelWorkerStatus.REVOKED } }),
};

@Resolver(() => ModelWorker)
export class ModelWorkerResolver {
  @FieldResolver(() => [ModelWorkerHonor], { description: 'Honors held now (revoked ones are left out).' })
  async honors(@Root() worker: ModelWorker, @Ctx() ctx: Context) {
    return ctx.em.find(ModelWorkerHonor, { modelWorker: worker, revokedAt: null }, { orderBy: { year: 'desc' } });
  }
}

@Resolver(() => ModelWorkerHonor)
export class ModelWorkerHonorResolver {
  @FieldResolver(() => Honor)
  honor(@Root() held: ModelWorkerHonor) {
    return held.honor.load();
  }
}
