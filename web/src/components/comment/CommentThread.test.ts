import { describe, expect, it } from 'vitest'
import { mountWithGraphql, settle } from '~/testing/graphqlStub'
import CommentThread from './CommentThread.vue'

const comment = (id: string, body: string, replies: Record<string, unknown>[] = []): Record<string, unknown> => ({
  __typename: 'Comment', id, body, stance: 'SUPPORT', authorName: '孙○', createdAt: '2026-03-03T02:00:00Z', replyCount: replies.length,
  replies: { __typename: 'CommentConnection', totalCount: replies.length, nodes: replies },
})

describe('the comments on a candidate', () => {
  it('counts in its heading the comments its list holds, and says the replies apart', async () => {
    const nodes = [comment('C1', '支持'), comment('C2', '请问工艺改进推广了吗？', [comment('R1', '已在三个车间推广')]), comment('C3', '希望写清楚')]
    const { wrapper } = mountWithGraphql(CommentThread, { entry: 'E1', open: false }, () => ({
      noticeEntry: {
        __typename: 'NoticeEntry', id: 'E1', commentCount: 4,
        comments: { __typename: 'CommentConnection', totalCount: 3, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes },
      },
    }))
    await settle()
    expect(wrapper.findAll('.comment-item__body').map((b) => b.text())).toHaveLength(4)
    expect(wrapper.find('h2').text()).toBe('评论（3）')
    expect(wrapper.text()).toContain('另有 1 条回复')
    wrapper.unmount()
  })
})
