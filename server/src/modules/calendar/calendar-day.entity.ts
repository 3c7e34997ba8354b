import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  valuesConfig: { HOLIDAY: { description: '法定节假日（休息）' }, MAKEUP_WORKDAY: { description: '调休上班日' } },
});

/**
 * An exception to the Monday–Friday week: a statutory holiday on a weekday, or a weekend day that is
 * a make-up working day (调休). Ordinary weekends are not stored.
 */
@Entity()
@ObjectType({ description: 'A day that is not what its weekday says.' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' }) @PrimaryKey({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKind) @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Field() @Property({ length: 60 })
  name!: string;
}
