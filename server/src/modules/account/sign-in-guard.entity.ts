import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The sign-in attempts against one account (`account:<id>`, whichever of its phone or username was
 * typed) or one unknown login name (`login:<name>`). Every attempt reserves a number here in one
 * atomic upsert before its password is checked, so a burst cannot check more passwords than the limit;
 * the lock grows with each lockout until a sign-in succeeds (see sign-in-guard.ts).
 */
@Entity()
export class SignInGuard {
  @PrimaryKey({ length: 120 })
  key!: string;

  /** Attempts reserved in the current window (failures plus those still being checked). */
  @Property()
  attempts!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  /** Lockouts since the last successful sign-in; each doubles the next lock. */
  @Property()
  lockouts!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
