import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from './common/i18n/locale.js';
import type { ViewerState } from './modules/account/viewer-state.js';
import type { Services } from './services.js';
import type { TransactionSlots } from './common/transaction.js';
import type { JobQueue } from './common/jobs/job-queue.js';

/** Per request: a fresh entity manager (its own identity map), who asks, and in which language. */
export interface Context {
  em: EntityManager;
  viewer: ViewerState;
  locale: Locale;
  req: Request;
  res: Response;
  services: Services;
  /** Shared by the whole app: how many mutations may hold a transaction at once (see transaction.ts). */
  transactionSlots: TransactionSlots;
  /** The app's job queue, for a mutation that hands work on (an import's write). */
  jobs: Pick<JobQueue, 'send'>;
  /** Per-request memo for DataLoaders, keyed by loader name, so batching never crosses requests. */
  loaders: Map<string, unknown>;
}
