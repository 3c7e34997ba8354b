import { Arg, Args, ArgsType, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { loadWorkingCalendar, parseIsoDate, removeCalendarDay, setCalendarDay } from './calendar.service.js';
import { Payload } from '../../common/errors/user-error.type.js';
import type { Context } from '../../context.js';
import { payload } from '../../common/errors/payload.js';

@InputType()
class CalendarDaySetInput {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field() @Length(1, 60) name!: string;
}

@InputType()
class CalendarDayRemoveInput {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
}

@ObjectType()
class CalendarDaySetPayload extends Payload {
  @Field(() => CalendarDay, { nullable: true }) calendarDay?: CalendarDay | null;
}

@ObjectType()
class CalendarDayRemovePayload extends Payload {
  @Field(() => String, { nullable: true }) removedDate?: string | null;
}

@ObjectType({ description: 'A period counted in working days.' })
class WorkingPeriod {
  @Field() start!: string;
  @Field() end!: string;
  @Field(() => Int) workingDays!: number;
}

/** Years the process runs in (as a campaign's year); others are refused rather than sent to the database. */
@ArgsType()
class CalendarYearArgs {
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

/** A notice lasts at least one working day; 60 is far beyond any period the rules set. */
@ArgsType()
class WorkingPeriodArgs {
  @Field() start!: string;
  @Field(() => Int) @Min(1) @Max(60) workingDays!: number;
}

@Resolver()
export class CalendarResolver {
  @Query(() => [CalendarDay], { description: 'Holidays and make-up working days of one year (a few dozen at most).' })
  calendarDays(@Args() { year }: CalendarYearArgs, @Ctx() ctx: Context) {
    return ctx.em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  }

  @Query(() => WorkingPeriod, { description: 'When a period of `workingDays` starting on `start` ends.' })
  async workingPeriod(@Args() { start, workingDays }: WorkingPeriodArgs, @Ctx() ctx: Context): Promise<WorkingPeriod> {
    parseIsoDate(start, ['start']);
    const calendar = await loadWorkingCalendar(ctx.em);
    return { start: calendar.firstWorkingDayFrom(start), end: calendar.periodEnd(start, workingDays), workingDays };
  }

  @Mutation(() => CalendarDaySetPayload)
  async calendarDaySet(@Arg('input') input: CalendarDaySetInput, @Ctx() ctx: Context): Promise<CalendarDaySetPayload> {
    return payload({ calendarDay: await setCalendarDay(ctx.em, ctx.viewer, input) });
  }

  @Mutation(() => CalendarDayRemovePayload)
  async calendarDayRemove(@Arg('input') input: CalendarDayRemoveInput, @Ctx() ctx: Context): Promise<CalendarDayRemovePayload> {
    return payload({ removedDate: await removeCalendarDay(ctx.em, ctx.viewer, input.date) });
  }
}

