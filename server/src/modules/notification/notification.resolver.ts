import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { Payload } from '../../common/errors/user-error.type.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';
import { Notification } from './notification.entity.js';
import { NotificationChannel, NotificationDigest, NotificationKind } from './notification.enums.js';
import { body, headline } from './notification-texts.js';
import { myNotifications, myPreferences, mySettings, unreadCount } from './notification.queries.js';
import { markAllRead, markRead, setPreference, setSettings } from './notification.service.js';

const NotificationConnection = ConnectionType(Notification);

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only the unread ones.' }) unreadOnly?: boolean;
}

@ObjectType({ description: 'One kind on one channel: whether the viewer hears it there.' })
class NotificationPreferenceType {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field() enabled!: boolean;
  @Field({ description: 'True while the viewer has not chosen (the default of who-hears-what).' }) byDefault!: boolean;
}

@ObjectType('NotificationSettings', { description: "The viewer's e-mail for notifications and whether e-mails come as a daily digest." })
class NotificationSettingsType {
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => NotificationDigest) digest!: NotificationDigest;
}

@InputType()
class NotificationMarkReadInput {
  @Field(() => ID) notification!: string;
}

@InputType()
class NotificationsMarkAllReadInput {
  @Field({ nullable: true, description: 'Unused; the input keeps the one-input shape of every mutation.' }) @IsOptional()
  confirm?: boolean;
}

@InputType()
class NotificationPreferenceSetInput {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field() enabled!: boolean;
}

@InputType()
class NotificationSettingsSetInput {
  @Field(() => String, { nullable: true, description: 'Empty to stop e-mails.' }) @IsOptional() @IsEmail() @MaxLength(254)
  email?: string | null;
  @Field(() => NotificationDigest, { nullable: true }) digest?: NotificationDigest | null;
}

@ObjectType()
class NotificationMarkReadPayload extends Payload {
  @Field(() => Notification, { nullable: true }) notification?: Notification | null;
  @Field(() => Int, { nullable: true }) unreadCount?: number | null;
}

@ObjectType()
class NotificationsMarkAllReadPayload extends Payload {
  @Field(() => Int, { nullable: true }) marked?: number | null;
  @Field(() => Int, { nullable: true }) unreadCount?: number | null;
}

@ObjectType()
class NotificationPreferenceSetPayload extends Payload {
  @Field(() => [NotificationPreferenceType], { nullable: true }) preferences?: NotificationPreferenceType[] | null;
}

@ObjectType()
class NotificationSettingsSetPayload extends Payload {
  @Field(() => NotificationSettingsType, { nullable: true }) settings?: NotificationSettingsType | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => String, { description: "What happened, in the viewer's language." })
  title(@Root() n: Notification, @Ctx() ctx: Context): string {
    return headline(n.kind, ctx.locale);
  }

  @FieldResolver(() => String, { description: "The details, in the viewer's language." })
  body(@Root() n: Notification, @Ctx() ctx: Context): string {
    return body(n.kind, ctx.locale, n.params);
  }

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  myNotifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    return myNotifications(ctx.em, ctx.viewer, args);
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread (0 when signed out): the bell." })
  myUnreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx.em, ctx.viewer);
  }

  @Query(() => [NotificationPreferenceType], { description: 'Each kind the viewer may hear, on each channel (the in-app centre always has every kind).' })
  myNotificationPreferences(@Ctx() ctx: Context) {
    return myPreferences(ctx.em, ctx.viewer);
  }

  @Query(() => NotificationSettingsType)
  myNotificationSettings(@Ctx() ctx: Context) {
    return mySettings(ctx.em, ctx.viewer);
  }

  @Mutation(() => NotificationMarkReadPayload, { description: 'Marks one of the viewer’s notifications read.' })
  async notificationMarkRead(@Arg('input') input: NotificationMarkReadInput, @Ctx() ctx: Context) {
    const notification = await markRead(actorOf(ctx), input.notification);
    return payload({ notification, unreadCount: unreadCount(ctx.em, ctx.viewer) });
  }

  @Mutation(() => NotificationsMarkAllReadPayload, { description: 'Marks all the viewer’s notifications read.' })
  async notificationsMarkAllRead(@Arg('input') _input: NotificationsMarkAllReadInput, @Ctx() ctx: Context) {
    const marked = await markAllRead(actorOf(ctx));
    return payload({ marked, unreadCount: unreadCount(ctx.em, ctx.viewer) });
  }

  @Mutation(() => NotificationPreferenceSetPayload, { description: 'Turns one kind on one channel on or off for the viewer.' })
  async notificationPreferenceSet(@Arg('input') input: NotificationPreferenceSetInput, @Ctx() ctx: Context) {
    await setPreference(actorOf(ctx), input);
    return payload({ preferences: myPreferences(ctx.em, ctx.viewer) });
  }

  @Mutation(() => NotificationSettingsSetPayload, { description: "Sets the viewer's e-mail and digest, and writes their messages in the language they use now." })
  async notificationSettingsSet(@Arg('input') input: NotificationSettingsSetInput, @Ctx() ctx: Context) {
    await setSettings(actorOf(ctx), ctx.locale, input);
    return payload({ settings: mySettings(ctx.em, ctx.viewer) });
  }
}
