import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { NoticeEntry } from '../../modules/notice/notice-entry.entity.js';
import { NoticeEntryStatus } from '../../modules/notice/notice.enums.js';
import { Comment } from '../../modules/comment/comment.entity.js';
import { CommentStance } from '../../modules/comment/comment.enums.js';
import { maskName } from '../../modules/participation/mask-name.js';

/** What members of the public said on the demo notice: a few comments and a reply, as a real thread looks. */
const THREAD: { author: string; stance: CommentStance; body: string; replies?: { author: string; body: string }[] }[] = [
  { author: 'public', stance: CommentStance.SUPPORT, body: '在车间跟过她两年，技术过硬、带徒弟有耐心，支持！' },
  {
    author: 'employee', stance: CommentStance.NEUTRAL, body: '请问事迹里提到的工艺改进，现在全厂都在用吗？',
    replies: [{ author: 'modelworker', body: '已经在三个车间推广，废品率下降明显。' }],
  },
  { author: 'public', stance: CommentStance.CONCERN, body: '希望公示材料能写清楚攻关项目是团队完成还是个人牵头。' },
];

export class ParticipationSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const [entry] = await em.find(NoticeEntry, { status: NoticeEntryStatus.LISTED }, { populate: ['notice'], orderBy: { position: 'asc' }, limit: 1 });
    if (!entry) return;
    const people = new Map((await em.find(Account, { username: { $in: ['public', 'employee', 'modelworker'] } })).map((a) => [a.username, a]));
    const write = (username: string, body: string, stance: CommentStance, parent: Comment | null) => {
      const author = people.get(username)!;
      return em.create(Comment, { entry, notice: entry.notice, parent, author, authorName: maskName(author.displayName), body, stance });
    };
    for (const item of THREAD) {
      const comment = write(item.author, item.body, item.stance, null);
      for (const reply of item.replies ?? []) write(reply.author, reply.body, CommentStance.NEUTRAL, comment);
    }
    await em.flush();
  }
}
