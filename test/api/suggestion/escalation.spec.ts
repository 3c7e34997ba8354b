import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdue } from '@laomo/server/modules/suggestion/suggestion-escalation.js';
import { JobName } from '@laomo/server/common/jobs/job-names.js';
import { done, organizationId, readSuggestion, SAMPLE, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let author: ApiClient;
let city: ApiClient;
let handler: ApiClient;
let rights: string;

beforeAll(async () => {
  t = await startTestApp();
  [author, city, handler] = await Promise.all([t.as('modelworker'), t.as('city'), t.as('handler')]);
  rights = await organizationId(t, '市总工会权益保障部');
});
afterAll(async () => { await t?.close(); });

/** A suggestion assigned to the rights department on 30 September, its answer due on 27 October. */
async function assignedSuggestion(title: string): Promise<string> {
  t.clock.set('2026-09-28');
  const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title, publishConsent: false });
  t.clock.set('2026-09-29');
  await done(city, 'suggestionAccept', { suggestion: id });
  t.clock.set('2026-09-30');
  const assigned = await done(city, 'suggestionAssign', { suggestion: id, handler: rights });
  expect(assigned.handling).toMatchObject({ state: 'ASSIGNED', deadline: '2026-10-27' });
  return id;
}

/** The statements that change rows (insert, update, delete) sent while `run` runs. */
async function writesDuring(run: () => Promise<unknown>): Promise<string[]> {
  const connection = t.app.orm.em.getConnection() as unknown as { logQuery(query: string, context?: unknown): void };
  const original = connection.logQuery;
  const writes: string[] = [];
  connection.logQuery = function logQuery(this: unknown, query: string, context?: unknown) {
    if (/^\s*(insert|update|delete)\b/i.test(query)) writes.push(query);
    return original.call(this, query, context);
  };
  try {
    await run();
  } finally {
    connection.logQuery = original;
  }
  return writes;
}

const escalations = async (id: string) =>
  (await readSuggestion(city, id))!.handling!.history.nodes.filter((h: { action: string }) => h.action === 'suggestion.escalate');

describe('overdue suggestions are escalated by scheduled work, never by reading', () => {
  let id: string;

  it('reading the overview and the queue on the first overdue day writes nothing', async () => {
    id = await assignedSuggestion('关于逾期建议只由定时任务上报的测试建议');
    t.clock.set('2026-10-28');
    const writes = await writesDuring(async () => {
      const overview = await city.ok(`{ suggestions(first: 100, overdueOnly: true) { nodes { id handling { overdue escalatedTo { name } } } } }`);
      expect(overview.suggestions.nodes).toContainEqual({ id, handling: { overdue: true, escalatedTo: null } });
      const queue = await handler.ok(`{ suggestionQueue(first: 100) { nodes { id handling { overdue } } } }`);
      expect(queue.suggestionQueue.nodes).toContainEqual({ id, handling: { overdue: true } });
    });
    expect(writes).toEqual([]);
    expect(await escalations(id)).toEqual([]);
  });

  it('the scheduled run escalates it to the supervising office once, even when two instances run at the same time', async () => {
    const now = t.app.services.clock.now();
    await Promise.all([escalateOverdue(t.app.orm, now), escalateOverdue(t.app.orm, now)]);
    await escalateOverdue(t.app.orm, now);
    expect((await readSuggestion(city, id))!.handling!.escalatedTo).toEqual({ name: '北京市总工会' });
    expect(await escalations(id)).toEqual([
      { action: 'suggestion.escalate', fromState: 'ASSIGNED', toState: '北京市总工会', reason: null, actorName: null },
    ]);
  });

  it('the app runs it as a job every ten minutes, by the business clock', async () => {
    const schedules = await t.app.orm.em.getConnection().execute(`select name, cron, options->>'tz' as tz from pgboss.schedule`);
    expect(schedules).toContainEqual({ name: JobName.SuggestionEscalation, cron: '*/10 * * * *', tz: 'Asia/Shanghai' });
    const later = await assignedSuggestion('关于逾期建议定时上报的第二条测试建议');
    t.clock.set('2026-10-28');
    // A scheduled run is this job queued by the schedule; queued now, it runs within the polling interval.
    await t.app.jobs.send(JobName.SuggestionEscalation);
    await expect.poll(async () => (await readSuggestion(city, later))!.handling!.escalatedTo, { timeout: 10_000, interval: 100 }).toEqual({ name: '北京市总工会' });
  });
});
