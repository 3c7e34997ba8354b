import { Check, Entity, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';

/**
 * Votes an account has used in a campaign. Casting a vote increments it with a guarded upsert
 * (`… where used < limit`), which row-locks it: concurrent votes of one account queue here, so the
 * per-campaign limit holds without serializable transactions.
 */
@Entity()
@Check({ name: 'vote_allowance_used', expression: 'used >= 0' })
export class VoteAllowance {
  [PrimaryKeyProp]?: ['account', 'campaign'];

  @ManyToOne(() => Account, { ref: true, primary: true })
  account!: Ref<Account>;

  @ManyToOne(() => Campaign, { ref: true, primary: true })
  campaign!: Ref<Campaign>;

  @Property()
  used!: number;
}
