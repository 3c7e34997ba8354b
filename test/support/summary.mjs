// Prints the run's closing line in the plain form CI reads ("Tests: N passed, N failed, N skipped")
// from vitest's JSON report, and exits with vitest's own status (passed as the first argument).
import fs from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const file = new URL('../.artifacts/vitest.json', import.meta.url);
if (fs.existsSync(file)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
}
process.exit(status);
