import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobName } from '@laomo/server/common/jobs/job-names.js';
import { JobQueue } from '@laomo/server/common/jobs/job-queue.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { Attachment } from '@laomo/server/modules/attachment/attachment.entity.js';
import { signIn, startTestApp, type TestApp } from '../../support/testkit/index.js';

/**
 * The job queue (pg-boss, schema pgboss) across instances of laomo on one database: a job outlives
 * the instance that queued it, and one job runs on one instance only. The sweep of unclaimed uploads
 * is the job used: its effect (an old unclaimed upload gone) and its statement (one delete) are easy to see.
 */

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
  t.app.orm.em.fork().getConnection().execute(query, params);

/** An upload nobody attached, made more than a day ago: the sweep's to remove. */
async function abandonedUpload(): Promise<string> {
  const em = t.app.orm.em.fork();
  const upload = em.create(Attachment, {
    name: 'abandoned.pdf', contentType: 'application/pdf', size: 3, sha256: '0'.repeat(64), content: Buffer.from('pdf'),
    uploadedBy: await em.findOneOrFail(Account, { username: 'unit' }), createdAt: new Date(Date.now() - 25 * 3600 * 1000),
  });
  await em.flush();
  return upload.id;
}
const uploadExists = async (id: string) => (await sql(`select 1 from attachment where id = ?`, [id])).length === 1;
const jobState = async (id: string) => (await sql<{ state: string }>(`select state from pgboss.job where id = ?`, [id]))[0]?.state;

describe('each job', () => {
  it('retries with a growing delay (backoff) after a failure', async () => {
    const queues = await sql<{ name: string; retry_limit: number; retry_backoff: boolean; retry_delay: number }>(
      `select name, retry_limit, retry_backoff, retry_delay from pgboss.queue`,
    );
    for (const name of Object.values(JobName)) {
      const queue = queues.find((q) => q.name === name);
      expect(queue, name).toMatchObject({ retry_backoff: true });
      expect(queue!.retry_limit, name).toBeGreaterThan(0);
      expect(queue!.retry_delay, name).toBeGreaterThan(0);
    }
  });
});

describe('a job that keeps failing', () => {
  it('is tried again later each time (backoff), then listed for administrators with its error and attempts, a page at a time', { timeout: 30_000 }, async () => {
    // A queue of its own on this database, with a job that always fails: as a real failure would, from the handler.
    const attempts: Record<string, number[]> = { a: [], b: [] };
    const queue = new JobQueue(t.app.orm.config.get('clientUrl')!, { pollingIntervalSeconds: 0.5, runSchedules: false });
    const failing = 'test-always-fails' as JobName;
    queue.register({
      name: failing, retry: { limit: 2, delaySeconds: 1 },
      async run({ key }: { key: string }) {
        attempts[key].push(Date.now());
        throw new Error('deadlock detected');
      },
    });
    await queue.start();
    const failed: string[] = [];
    try {
      failed.push(await queue.send(failing, { key: 'a' }), await queue.send(failing, { key: 'b' }));
      await expect.poll(async () => Promise.all(failed.map(jobState)), { timeout: 20_000, interval: 200 }).toEqual(['failed', 'failed']);
    } finally {
      await queue.stop();
    }
    // Three attempts each: the first retry waits the delay (1–2 s), the second twice that (2–4 s).
    for (const times of Object.values(attempts)) {
      expect(times).toHaveLength(3);
      expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
      expect(times[2] - times[1]).toBeGreaterThanOrEqual(1950);
    }

    const admin = await signIn(t, 'admin');
    const query = `query($after: String) { failedJobs(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name error attempts failedAt } } }`;
    const page1 = (await admin.ok(query)).failedJobs;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin.ok(query, { after: page1.pageInfo.endCursor })).failedJobs;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const listed = [...page1.nodes, ...page2.nodes];
    expect(listed.map((j: { id: string }) => j.id).sort()).toEqual([...failed].sort());
    expect(listed.find((j: { id: string }) => j.id === failed[0])).toEqual({
      id: failed[0], name: failing, error: 'deadlock detected', attempts: 3, failedAt: expect.any(String),
    });
  });

  it('are refused to everyone else', async () => {
    const query = `{ failedJobs(first: 10) { totalCount } }`;
    for (const who of ['city', 'unit', 'handler', 'modelworker'] as const) {
      const result = await (await signIn(t, who)).gql(query);
      expect(result.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await t.anonymous().gql(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('across instances', () => {
  // Only the instances a test starts work the queue.
  beforeAll(async () => { await t.app.jobs.stop(); });

  it('a job queued before a restart runs after it', async () => {
    const upload = await abandonedUpload();
    const before = await t.anotherInstance();
    const startAfter = new Date(Date.now() + 1000);
    const id = await before.app.jobs.send(JobName.UnclaimedUploadSweep, {}, { startAfter });
    await before.close();
    await sleep(startAfter.getTime() - Date.now() + 1500);
    // Due, but no instance is up: it waits in the queue.
    expect(await jobState(id)).toBe('created');
    expect(await uploadExists(upload)).toBe(true);

    const after = await t.anotherInstance();
    await expect.poll(() => jobState(id), { timeout: 10_000, interval: 100 }).toBe('completed');
    expect(await uploadExists(upload)).toBe(false);
    await after.close();
  });

  it('two instances started at once run each job once', { timeout: 30_000 }, async () => {
    const [a, b] = await Promise.all([t.anotherInstance(), t.anotherInstance()]);
    let sweeps = 0;
    for (const instance of [a, b]) {
      const connection = instance.app.orm.em.getConnection() as unknown as { logQuery(query: string, context?: unknown): void };
      const original = connection.logQuery;
      connection.logQuery = function logQuery(this: unknown, query: string, context?: unknown) {
        if (/^\s*delete from "attachment"/i.test(query)) sweeps++;
        return original.call(this, query, context);
      };
    }
    // Due at the same moment on both, so both workers reach for them together.
    const startAfter = new Date(Date.now() + 1000);
    const ids = await Promise.all(Array.from({ length: 8 }, () => a.app.jobs.send(JobName.UnclaimedUploadSweep, {}, { startAfter })));
    await expect.poll(async () => Promise.all(ids.map(jobState)), { timeout: 15_000, interval: 100 }).toEqual(ids.map(() => 'completed'));
    // A second run of any of them would show within a few polling intervals (0.5 s in tests).
    await sleep(2000);
    // One delete per job, between the two of them (test apps turn no schedule into jobs).
    expect(sweeps).toBe(ids.length);
  });
});
