import type { NextFunction, Request, Response } from 'express';
import pLimit from 'p-limit';
import { isAnonymousGraphqlGet } from './anonymous-read.js';

/**
 * At most `concurrency` anonymous reads of the API run at once; the others wait, in the order they came,
 * before anything of theirs is parsed, executed or read from the database.
 *
 * Why: when a city-wide notice opens, hundreds of reads arrive together and the database pool serves ten
 * at a time anyway. Let in all at once, every read builds its context, plan and half its answer and then
 * holds them while it waits its turn at the pool; admitted a few at a time, the waiting happens before any
 * of that. Measured at 50 connections (bench/README.md): ~8 % less CPU per read and a lower p99; the
 * memory peak did not change (that was the cache's copies and V8's heap growth, fixed where they were).
 * Signed-in requests and mutations are not queued here: a mutation may wait on another request (an
 * idempotency key's first use), and queueing it behind reads could stall it.
 */
export function publicReadAdmission(concurrency: number) {
  const limit = pLimit(concurrency);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!isAnonymousGraphqlGet(req)) return next();
    void limit(
      () =>
        new Promise<void>((admitted) => {
          // A reader who left while waiting needs no answer.
          if (res.destroyed || res.writableEnded) return admitted();
          // 'close' follows the answer's last byte, or the reader leaving mid-answer: either way the slot is free.
          res.once('close', () => admitted());
          next();
        }),
    );
  };
}
