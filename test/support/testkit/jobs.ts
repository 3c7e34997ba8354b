import { setTimeout as sleep } from 'node:timers/promises';
import type { JobName } from '@laomo/server/common/jobs/job-names.js';
import { JobQueue } from '@laomo/server/common/jobs/job-queue.js';
import type { TestApp } from './app.js';

/**
 * A job that failed for good, as a handler's error leaves it: a queue of its own on the app's database
 * with a job that throws `message` and is not retried. Returns the job's id once the queue marked it failed.
 */
export async function seedFailedJob(t: TestApp, name: string, message: string): Promise<string> {
  const queue = new JobQueue(t.app.orm.config.get('clientUrl')!, { pollingIntervalSeconds: 0.5, runSchedules: false });
  queue.register({
    name: name as JobName, retry: { limit: 0, delaySeconds: 1 },
    async run() {
      throw new Error(message);
    },
  });
  await queue.start();
  try {
    const id = await queue.send(name as JobName);
    const connection = t.app.orm.em.getConnection();
    for (let waited = 0; waited < 15_000; waited += 100) {
      const [row] = await connection.execute<{ state: string }[]>(`select state from pgboss.job where id = ?`, [id]);
      if (row?.state === 'failed') return id;
      await sleep(100);
    }
    throw new Error(`job ${name} did not fail within 15 s`);
  } finally {
    await queue.stop();
  }
}
