#!/usr/bin/env node
// `npm start`: installs and builds only what changed since the last start, then runs the server and
// passes on its exit status (a server that cannot start makes `npm start` fail).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plan, writeStamp } from './start-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localPnpm = path.join(root, 'node_modules', '.bin', 'pnpm');

function run(what, args) {
  const [command, ...rest] = fs.existsSync(localPnpm) ? [localPnpm, ...args] : ['npx', '-y', 'pnpm@10.34.8', ...args];
  console.log(`[laomo start] ${what}…`);
  const result = spawnSync(command, rest, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[laomo start] ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const steps = plan(root);
if (steps.install) {
  run('installing dependencies', ['install', '--frozen-lockfile']);
  writeStamp(root, 'install', steps.installHash);
} else console.log('[laomo start] dependencies up to date');
if (steps.build) {
  run('building server and web app', ['run', 'build']);
  writeStamp(root, 'build', steps.buildHash);
} else console.log('[laomo start] build up to date');

const server = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
