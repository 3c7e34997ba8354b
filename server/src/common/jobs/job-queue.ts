import PgBoss from 'pg-boss';
import { JOB_SCHEMA, type JobName } from './job-names.js';
import { faultForLog } from '../errors/fault-log.js';

/** What a module hands the queue for one job: its name, when it runs by itself, how it retries, what it does. */
export interface JobDefinition<Data extends object = Record<string, never>> {
  name: JobName;
  /** A cron line in Beijing time (minute granularity) when the job also runs on a schedule. */
  cron?: string;
  /** Further attempts after a failure, the first `delaySeconds` later and each next one twice as long (backoff). */
  retry: { limit: number; delaySeconds: number };
  /** Does the work; a thrown error fails the attempt. Returns a line to log when it did something. */
  run(data: Data): Promise<string | null>;
}

export interface JobQueueOptions {
  /** How often an idle worker asks for work; pg-boss allows 0.5 s at least. */
  pollingIntervalSeconds?: number;
  /**
   * Whether this instance turns the cron lines into jobs when due (true unless told). The lines are
   * recorded either way; tests turn it off, as they move the clock and queue each job themselves.
   */
  runSchedules?: boolean;
}

/**
 * laomo's scheduled and deferred work on pg-boss, in its own schema of laomo's database: a job
 * survives a restart (it is a row), runs on one instance only (workers take rows with SKIP LOCKED,
 * and a cron line is queued once per minute across instances), retries with backoff, and a failed
 * job stays in the table for administrators (failed-jobs.queries.ts). Jobs are registered
 * explicitly before `start`, never by importing a module.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<JobName, JobDefinition<any>>();
  private started = false;

  constructor(databaseUrl: string, private readonly options: JobQueueOptions = {}) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'laomo-jobs',
      // Workers, the scheduler and maintenance share a few connections; the app's own pool is apart.
      max: 3,
      // Failures stay where administrators look for them a week, then go to the archive (also read).
      archiveFailedAfterSeconds: 7 * 24 * 3600,
      schedule: options.runSchedules ?? true,
    });
    this.boss.on('error', (error: Error) => console.error(`[laomo] job queue: ${error.message}`));
  }

  register<Data extends object>(definition: JobDefinition<Data>): void {
    if (this.started) throw new Error(`job ${definition.name} registered after the queue started`);
    this.definitions.set(definition.name, definition);
  }

  /** Installs or upgrades the queue's schema when needed, creates the queues, schedules and starts working. */
  async start(): Promise<void> {
    const pollingIntervalSeconds = this.options.pollingIntervalSeconds ?? 2;
    await this.boss.start();
    this.started = true;
    for (const job of this.definitions.values()) {
      const settings = { name: job.name, retryLimit: job.retry.limit, retryDelay: job.retry.delaySeconds, retryBackoff: true };
      await this.boss.createQueue(job.name, settings);
      // A queue made by an earlier release keeps its settings unless updated.
      await this.boss.updateQueue(job.name, settings);
      if (job.cron) await this.boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
      else await this.boss.unschedule(job.name);
      await this.boss.work<object>(job.name, { pollingIntervalSeconds }, async ([one]) => {
        try {
          const done = await job.run(one.data);
          if (done) console.log(`[laomo] ${done}`);
        } catch (error) {
          // The queue records it (and retries); the log tells the operator now. Both get it without the
          // values a database fault would quote (errors/fault-log.ts).
          const fault = faultForLog(error);
          console.error(`[laomo] job ${job.name} ${one.id} failed: ${fault instanceof Error ? fault.message : String(fault)}`);
          throw fault;
        }
      });
    }
  }

  /** Queues a job now, or for `startAfter`; it retries as its queue says. Returns the job's id. */
  async send(name: JobName, data: object = {}, options: { startAfter?: Date } = {}): Promise<string> {
    if (!this.definitions.has(name)) throw new Error(`no job named ${name} is registered`);
    const id = await this.boss.send(name, data, options);
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  /** Stops taking work, lets a job under way finish (up to `timeoutMs`), and closes the queue's connections. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
