import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../tests/support/run-cli';
import { openPglite } from './platform/db';

/**
 * The embedded database has no lock between processes, so the command line must refuse a data
 * folder the running app holds (only the embedded database has a folder to hold).
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koop-cli-lock-'));
  await writeFile(
    join(dir, 'terc.csv'),
    ['WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA', '06;;;;LUBELSKIE;województwo;2024-01-01'].join('\n'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the command line on an embedded database in use', () => {
  it('refuses to open an embedded database that the running app holds', { timeout: 180_000 }, async () => {
    const dataDir = join(dir, 'locked');
    const app = await openPglite(dataDir);
    try {
      // This test process holds the folder as the app would; the command must not open it too.
      const run = await runCli(['import-terc', join(dir, 'terc.csv')], { DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `The data folder ${dataDir} is already in use by another Kooperacja process`,
      );
      expect(run.stdout).not.toContain('TERYT register');
    } finally {
      await app.close();
    }
  });
});
