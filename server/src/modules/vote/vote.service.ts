import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Vote } from './vote.entity.js';
import { ParticipationError, VoteError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { NoticeEntryStatus } from '../notice/notice.enums.js';
import { enforceRateLimit } from '../participation/rate-limit.js';
import { runOnce } from '../participation/idempotency.js';
import { publicEntry } from '../notice/public-notice.js';
import { requireParticipant } from '../participation/participant.js';
import { countsByKey, requestLoader } from '../../common/request-loader.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import type { Context } from '../../context.js';
import type { Participant } from '../participation/participant.js';

export function votingOpen(campaign: Campaign, now: Date): boolean {
  return campaign.votingEnabled && !!campaign.votingOpensAt && !!campaign.votingClosesAt
    && campaign.votingOpensAt <= now && now < campaign.votingClosesAt;
}

export function votingClosed(campaign: Campaign, now: Date): boolean {
  return campaign.votingEnabled && !!campaign.votingClosesAt && now >= campaign.votingClosesAt;
}

const execute = <T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> =>
  em.getConnection().execute(sql, params, 'all', em.getTransactionContext());

/**
 * Casts one vote in one transaction: the vote row first (the unique (account, nomination) index
 * turns a second vote for the candidate into "already voted"), then the account's allowance in the
 * campaign with a guarded upsert. When the allowance is used up the upsert updates nothing and the
 * whole transaction, vote included, rolls back.
 */
export async function castVote(participant: Participant, input: { entry: string; idempotencyKey?: string | null }): Promise<{ entry: NoticeEntry; campaign: Campaign }> {
  const account = requireParticipant(participant.viewer);
  const { now } = participant;
  const vote = await runOnce<Vote>(participant, {
    operation: 'voteCast',
    key: input.idempotencyKey,
    input,
    idOf: (vote) => vote.id,
    reload: (em, id) => em.findOneOrFail(Vote, id),
    before: () => enforceRateLimit(participant, 'vote'),
    act: async (em) => {
      const entry = await publicEntry(em, input.entry, ['entry'], now);
      const campaign = entry.notice.getEntity().campaign.getEntity();
      if (entry.status === NoticeEntryStatus.WITHDRAWN) throw new UserInputError(ParticipationError.EntryWithdrawn, ['entry']);
      if (!votingOpen(campaign, now)) throw new UserInputError(VoteError.NotOpen, ['entry']);
      const id = randomUUID();
      const cast = await execute(em, `insert into vote (id, account_id, campaign_id, nomination_id, entry_id, cast_at) values (?, ?, ?, ?, ?, ?)
        on conflict (account_id, nomination_id) do nothing returning id`, [id, account.id, campaign.id, entry.nomination.id, entry.id, now]);
      if (cast.length === 0) throw new UserInputError(VoteError.AlreadyVoted, ['entry']);
      const allowed = await execute(em, `insert into vote_allowance (account_id, campaign_id, used) values (?, ?, 1)
        on conflict (account_id, campaign_id) do update set used = vote_allowance.used + 1 where vote_allowance.used < ? returning used`,
      [account.id, campaign.id, campaign.votesPerAccount]);
      if (allowed.length === 0 || campaign.votesPerAccount < 1) throw new UserInputError(VoteError.LimitReached, ['entry'], { max: campaign.votesPerAccount });
      return em.findOneOrFail(Vote, id);
    },
  });
  // The candidate and the campaign as they are after the vote: the count and the votes left changed.
  const entry = await participant.em.findOneOrFail(NoticeEntry, vote.entry.id, { populate: ['notice.campaign'] });
  return { entry, campaign: entry.notice.getEntity().campaign.getEntity() };
}

/** Votes the viewer has left in a campaign; null for a signed-out visitor. */
export async function votesRemaining(ctx: Context, campaign: Campaign): Promise<number | null> {
  const account = ctx.viewer.account;
  if (!account) return null;
  const used = await requestLoader<string, number>(ctx, 'votesUsed', async (campaignIds) => {
    const rows = await ctx.em.getConnection().execute<{ key: string; n: number }[]>(
      `select campaign_id as key, used as n from vote_allowance where account_id = ? and campaign_id in (${campaignIds.map(() => '?').join(',')})`,
      [account.id, ...campaignIds],
    );
    return countsByKey(campaignIds, rows);
  }).load(campaign.id);
  return Math.max(0, campaign.votesPerAccount - used);
}

/** Votes per candidate (nomination) in one statement for a whole page of entries. */
export function voteCount(ctx: Context, entry: NoticeEntry): Promise<number> {
  return requestLoader<string, number>(ctx, 'voteCount', async (nominationIds) => {
    const rows = await ctx.em.getConnection().execute<{ key: string; n: string }[]>(
      `select nomination_id as key, count(*) as n from vote where nomination_id in (${nominationIds.map(() => '?').join(',')}) group by nomination_id`,
      [...nominationIds],
    );
    return countsByKey(nominationIds, rows);
  }).load(entry.nomination.id);
}

/** Whether the viewer voted for each candidate of a page, in one statement. */
export function viewerHasVoted(ctx: Context, entry: NoticeEntry): Promise<boolean> {
  const account = ctx.viewer.account;
  if (!account) return Promise.resolve(false);
  return requestLoader<string, boolean>(ctx, 'viewerVoted', async (nominationIds) => {
    const rows = await ctx.em.getConnection().execute<{ key: string }[]>(
      `select nomination_id as key from vote where account_id = ? and nomination_id in (${nominationIds.map(() => '?').join(',')})`,
      [account.id, ...nominationIds],
    );
    const voted = new Set(rows.map((r) => r.key));
    return nominationIds.map((id) => voted.has(id));
  }).load(entry.nomination.id);
}
