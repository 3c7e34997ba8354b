// The test command's runner: runs every vitest project and exits non-zero unless the run really passed.
//
// A run passes only when vitest exits 0 AND its JSON report can be read AND the report counts no failed test,
// no test file that failed to load, and at least one test. Each condition alone was not enough: a dependency's
// exit hook once turned a failing run's status into 0. Before the suite, the runner checks itself: it runs
// deliberately failing fixtures (test/gate) under the same global setup and stops unless that run fails.
//
// Everything the tests write, temporary files included, stays inside the project (`.data/`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = path.join(root, 'test', '.artifacts');
const tmp = path.join(root, '.data', 'tmp');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** Reads a vitest JSON report; undefined when it is missing or unreadable. */
function readReport(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof report.numTotalTests === 'number' ? report : undefined;
  } catch {
    return undefined;
  }
}

/** Why a run did not pass, or undefined when it did. */
function verdict(status, report) {
  if (status !== 0) return `vitest exited with status ${status}`;
  if (!report) return 'the test report is missing or unreadable';
  if (report.numFailedTests > 0) return `${report.numFailedTests} test(s) failed`;
  if (report.numFailedTestSuites > 0) return `${report.numFailedTestSuites} test file(s) failed to load or run`;
  if (report.success === false) return 'the report says the run did not succeed';
  if (report.numTotalTests === 0) return 'no test ran';
  return undefined;
}

/** Runs vitest with a JSON report; its output goes to the terminal, or to `logFile` when given. */
function runVitest(args, reportFile, logFile) {
  fs.rmSync(reportFile, { force: true });
  const log = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const result = spawnSync(process.execPath, [vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: { ...process.env, TMPDIR: tmp },
  });
  if (logFile) fs.closeSync(log);
  return result.status ?? 1;
}

fs.mkdirSync(artifacts, { recursive: true });
fs.mkdirSync(tmp, { recursive: true });

console.log('== the gate checks itself: deliberately failing fixtures must fail the run ==');
const gateReport = path.join(artifacts, 'gate.json');
const gateLog = path.join(artifacts, 'gate.log');
const gateStatus = runVitest(['--config', 'test/gate/vitest.config.ts'], gateReport, gateLog);
const gate = readReport(gateReport);
const gateFailed = gateStatus !== 0 && gate && gate.numFailedTests >= 1 && gate.numFailedTestSuites >= 2;
const missingReportCaught = verdict(0, readReport(path.join(artifacts, 'no-such-report.json'))) !== undefined;
if (!gateFailed || !missingReportCaught) {
  process.stderr.write(fs.readFileSync(gateLog, 'utf8'));
  console.error(`The test gate is broken: failing fixtures gave status ${gateStatus} and report ${JSON.stringify(gate && { failed: gate.numFailedTests, failedFiles: gate.numFailedTestSuites })}; a missing report ${missingReportCaught ? 'is' : 'is not'} caught.`);
  console.log('Tests: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
console.log(`== gate holds (fixtures failed with status ${gateStatus}); now the suite ==`);

const reportFile = path.join(artifacts, 'vitest.json');
const status = runVitest(process.argv.slice(2), reportFile);
const report = readReport(reportFile);
const why = verdict(status, report);
if (report) {
  console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
}
if (why) {
  console.error(`The test run failed: ${why}.`);
  process.exit(1);
}
