import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import cookieParser from 'cookie-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { publicReadAdmission } from './public-read-admission.js';

/**
 * A server whose handler holds every request until the test lets it go, counting how many run at once.
 * The handler stands for Apollo: whatever runs after admission.
 */
async function serve(concurrency: number) {
  let running = 0;
  let most = 0;
  const started: string[] = [];
  const waiting: Array<() => void> = [];
  const app = express();
  app.use(cookieParser());
  app.use('/graphql', publicReadAdmission(concurrency), (req, res) => {
    running++;
    most = Math.max(most, running);
    started.push(String(req.query.n));
    waiting.push(() => {
      running--;
      res.json({ n: req.query.n });
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    server,
    read: (n: number, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }, signal?: AbortSignal) =>
      fetch(`${url}?n=${n}`, { headers, signal }),
    /** Answers the oldest request being handled. */
    release: () => waiting.shift()?.(),
    started: () => [...started],
    running: () => running,
    most: () => most,
  };
}

const until = async (holds: () => boolean) => {
  for (let i = 0; i < 200 && !holds(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(holds()).toBe(true);
};

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

describe('publicReadAdmission', () => {
  it('runs at most its concurrency of anonymous reads at once, the rest in the order they came', async () => {
    const s = await serve(3);
    server = s.server;
    const answers = Array.from({ length: 10 }, (_, n) => s.read(n));
    await until(() => s.running() === 3);
    await new Promise((r) => setTimeout(r, 50)); // none of the other seven slips in
    expect(s.running()).toBe(3);
    for (let i = 0; i < 10; i++) {
      s.release();
      await until(() => s.started().length === Math.min(10, i + 4));
    }
    const bodies = await Promise.all(answers.map(async (a) => (await a).json()));
    expect(bodies.map((b) => b.n)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(s.most()).toBe(3);
    // The first three came in together; after them, each waited for its turn in arrival order.
    expect(s.started().slice(3)).toEqual(['3', '4', '5', '6', '7', '8', '9']);
  });

  it('never queues a signed-in request or a mutation behind the reads', async () => {
    const s = await serve(1);
    server = s.server;
    void s.read(1);
    await until(() => s.running() === 1);
    void s.read(2); // queued behind the first
    void s.read(3, { 'apollo-require-preflight': 'true', cookie: 'laomo_session=abc' });
    await until(() => s.running() === 2);
    expect(s.started()).toEqual(['1', '3']);
    s.release();
    s.release();
    await until(() => s.started().includes('2'));
    s.release();
  });

  it('skips a reader who left while waiting', async () => {
    const s = await serve(1);
    server = s.server;
    void s.read(1);
    await until(() => s.running() === 1);
    const leaving = new AbortController();
    s.read(2, undefined, leaving.signal).catch(() => undefined);
    const third = s.read(3);
    await new Promise((r) => setTimeout(r, 50));
    leaving.abort();
    await new Promise((r) => setTimeout(r, 50));
    s.release();
    await until(() => s.started().includes('3'));
    expect(s.started()).toEqual(['1', '3']);
    s.release();
    expect((await (await third).json()).n).toBe('3');
  });
});
