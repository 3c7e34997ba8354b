import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types; it runs before dependencies are installed
import { plan, writeStamp } from '../../../scripts/start-plan.mjs';
import { environment, freePort, repoRoot, requireBuild, spawnNode, type Spawned } from './spawned-server.js';

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => { for (const d of temporary) fs.rmSync(d, { recursive: true, force: true }); });

describe('npm start redoes only what changed', () => {
  it('installs and builds a fresh tree, then nothing until a source or the lockfile changes', () => {
    const root = tempDir('laomo-tree-');
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('package.json', '{}');
    write('pnpm-lock.yaml', 'lockfileVersion: 9.0\n');
    write('server/src/main.ts', 'console.log(1);\n');
    write('web/src/App.vue', '<template/>\n');
    write('node_modules/.pnpm/x', '');
    const env = { LAOMO_STAMP_DIR: path.join(root, 'stamps') };
    const stampAll = () => {
      const p = plan(root, env);
      writeStamp(root, 'install', p.installHash, env);
      writeStamp(root, 'build', p.buildHash, env);
    };

    expect(plan(root, env)).toMatchObject({ install: true, build: true });
    stampAll();
    // Stamped, but nothing built yet: the build must still run.
    expect(plan(root, env)).toMatchObject({ install: false, build: true });
    write('server/dist/main.js', '');
    write('web/dist/index.html', '');
    expect(plan(root, env)).toMatchObject({ install: false, build: false });
    // Built output and installed modules do not count as sources.
    write('web/dist/assets/x.js', 'changed');
    write('web/node_modules/y/index.js', 'changed');
    expect(plan(root, env)).toMatchObject({ install: false, build: false });

    write('server/src/main.ts', 'console.log(2);\n');
    expect(plan(root, env)).toMatchObject({ install: false, build: true });
    stampAll();
    write('pnpm-lock.yaml', 'lockfileVersion: 9.0\n# changed\n');
    expect(plan(root, env)).toMatchObject({ install: true, build: true });
  });
});

describe('npm start on an unchanged, built tree (embedded PostgreSQL in LAOMO_DATA_DIR)', () => {
  let first: Spawned | undefined;
  afterAll(async () => {
    if (first && first.child.exitCode === null) {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });

  it('starts without installing or building, names its data folder, says demo data was loaded and how to sign in; a second start on the same port fails; SIGTERM stops the cluster', async () => {
    requireBuild();
    const stamps = tempDir('laomo-stamps-');
    const current = plan(repoRoot, { LAOMO_STAMP_DIR: stamps });
    writeStamp(repoRoot, 'install', current.installHash, { LAOMO_STAMP_DIR: stamps });
    writeStamp(repoRoot, 'build', current.buildHash, { LAOMO_STAMP_DIR: stamps });
    // Without web/dist the start would build: the test needs `pnpm build` to have run.
    expect(plan(repoRoot, { LAOMO_STAMP_DIR: stamps })).toMatchObject({ install: false, build: false });

    const dataDir = tempDir('laomo-data-');
    const port = await freePort();
    const env = environment({ LAOMO_STAMP_DIR: stamps, LAOMO_DATA_DIR: dataDir, PORT: String(port) });
    const began = Date.now();
    first = spawnNode(['scripts/start.mjs'], env);
    await first.waitFor(/Sign in as/, 240_000);
    const out = first.output();
    console.log(`[npm start] up in ${Date.now() - began} ms on a new data folder (includes creating the cluster and loading the demo)`);
    expect(out).toMatch(/dependencies up to date/);
    expect(out).toMatch(/build up to date/);
    expect(out).not.toMatch(/installing dependencies|building server/);
    expect(out).toContain(`database: embedded PostgreSQL in ${path.join(dataDir, 'pg')}`);
    expect(out).not.toContain('.data/pg');
    expect(out).toMatch(/Demo data was loaded/);
    expect(out).toMatch(/Sign in as admin, city, .* with the password Laomo@2026/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const second = spawnNode(['scripts/start.mjs'], environment({ LAOMO_STAMP_DIR: stamps, LAOMO_DATA_DIR: tempDir('laomo-data-'), PORT: String(port) }));
    const status = await second.exited;
    expect(status.code).toBe(1);
    expect(second.output()).toMatch(new RegExp(`port ${port} is already in use`));
    expect(second.output()).not.toMatch(/laomo is up/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toMatchObject({ code: 0 });
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 300_000);
});
