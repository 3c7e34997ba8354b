// What `npm start` must redo before it runs the server: install when the lockfile or a package.json
// changed, build when a source changed. Plain Node (no dependencies): it runs before the install.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.data', '.git', '.artifacts']);

/** Files under `root`/`rel` (a file or a folder), skipping installed and built output. */
function filesUnder(root, rel) {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [rel];
  return fs.readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(root, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

/** One hash of the names and contents of every file under the given paths. */
export function hashOf(root, paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => filesUnder(root, p)).sort()) {
    hash.update(file.split(path.sep).join('/')).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** What the install depends on. */
export const INSTALL_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', 'server/package.json', 'web/package.json', 'test/package.json', 'bench/package.json'];
/** What the build reads (the sources of server and web app, their configs, the schema the web app is typed from). */
export const BUILD_INPUTS = ['tsconfig.base.json', 'server/src', 'server/tsconfig.json', 'server/tsconfig.build.json', 'web', 'schema'];

/** Where the stamps of the last successful install and build are kept (inside node_modules: a fresh clone has none). */
export function stampDir(root, env = process.env) {
  return env.LAOMO_STAMP_DIR ?? path.join(root, 'node_modules', '.laomo-stamps');
}

/** `{ install, build }`: whether each step must run, with the hashes to stamp once it succeeded. */
export function plan(root, env = process.env) {
  const dir = stampDir(root, env);
  const read = (name) => { try { return fs.readFileSync(path.join(dir, name), 'utf8').trim(); } catch { return ''; } };
  const installHash = hashOf(root, INSTALL_INPUTS);
  const buildHash = createHash('sha256').update(installHash).update(hashOf(root, BUILD_INPUTS)).digest('hex');
  const built = fs.existsSync(path.join(root, 'server', 'dist', 'main.js')) && fs.existsSync(path.join(root, 'web', 'dist', 'index.html'));
  const install = read('install') !== installHash || !fs.existsSync(path.join(root, 'node_modules', '.pnpm'));
  return { install, build: install || !built || read('build') !== buildHash, installHash, buildHash };
}

export function writeStamp(root, name, hash, env = process.env) {
  const dir = stampDir(root, env);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), `${hash}\n`);
}
