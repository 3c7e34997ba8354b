import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { DeliveryOutcome, NotificationChannel, NotificationDigest, NotificationKind } from './notification.enums.js';

/**
 * One thing one person is told, written in the same transaction as what happened (so it exists exactly
 * when that committed) and delivered by SMS or e-mail later by a job (notification-delivery.ts): the
 * outbox. `dedupKey` is unique, so an event told twice (a retried job) is one notification.
 * `params` carry what the in-app text and the e-mail show (a title, a reason); an SMS never reads them.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: 'Something the viewer is told: a step of their file, an answer, work in their queue.' })
@Index({ properties: ['recipient', 'createdAt'] })
export class Notification extends BaseEntity<'readAt' | 'dispatchedAt'> {
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<Account>;

  @Field(() => NotificationKind) @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Property({ length: 300 })
  @Unique()
  dedupKey!: string;

  @Property({ length: 40 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field({ description: "The web app's path of the object, e.g. /suggestions/…" }) @Property({ length: 300 })
  link!: string;

  @Property({ type: 'jsonb' })
  params!: Record<string, string>;

  @Field(() => Date, { description: 'When it happened (business time).' }) @Property({ type: 'timestamptz' })
  happenedAt!: Date;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null = null;

  /** When the delivery job took it (outbox claimed); null while it waits for the job. */
  @Index() @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date | null = null;
}

/** What became of a notification on one channel; unique per channel so nothing is sent twice. */
@Entity()
@Unique({ properties: ['notification', 'channel'] })
export class NotificationDelivery extends BaseEntity {
  @ManyToOne(() => Notification, { ref: true, deleteRule: 'cascade' })
  notification!: Ref<Notification>;

  @Index() @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<Account>;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Enum({ items: () => DeliveryOutcome, nativeEnumName: 'notification_delivery_outcome' })
  outcome!: DeliveryOutcome;
}

/** A person's choice for one kind on one channel; absent means the table's default (who-hears-what.ts). */
@Entity()
@Unique({ properties: ['account', 'kind', 'channel'] })
export class NotificationPreference extends BaseEntity {
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Property()
  enabled!: boolean;
}

/** A person's e-mail address for notifications, their language, and whether e-mails come as a daily digest. */
@Entity()
export class NotificationSettings extends BaseEntity<'email' | 'digest'> {
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade', unique: true })
  account!: Ref<Account>;

  @Property({ length: 254, nullable: true })
  email?: string | null = null;

  /** The language messages are written in: the one the person last saved their settings in. */
  @Property({ length: 5 })
  locale!: string;

  @Enum({ items: () => NotificationDigest, nativeEnumName: 'notification_digest' })
  digest: NotificationDigest = NotificationDigest.NONE;
}

/** One digest e-mail per person and Beijing day, claimed before it is sent so a retry never sends two. */
@Entity()
@Unique({ properties: ['account', 'day'] })
export class NotificationDigestSent extends BaseEntity {
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'date' })
  day!: string;

  @Property()
  count!: number;
}
