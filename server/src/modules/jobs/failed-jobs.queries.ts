import type { EntityManager } from '@mikro-orm/postgresql';
import { JOB_SCHEMA } from '../../common/jobs/job-names.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import { requireMay, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { FailedJob } from './failed-job.type.js';

interface FailedRow {
  id: string;
  name: string;
  failed_at: Date;
  error: string | null;
  attempts: number;
  total: string;
}

/**
 * The jobs whose last attempt failed, newest first, from the queue's table and its archive (pg-boss
 * moves failures there after a week and deletes them from it later). Administrators only.
 */
export async function failedJobs(em: EntityManager, viewer: ViewerState, args: PageArgs): Promise<Connection<FailedJob>> {
  requireMay(viewer, Operation.JOBS_READ);
  const window = pageWindow(args);
  const rows: FailedRow[] = await em.getConnection().execute(
    `select id, name, completed_on as failed_at, output->>'message' as error, retry_count + 1 as attempts, count(*) over () as total
       from (select id, name, completed_on, output, retry_count from ${JOB_SCHEMA}.job where state = 'failed'
             union all
             select id, name, completed_on, output, retry_count from ${JOB_SCHEMA}.archive where state = 'failed') failed
      order by completed_on desc, id
      limit ? offset ?`,
    [window.limit + 1, window.offset],
  );
  const jobs = rows.map((r) => ({ id: r.id, name: r.name, failedAt: new Date(r.failed_at), error: r.error ?? '', attempts: Number(r.attempts) }));
  // The window function counts every row; past the last page there is none to carry it.
  const total = rows.length ? Number(rows[0].total) : window.offset;
  return toConnection(jobs, total, window);
}
