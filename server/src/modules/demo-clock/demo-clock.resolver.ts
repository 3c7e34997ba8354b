import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Payload } from '../../common/errors/user-error.type.js';
import type { Context } from '../../context.js';
import { may, Operation } from '../account/policy.js';
import { advanceDemoClock, readDemoClock, setDemoClock, type DemoClockReading } from './demo-clock.service.js';
import { payload } from '../../common/errors/payload.js';

@ObjectType('DemoClock', { description: '演示时钟 — the date the demo runs on, ahead of the real one so a file can pass its notices in one sitting. Never in production.' })
class DemoClockType {
  @Field({ description: 'The demo date in Beijing, YYYY-MM-DD: what notices, deadlines and voting windows go by.' }) today!: string;
  @Field(() => Date, { description: 'The demo instant (the real time of day on the demo date).' }) now!: Date;
  @Field({ description: "Today's real date in Beijing, YYYY-MM-DD." }) realToday!: string;
  @Field(() => Int, { description: 'Days the demo runs ahead of the real date (0: on real time).' }) offsetDays!: number;
  @Field(() => Date, { nullable: true, description: 'When an administrator last moved it.' }) movedAt!: Date | null;
  @Field({ description: 'Whether the viewer may move it (administrators).' }) viewerCanMove!: boolean;
}

@InputType()
class DemoClockAdvanceInput {
  @Field(() => Int, { description: 'Working days to move forward (1–60), skipping weekends and holidays as notices do.' }) @Min(1) @Max(60)
  workingDays!: number;
}

@InputType()
class DemoClockSetInput {
  @Field({ description: 'The demo date, YYYY-MM-DD, not before today; today puts the demo back on real time.' }) date!: string;
}

@ObjectType()
class DemoClockPayload extends Payload {
  @Field(() => DemoClockType, { nullable: true }) demoClock?: DemoClockType | null;
}

const view = (ctx: Context, clock: DemoClockReading): DemoClockType => ({ ...clock, viewerCanMove: may(ctx.viewer, Operation.DEMO_CLOCK_MOVE) });

@Resolver()
export class DemoClockResolver {
  @Query(() => DemoClockType, { nullable: true, description: 'The demo clock; null in production, where the date is always the real one.' })
  async demoClock(@Ctx() ctx: Context): Promise<DemoClockType | null> {
    const clock = await readDemoClock(ctx.em, ctx.services);
    return clock && view(ctx, clock);
  }

  @Mutation(() => DemoClockPayload, { description: 'Moves the demo clock forward by working days (administrators; refused in production).' })
  async demoClockAdvance(@Arg('input') input: DemoClockAdvanceInput, @Ctx() ctx: Context): Promise<DemoClockPayload> {
    return payload({ demoClock: view(ctx, await advanceDemoClock(ctx.em, ctx.viewer, ctx.services, input.workingDays)) });
  }

  @Mutation(() => DemoClockPayload, { description: 'Sets the demo date (administrators; refused in production).' })
  async demoClockSet(@Arg('input') input: DemoClockSetInput, @Ctx() ctx: Context): Promise<DemoClockPayload> {
    return payload({ demoClock: view(ctx, await setDemoClock(ctx.em, ctx.viewer, ctx.services, input.date)) });
  }
}
