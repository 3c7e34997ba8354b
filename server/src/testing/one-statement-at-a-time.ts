// Loaded before every server-side test file. A transaction has one connection; a statement sent on it while
// another is still running is queued by pg 8 with a deprecation warning, and refused from pg 9 on. Reads run
// side by side inside a mutation (Promise.all on the transaction's entity manager) did exactly that, unseen,
// because the warning is printed once per process and nothing failed. Here it fails the file that caused it.
import { afterAll } from 'vitest';

const OVERLAP = 'when the client is already executing a query';
const seen: string[] = [];

process.on('warning', (warning) => {
  if (warning.message.includes(OVERLAP)) seen.push(warning.stack ?? warning.message);
});

afterAll(() => {
  if (seen.length) throw new Error(`a statement was sent on a connection already running one (pg refuses this from version 9; NODE_OPTIONS=--trace-deprecation shows where):\n${seen.join('\n')}`);
});
