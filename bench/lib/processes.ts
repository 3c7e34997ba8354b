/**
 * The servers a benchmark compares, each in its own process so that its CPU time and memory are its
 * own: laomo as it is deployed (the built server, `NODE_ENV=production`) and the raw baselines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** CPU seconds (user + system) the process has used so far, from /proc. */
  cpuSeconds(): number;
  /** Resident memory now and at its peak, in MiB, from /proc. */
  memory(): { rssMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

const CLOCK_TICKS = 100; // Linux's USER_HZ

/**
 * CPU seconds of a process from /proc/<pid>/stat: its own (user + system, fields 14 and 15) and those of its
 * children that ended and were reaped (16 and 17), with its command name (counted around the parentheses).
 */
export function cpuOf(pid: number | string): { command: string; own: number; reaped: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return {
    command: stat.slice(stat.indexOf('(') + 1, close),
    own: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
    reaped: (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS,
  };
}

/** Resident memory of a process now and at its peak, in MiB, from /proc. */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

function processOf(child: ChildProcess, url: string): ServerProcess {
  const pid = child.pid!;
  // BENCH_MEM_TRACE=1: the process's memory each second, to see when in a load its peak comes.
  if (process.env.BENCH_MEM_TRACE) {
    const t0 = Date.now();
    const timer = setInterval(() => {
      try {
        const { rssMiB, peakMiB } = memoryOf(pid);
        console.log(`[mem ${url} +${((Date.now() - t0) / 1000).toFixed(1)}s] rss ${rssMiB.toFixed(0)} hwm ${peakMiB.toFixed(0)}`);
      } catch {
        clearInterval(timer); // the process has exited
      }
    }, 1000);
    timer.unref();
  }
  return {
    url,
    child,
    cpuSeconds() {
      return cpuOf(pid).own;
    },
    memory() {
      return memoryOf(pid);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not come up at ${url}:\n${output()}`);
}

function spawnServer(args: string[], env: NodeJS.ProcessEnv, readyPath: string, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => { output = (output + d).slice(-4000); });
  child.stderr!.on('data', (d) => { output = (output + d).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  return waitUntilUp(`${url}${readyPath}`, child, () => output).then(() => processOf(child, url));
}

/** laomo's built server as in production, on `databaseUrl` (already migrated and seeded). */
export async function startLaomo(databaseUrl: string, options: { publicCache: boolean }): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_PROFILE=1 leaves a V8 CPU profile of each laomo process in .data/bench-profiles (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', path.join(repoRoot, '.data', 'bench-profiles')] : [];
  return spawnServer([...profile, ...(process.env.BENCH_LAOMO_FLAGS?.split(' ').filter(Boolean) ?? []), path.join(repoRoot, 'server', 'dist', 'main.js')], {
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LAOMO_PUBLIC_CACHE: options.publicCache ? 'on' : 'off',
    // Production wants a real SMS gateway; nothing is sent during a benchmark.
    LAOMO_SMS_SENDER: 'webhook',
    LAOMO_SMS_WEBHOOK_URL: 'http://127.0.0.1:9/',
    LAOMO_SMS_WEBHOOK_SECRET: 'bench-only',
    // Production wants its own key for the registry's sealed fields; no benchmark reads them.
    LAOMO_DATA_KEY: randomBytes(32).toString('base64'),
  }, '/readyz', port);
}

/** A baseline server (a plain JavaScript script in bench/baselines, no loader) on `databaseUrl`. */
export async function startBaseline(script: string, databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const port = await freePort();
  return spawnServer([path.join(repoRoot, 'bench', 'baselines', script)], {
    PORT: String(port), DATABASE_URL: databaseUrl, ...env,
  }, '/ready', port);
}
