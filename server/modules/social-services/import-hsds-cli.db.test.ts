import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../tests/support/run-cli';
import { testDatabaseKind, testServerUrl } from '../../../tests/support/test-database';

const SLOW = 180_000;
const examplePackage = fileURLToPath(new URL('../../../tests/support/hsds/examples/csv', import.meta.url));

let dir: string;
/** An empty database for the command: a data folder, or a database on the server. */
let target: { env: Record<string, string>; drop: () => Promise<void> };

async function onServer(sql: string) {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koop-hsds-cli-'));
  if (testDatabaseKind() !== 'postgres') {
    target = { env: { DATA_DIR: join(dir, 'data') }, drop: async () => {} };
    return;
  }
  const name = `koop_hsds_cli_${process.pid}_${Date.now().toString(36)}`;
  await onServer(`CREATE DATABASE "${name}"`);
  target = {
    env: { DATABASE_URL: testServerUrl(name) },
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
});
afterAll(async () => {
  await target?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run cli -- import-hsds', () => {
  it("imports the specification's example package into a new database: the organization is reported, not created", {
    timeout: SLOW,
  }, async () => {
    const run = await runCli(['import-hsds', examplePackage], target.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'HSDS import: organizations matched 0, not matched 1; services created 0, updated 0, ended 0, unchanged 0, skipped 1',
    );
    expect(run.stdout).toContain('organization not matched: Example Organization Inc.');
    const dry = await runCli(['import-hsds', '--dry-run', examplePackage], target.env);
    expect(dry.stdout).toContain('(dry run: nothing was saved)');
  });

  it('refuses a folder that is no data package with each missing file, and a wrong call with exit code 2', {
    timeout: SLOW,
  }, async () => {
    const empty = await runCli(['import-hsds', dir], { DATA_DIR: join(dir, 'untouched') });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('datapackage.json: the file is missing');
    expect(empty.stderr).toContain('services.csv: the file is missing');
    const none = await runCli(['import-hsds', join(dir, 'no-such-folder')], target.env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No such folder');
    expect((await runCli(['import-hsds'], target.env)).code).toBe(2);
  });
});
