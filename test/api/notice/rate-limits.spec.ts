import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '@laomo/server/modules/participation/rate-limit.js';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t);
});
afterAll(async () => { await t.close(); });

const CREATE = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code message } } }`;

describe('rate limits on public actions', () => {
  it('an account commenting too fast is told, in its language, how many seconds to wait', async () => {
    t.clock.set('2026-03-03T10:00:00+08:00');
    const me = await t.as('employee', 'en');
    const { limit } = RATE_LIMITS.comment.account;
    for (let i = 0; i < limit; i += 1) {
      const ok = await me.ok(CREATE, { input: { entry: fx.entries[i % 3], body: `第${i + 1}条意见`, stance: 'NEUTRAL' } });
      expect(ok.commentCreate.userErrors).toEqual([]);
    }
    const refused = await me.ok(CREATE, { input: { entry: fx.entries[0], body: '再来一条', stance: 'NEUTRAL' } });
    expect(refused.commentCreate.comment).toBeNull();
    expect(refused.commentCreate.userErrors[0].code).toBe('common/rate_limited');
    expect(refused.commentCreate.userErrors[0].message).toMatch(/^Too many requests; try again in \d+ s$/);
    const zh = await (await t.as('employee')).ok(CREATE, { input: { entry: fx.entries[0], body: '再来一条', stance: 'NEUTRAL' } });
    expect(zh.commentCreate.userErrors[0].message).toMatch(/^操作过于频繁，请 \d+ 秒后再试$/);
    const other = await (await t.as('public')).ok(CREATE, { input: { entry: fx.entries[0], body: '另一位市民的意见', stance: 'SUPPORT' } });
    expect(other.commentCreate.userErrors).toEqual([]);
    t.clock.set('2026-03-03T10:10:00+08:00');
    const later = await me.ok(CREATE, { input: { entry: fx.entries[0], body: '十分钟后再发', stance: 'NEUTRAL' } });
    expect(later.commentCreate.userErrors).toEqual([]);
  });
});
