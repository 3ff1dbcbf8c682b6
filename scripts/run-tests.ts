/**
 * `npm test`: runs every suite this machine can run, says in plain words which it cannot and
 * why, and ends with one `N passed, N failed, N skipped` line covering all of them. Under
 * CI=true a missing prerequisite is a failure, never a skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../tests/e2e/support/chromium';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success: boolean;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

const ci = process.env.CI === 'true';
const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const vitest = join('node_modules', 'vitest', 'vitest.mjs');
const extraArgs = process.argv.slice(2);

const projects: string[] = ['pglite'];
const missing: { project: string; reason: string }[] = [];
if (process.env.TEST_DATABASE_URL) projects.push('postgres');
else
  missing.push({
    project: 'postgres',
    reason: 'TEST_DATABASE_URL is not set, so the PostgreSQL suites cannot run',
  });
if (chromiumPath()) projects.push('e2e');
else
  missing.push({
    project: 'e2e',
    reason:
      'no Chromium found (install Debian\'s "chromium" package or set CHROMIUM_PATH), so the browser suites cannot run',
  });

interface ListedTest {
  file: string;
}

function listTests(args: string[]): ListedTest[] {
  const out = spawnSync(process.execPath, [vitest, 'list', '--json', ...args, ...extraArgs], {
    encoding: 'utf8',
  });
  try {
    return JSON.parse(out.stdout) as ListedTest[];
  } catch {
    return [];
  }
}

/**
 * How many tests a project holds, so a project that cannot run is counted as skipped. Listing a
 * project starts its global setup, which is exactly what cannot work here, so: the postgres
 * suites are the `*.db.test.ts` files of the pglite project, listed there (which also expands
 * `it.each`); the browser specs are parsed without running them.
 */
function countTests(project: string): number {
  if (project === 'postgres')
    return listTests(['--project', 'pglite']).filter((t) => t.file.endsWith('.db.test.ts')).length;
  return listTests(['--project', project, '--staticParse']).length;
}

const reportFile = join(resultsDir, 'vitest.json');
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
  passed = report.numPassedTests;
  // A file that fails outside its tests (an import error, a failing beforeAll) has no failed
  // test to count, but it is a failure all the same.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  failed = report.numFailedTests + brokenFiles;
  skipped = report.numPendingTests + report.numTodoTests;
} else {
  console.error('\nThe test runner produced no report: counting the run as failed.');
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;

for (const { project, reason } of missing) {
  const count = countTests(project);
  if (ci) {
    console.error(
      `\nFAILED: the ${project} suites (${count} tests) did not run: ${reason}. CI must run every suite.`,
    );
    failed += count || 1;
  } else {
    console.log(`\nSKIPPED: the ${project} suites (${count} tests): ${reason}.`);
    skipped += count;
  }
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
