import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { Payload } from '../../common/errors/user-error.type.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { VoteTallyVisibility } from '../campaign/campaign.enums.js';
import { Vote } from './vote.entity.js';
import { ConnectionType, PageArgs, paginate } from '../../common/relay/connection.js';
import { answerFromVote, castVote, viewerHasVoted, voteCount, votesRemaining, votingClosed, votingOpen } from './vote.service.js';
import { loadedNoticeOf, noticeOfEntry } from '../notice/public-notice.js';
import type { Notice } from '../notice/notice.entity.js';
import type { Context } from '../../context.js';
import { participantOf } from '../participation/participant.js';
import { may, Operation } from '../account/policy.js';
import { payload } from '../../common/errors/payload.js';

@InputType()
export class VoteCastInput {
  @Field(() => ID, { description: 'The notice entry (candidate) voted for.' })
  entry!: string;

  @Field({ nullable: true, description: 'Makes retries safe: the same key from the same account votes once.' }) @IsOptional() @Length(8, 100)
  idempotencyKey?: string;
}

@ObjectType()
export class VoteCastPayload extends Payload {
  @Field(() => NoticeEntry, { nullable: true }) entry?: NoticeEntry | null;
  @Field(() => Campaign, { nullable: true }) campaign?: Campaign | null;
}

/** The entry's tally if this viewer may see it now (null when voting is off or the tally is not shown). */
function shownVoteCount(ctx: Context, entry: NoticeEntry, notice: Notice): null | Promise<number | null> {
  const campaign = notice.campaign.getEntity();
  if (!campaign.votingEnabled) return null;
  const now = ctx.services.clock.now();
  const shown = campaign.voteTallyVisibility === VoteTallyVisibility.LIVE || votingClosed(campaign, now)
    || may(ctx.viewer, Operation.VOTE_TALLY_READ, notice.organization.getEntity());
  return shown ? voteCount(ctx, entry) : null;
}

@Resolver(() => NoticeEntry)
export class NoticeEntryVoteResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Public votes for the candidate: shown live or after the window closes as the campaign says; always to reviewers reaching the notice.',
  })
  voteCount(@Root() entry: NoticeEntry, @Ctx() ctx: Context): number | null | Promise<number | null> {
    // The notice page's entries carry their notice, loaded: then a notice without voting answers at once.
    const loaded = loadedNoticeOf(entry);
    return loaded ? shownVoteCount(ctx, entry, loaded) : noticeOfEntry(ctx, entry).then((notice) => shownVoteCount(ctx, entry, notice));
  }

  @FieldResolver(() => Boolean)
  viewerHasVoted(@Root() entry: NoticeEntry, @Ctx() ctx: Context): boolean | Promise<boolean> {
    return viewerHasVoted(ctx, entry);
  }

  @Mutation(() => VoteCastPayload, { description: 'A member of the public votes for a candidate, once, within the campaign’s window and limit.' })
  async voteCast(@Arg('input') input: VoteCastInput, @Ctx() ctx: Context): Promise<VoteCastPayload> {
    const cast = await castVote(participantOf(ctx), input);
    answerFromVote(ctx, cast);
    return payload({ entry: cast.entry, campaign: cast.campaign });
  }
}

@Resolver(() => Campaign)
export class CampaignVoteResolver {
  @FieldResolver(() => Boolean, { description: 'Whether public voting is open now.' })
  votingOpenNow(@Root() campaign: Campaign, @Ctx() ctx: Context): boolean {
    return votingOpen(campaign, ctx.services.clock.now());
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Votes the signed-in viewer has left in this campaign.' })
  viewerVotesRemaining(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<number | null> {
    return votesRemaining(ctx, campaign);
  }
}

const VoteConnection = ConnectionType(Vote);

@Resolver(() => Vote)
export class VoteResolver {
  @Query(() => VoteConnection, { description: 'The signed-in viewer’s own votes, newest first.' })
  viewerVotes(@Args() page: PageArgs, @Ctx() ctx: Context) {
    const account = ctx.viewer.requireAccount();
    return paginate(ctx.em, Vote, { account: account.id }, page, { castAt: 'desc' }, { populate: ['entry'] });
  }

  @FieldResolver(() => NoticeEntry, { description: 'The candidate voted for, as the notice listed them.' })
  entry(@Root() vote: Vote) {
    return vote.entry.loadOrFail();
  }
}
