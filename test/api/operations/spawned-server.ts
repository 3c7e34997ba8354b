import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '@laomo/server/config.js';
import { freePort } from '@laomo/server/db/embedded.js';
import { adminQuery, databaseUrl } from '@laomo/server/testing/test-cluster.js';

export { freePort, repoRoot };

/** The built server (`pnpm build` runs before the tests in `npm test`). */
export const BUILT_MAIN = path.join(repoRoot, 'server', 'dist', 'main.js');
export const BUILT_SETUP = path.join(repoRoot, 'server', 'dist', 'operations', 'setup-cli.js');

export function requireBuild(): void {
  if (!fs.existsSync(BUILT_MAIN) || !fs.existsSync(BUILT_SETUP)) throw new Error('server/dist is missing: run `pnpm build` first');
}

/** A new, empty database on the run's PostgreSQL server, dropped by `drop()`. */
export async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { serverUrl } = inject('laomoCluster');
  const name = `laomo_fresh_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  return { url: databaseUrl(serverUrl, name), drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** The environment a process gets: this one without test settings, plus `extra`. */
export function environment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface Spawned {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `node <args>` in the repository, collecting stdout and stderr together. */
export function spawnNode(args: string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => { output += c; });
  child.stderr!.on('data', (c) => { output += c; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(pattern, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      let done = false;
      void exited.then(() => { done = true; });
      while (!pattern.test(output)) {
        if (done) throw new Error(`the process exited before printing ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
