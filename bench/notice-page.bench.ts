/**
 * A notice page as the public opens it when a city-wide notice goes up: 100 entries of a notice of
 * 500 candidates, with comment and vote counts. Baseline: the raw SQL a hand-written page would need
 * at the least (the notice row and one page of entries), on the same database in the same run; the
 * API (GraphQL over HTTP, batched loaders, public fields only) is reported as a ratio to it.
 * Run with `pnpm bench`.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { seedOpenNotice, type NoticeFixture } from '../test/support/notice-fixtures.js';

const CANDIDATES = 500;
const PAGE = `query($id: ID!) { notice(id: $id) {
  title phase remainingWorkingDays objectionContact organization { name } campaign { name }
  entries(first: 100) { totalCount nodes { id position status candidateName employerName post honorsHeld publicSummary commentCount voteCount } }
} }`;

let t: TestApp;
let fixture: NoticeFixture;

beforeAll(async () => {
  t = await startTestApp();
  fixture = await seedOpenNotice(t, { candidates: CANDIDATES });
  t.clock.set('2026-03-03');
}, 120_000);
afterAll(async () => { await t?.close(); });

describe(`a notice page (100 of ${CANDIDATES} candidates)`, () => {
  bench('raw SQL: the notice and one page of entries (baseline)', async () => {
    const conn = t.app.orm.em.getConnection();
    const id = idOf(fixture.notice, 'Notice');
    await conn.execute('select * from notice where id = ?', [id]);
    await conn.execute('select * from notice_entry where notice_id = ? order by position limit 100', [id]);
  }, { iterations: 30, warmupIterations: 5 });

  bench('GraphQL notice page, anonymous, over HTTP', async () => {
    await t.anonymous().ok(PAGE, { id: fixture.notice });
  }, { iterations: 30, warmupIterations: 5 });
});
