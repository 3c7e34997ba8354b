import type { NextFunction, Request, Response } from 'express';
import pLimit from 'p-limit';
import { isAnonymousGraphqlGet } from './anonymous-read.js';

/**
 * At most `concurrency` anonymous reads of the API run at once; the others wait, in the order they came,
 * before anything of theirs is parsed, executed or read from the database.
 *
 * Why: when a city-wide notice opens, hundreds of reads arrive together and the database pool serves ten
 * at a time anyway. Let in all at once, every read builds its context, plan and half its answer and then
 * holds them for the whole queue's length: at 50 connections each lived ~200 ms, so its objects survived
 * the young-generation collections, were promoted, and the old space grew to ~460 MiB before a full
 * collection (bench/README.md). Admitted a few at a time, a read lives a few milliseconds, its garbage dies
 * young, and the throughput is the same or better. Signed-in requests and mutations are not queued here:
 * a mutation may wait on another request (an idempotency key's first use), and queueing it behind reads
 * could stall it.
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
