import { Comment } from './comment.entity.js';
import { CommentStatus } from './comment.enums.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import { groupedCountLoader, requestLoader } from '../../common/request-loader.js';
import type { Context } from '../../context.js';

/** Comments on an entry (top level, newest first), or replies to a comment (oldest first). */
export type CommentThread = 'entry' | 'replies';

const THREADS = {
  entry: { column: 'entry_id', filter: 'and parent_id is null', order: 'created_at desc, id' },
  replies: { column: 'parent_id', filter: '', order: 'created_at asc, id' },
} as const;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** Visible comments of each thread, one grouped statement for all threads asked in the request. */
export function visibleCount(ctx: Context, thread: CommentThread | 'entryAll', id: string): Promise<number> {
  const { column, filter } = thread === 'entryAll' ? { column: 'entry_id', filter: '' } : THREADS[thread];
  return groupedCountLoader(ctx, 'comment', column, `status = '${CommentStatus.VISIBLE}' ${filter}`).load(id);
}

/**
 * One page of visible comments per thread. A page of 100 entries each showing its first comments
 * is one windowed statement (`row_number() over (partition by …)`) plus one grouped count, not two
 * statements per entry.
 */
export async function visibleCommentPage(ctx: Context, thread: CommentThread, id: string, args: PageArgs): Promise<Connection<Comment>> {
  const window = pageWindow(args);
  const { column, filter, order } = THREADS[thread];
  const page = requestLoader<string, Comment[]>(ctx, `commentPage:${thread}:${window.limit}:${window.offset}`, async (ids) => {
    const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
      `select * from (select c.*, row_number() over (partition by c.${column} order by ${order}) as rank
         from comment c where c.status = ? ${filter} and c.${column} in (${placeholders(ids.length)})) ranked
       where rank > ? and rank <= ? order by rank`,
      [CommentStatus.VISIBLE, ...ids, window.offset, window.offset + window.limit],
    );
    const comments = rows.map((row) => {
      const { rank: _rank, ...columns } = row;
      return ctx.em.map(Comment, columns);
    });
    return ids.map((key) => comments.filter((c) => (thread === 'entry' ? c.entry.id : c.parent?.id) === key));
  }).load(id);
  const [items, total] = await Promise.all([page, visibleCount(ctx, thread, id)]);
  return toConnection(items, total, window);
}
