import type { EntityManager } from '@mikro-orm/postgresql';
import { UPLOAD_QUOTA } from './attachment-policy.js';
import { AttachmentError, type ErrorCode } from '../../common/errors/catalogue.js';

export interface QuotaRefusal {
  code: ErrorCode;
  params: Record<string, unknown>;
}

const MiB = 1024 * 1024;

/**
 * Whether `account` may store `bytes` more at `now`: at most UPLOAD_QUOTA.filesPerDay files and
 * UPLOAD_QUOTA.bytesPerDay in the last 24 hours, and UPLOAD_QUOTA.bytesTotal in all. Run inside the
 * upload's transaction: the advisory lock makes concurrent uploads of one account count one after
 * another, so a burst cannot slip past the quota between the count and the insert.
 */
export async function checkUploadQuota(em: EntityManager, accountId: string, bytes: number, now: Date): Promise<QuotaRefusal | null> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('attachment-quota:' || ?, 0))`, [accountId]);
  const since = new Date(now.getTime() - 24 * 3600 * 1000);
  const [usage] = await em.execute<{ day_files: string; day_bytes: string; total_bytes: string }[]>(
    `select count(*) filter (where created_at > ?) as day_files,
            coalesce(sum(size) filter (where created_at > ?), 0) as day_bytes,
            coalesce(sum(size), 0) as total_bytes
       from attachment where uploaded_by_id = ?`,
    [since, since, accountId],
  );
  if (Number(usage.day_files) + 1 > UPLOAD_QUOTA.filesPerDay) {
    return { code: AttachmentError.DailyFiles, params: { max: UPLOAD_QUOTA.filesPerDay } };
  }
  if (Number(usage.day_bytes) + bytes > UPLOAD_QUOTA.bytesPerDay) {
    return { code: AttachmentError.DailyBytes, params: { mb: UPLOAD_QUOTA.bytesPerDay / MiB } };
  }
  if (Number(usage.total_bytes) + bytes > UPLOAD_QUOTA.bytesTotal) {
    return { code: AttachmentError.TotalBytes, params: { mb: UPLOAD_QUOTA.bytesTotal / MiB } };
  }
  return null;
}
