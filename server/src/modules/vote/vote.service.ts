import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Vote } from './vote.entity.js';
import { CommonError, ParticipationError, VoteError } from '../../common/errors/catalogue.js';
import { Reference } from '@mikro-orm/core';
import { readRows, sendStatement } from '../../common/raw-read.js';
import { noticeHeaderView, noticeHeaderColumns, PUBLIC_NOTICE_SQL } from '../notice/notice.queries.js';
import { publicNoticeEntry, type PublicEntryRow } from '../notice/public-notice-entry.js';
import { idOf } from '../../common/relay/global-id.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { VoteTallyVisibility } from '../campaign/campaign.enums.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { NoticeEntryStatus } from '../notice/notice.enums.js';
import { enforceRateLimit } from '../participation/rate-limit.js';
import { runOnce } from '../participation/idempotency.js';
import { requireParticipant } from '../participation/participant.js';
import { countsByKey, groupedCountLoader, requestLoader } from '../../common/request-loader.js';
import type { Context } from '../../context.js';
import type { Participant } from '../participation/participant.js';

export function votingOpen(campaign: Campaign, now: Date): boolean {
  return campaign.votingEnabled && !!campaign.votingOpensAt && !!campaign.votingClosesAt
    && campaign.votingOpensAt <= now && now < campaign.votingClosesAt;
}

export function votingClosed(campaign: Campaign, now: Date): boolean {
  return campaign.votingEnabled && !!campaign.votingClosesAt && now >= campaign.votingClosesAt;
}

let votableEntrySql: string | undefined;
/**
 * The public entry voted for, with its notice, campaign and organization: `publicEntry`'s rule
 * (notice/public-notice.ts: a published notice of a non-draft campaign, a candidate who consented to
 * publication) in one plain statement. The notice, campaign and organization are the notice page's read-only
 * header views and the entry its read-only entry view (public-notice-entry.ts), since nothing writes them:
 * hydrating and registering them, then comparing them at commit, was a tenth of a vote's CPU, and building
 * the ORM's query before that the largest single cost.
 */
async function votableEntry(em: EntityManager, globalId: string, now: Date): Promise<NoticeEntry> {
  const id = idOf(globalId, 'NoticeEntry');
  votableEntrySql ??= `select ${noticeHeaderColumns(em)},
       e.id, e.position, e.status, e.snapshot, e.snapshot_hash, e.nomination_id,
       (select count(*)::int from comment x where x.entry_id = e.id and x.status = 'VISIBLE') as comment_count
     from notice_entry e join notice n on n.id = e.notice_id join campaign c on c.id = n.campaign_id
       join organization o on o.id = n.organization_id join nomination m on m.id = e.nomination_id
     where e.id = ? and ${PUBLIC_NOTICE_SQL} and m.consent_to_publish`;
  const [row] = id ? await readRows<PublicEntryRow & Record<string, unknown>>(em, votableEntrySql, [id, now]) : [];
  if (!row) throw new UserInputError(CommonError.NotFound, ['entry']);
  return publicNoticeEntry(row, Reference.create(noticeHeaderView(em, row)));
}

/** A vote just cast, with what its answer would otherwise read again. */
export interface CastVote {
  entry: NoticeEntry;
  campaign: Campaign;
  /** Known only when this request cast the vote (a replay of a key knows none of it). */
  fresh?: { used: number; votes: number | null };
}

interface CastRow { cast: boolean; used: number | null; votes: number | null }

/**
 * Casts one vote in one transaction (the mutation's own, common/transaction.ts): the entry and its
 * campaign are read, then one statement inserts the vote (the unique (account, nomination) index
 * turns a second vote for the candidate into "already voted") and, only when it did, counts it in the
 * account's allowance for the campaign with a guarded upsert. When the allowance is used up the upsert
 * updates nothing and the whole transaction, vote included, rolls back. Under a live tally the same
 * statement counts the candidate's votes, so the answer needs no read of its own.
 */
export async function castVote(participant: Participant, input: { entry: string; idempotencyKey?: string | null }): Promise<CastVote> {
  const account = requireParticipant(participant.viewer);
  const { now } = participant;
  const cast = await runOnce<CastVote & { id: string }>(participant, {
    operation: 'voteCast',
    key: input.idempotencyKey,
    input,
    idOf: (vote) => vote.id,
    reload: async (em, id) => {
      const vote = await em.findOneOrFail(Vote, id, { populate: ['entry.notice.campaign', 'entry.notice.organization'] });
      const entry = vote.entry.getEntity();
      return { id, entry, campaign: entry.notice.getEntity().campaign.getEntity() };
    },
    before: () => enforceRateLimit(participant, 'vote'),
    act: async (em) => {
      const entry = await votableEntry(em, input.entry, now);
      const campaign = entry.notice.getEntity().campaign.getEntity();
      if (entry.status === NoticeEntryStatus.WITHDRAWN) throw new UserInputError(ParticipationError.EntryWithdrawn, ['entry']);
      if (!votingOpen(campaign, now)) throw new UserInputError(VoteError.NotOpen, ['entry']);
      const id = randomUUID();
      const live = campaign.voteTallyVisibility === VoteTallyVisibility.LIVE;
      // The count reads the statement's snapshot, which does not hold the vote inserted beside it.
      const [row] = await sendStatement<CastRow>(em, `with cast_vote as (
          insert into vote (id, account_id, campaign_id, nomination_id, entry_id, cast_at) values (?, ?, ?, ?, ?, ?)
          on conflict (account_id, nomination_id) do nothing returning id),
        allowance as (
          insert into vote_allowance (account_id, campaign_id, used) select ?, ?, 1 from cast_vote
          on conflict (account_id, campaign_id) do update set used = vote_allowance.used + 1 where vote_allowance.used < ? returning used)
        select exists (select 1 from cast_vote) as cast, (select used from allowance) as used,
          ${live ? '(select count(*)::int + 1 from vote where nomination_id = ?)' : 'null::int'} as votes`,
      [id, account.id, campaign.id, entry.nomination.id, entry.id, now, account.id, campaign.id, campaign.votesPerAccount, ...(live ? [entry.nomination.id] : [])]);
      if (!row!.cast) throw new UserInputError(VoteError.AlreadyVoted, ['entry']);
      if (row!.used === null || campaign.votesPerAccount < 1) throw new UserInputError(VoteError.LimitReached, ['entry'], { max: campaign.votesPerAccount });
      return { id, entry, campaign, fresh: { used: row!.used, votes: row!.votes } };
    },
  });
  return { entry: cast.entry, campaign: cast.campaign, fresh: cast.fresh };
}

/**
 * What a vote just cast tells its answer without reading again: the viewer voted for the candidate,
 * has used `used` votes of the campaign and, under a live tally, the candidate's count.
 */
export function answerFromVote(ctx: Context, { entry, campaign, fresh }: CastVote): void {
  if (!fresh || !ctx.viewer.account) return;
  votesUsedLoader(ctx, ctx.viewer.account.id).prime(campaign.id, fresh.used);
  viewerVotedLoader(ctx, ctx.viewer.account.id).prime(entry.nomination.id, true);
  if (fresh.votes !== null) voteCountLoader(ctx).prime(entry.nomination.id, fresh.votes);
}

const inList = (ids: readonly string[]) => ids.map(() => '?').join(',');

const votesUsedLoader = (ctx: Context, account: string) => requestLoader<string, number>(ctx, 'votesUsed', async (campaignIds) => {
  const rows = await ctx.em.getConnection().execute<{ key: string; n: number }[]>(
    `select campaign_id as key, used as n from vote_allowance where account_id = ? and campaign_id in (${inList(campaignIds)})`,
    [account, ...campaignIds],
  );
  return countsByKey(campaignIds, rows);
});

/** Each candidate's votes, one grouped count for the page. */
const voteCountLoader = (ctx: Context) => groupedCountLoader(ctx, 'vote', 'nomination_id');

const viewerVotedLoader = (ctx: Context, account: string) => requestLoader<string, boolean>(ctx, 'viewerVoted', async (nominationIds) => {
  const rows = await ctx.em.getConnection().execute<{ key: string }[]>(
    `select nomination_id as key from vote where account_id = ? and nomination_id in (${inList(nominationIds)})`,
    [account, ...nominationIds],
  );
  const voted = new Set(rows.map((r) => r.key));
  return nominationIds.map((id) => voted.has(id));
});

/** Votes the viewer has left in a campaign; null for a signed-out visitor. */
export async function votesRemaining(ctx: Context, campaign: Campaign): Promise<number | null> {
  const account = ctx.viewer.account;
  if (!account) return null;
  const used = await votesUsedLoader(ctx, account.id).load(campaign.id);
  return Math.max(0, campaign.votesPerAccount - used);
}

/** Votes per candidate (nomination) in one statement for a whole page of entries. */
export function voteCount(ctx: Context, entry: NoticeEntry): Promise<number> {
  return voteCountLoader(ctx).load(entry.nomination.id);
}

/** Whether the viewer voted for each candidate of a page, in one statement. */
export function viewerHasVoted(ctx: Context, entry: NoticeEntry): boolean | Promise<boolean> {
  const account = ctx.viewer.account;
  if (!account) return false;
  return viewerVotedLoader(ctx, account.id).load(entry.nomination.id);
}
