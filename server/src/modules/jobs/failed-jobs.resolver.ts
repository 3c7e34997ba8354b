import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common/relay/connection.js';
import type { Context } from '../../context.js';
import { FailedJobConnection } from './failed-job.type.js';
import { failedJobs } from './failed-jobs.queries.js';

@Resolver()
export class FailedJobsResolver {
  @Query(() => FailedJobConnection, { description: 'Scheduled and deferred jobs that failed, newest first, for administrators to look into.' })
  async failedJobs(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return failedJobs(ctx.em, ctx.viewer, args);
  }
}
