import { addMessages } from '../../common/i18n/messages.js';

export const VoteError = {
  NotOpen: 'vote/not_open',
  AlreadyVoted: 'vote/already_voted',
  LimitReached: 'vote/limit_reached',
} as const;

addMessages({
  'vote/not_open': { 'zh-CN': '当前不在投票时间内', en: 'Voting is not open now' },
  'vote/already_voted': { 'zh-CN': '您已为该候选人投过票', en: 'You have already voted for this candidate' },
  'vote/limit_reached': { 'zh-CN': '本次评选每人最多投 {max} 票，您的票已用完', en: 'You have used all {max} votes of this campaign' },
});
