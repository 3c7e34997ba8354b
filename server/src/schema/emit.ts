/**
 * Writes schema/schema.graphql from the code (`schema:emit`), or with `--check` fails when the
 * committed file differs from what the code would write, so a stale SDL never lands.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from './print.js';
import { laomoSchema } from './build.js';
import { repoRoot } from '../config.js';

const target = path.join(repoRoot, 'schema', 'schema.graphql');
const text = printSchemaWithDirectives(await laomoSchema());

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    console.error('schema/schema.graphql is stale: run `pnpm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(repoRoot, target)}`);
}
