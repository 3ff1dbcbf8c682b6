import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliIn } from '../tests/support/run-cli';
import { testDatabaseKind, testServerUrl } from '../tests/support/test-database';
import { territorialUnits } from './modules/territory';
import { type Database, openPglite, openPostgres } from './platform/db';

const onPostgres = testDatabaseKind() === 'postgres';
const SLOW = 180_000;

const TERC = [
  'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA',
  '06;;;;LUBELSKIE;województwo;2024-01-01',
  '06;05;;;janowski;powiat;2024-01-01',
  '06;05;05;3;Janów Lubelski;gmina miejsko-wiejska;2024-01-01',
  '06;05;05;4;Janów Lubelski;miasto;2024-01-01',
  '06;05;05;5;Janów Lubelski;obszar wiejski;2024-01-01',
].join('\n');

let dir: string;
/** The database the command is pointed at: an empty folder, or an empty database on the server. */
let target: { env: Record<string, string>; open: () => Promise<Database>; drop: () => Promise<void> };

const runCli = (args: string[], env: Record<string, string> = target.env) => runCliIn(args, env);

async function unitCount(): Promise<number> {
  const database = await target.open();
  try {
    return (await database.db.select({ n: count() }).from(territorialUnits))[0]!.n;
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koop-cli-'));
  await writeFile(join(dir, 'terc.csv'), TERC);
  if (!onPostgres) {
    const dataDir = join(dir, 'data');
    target = { env: { DATA_DIR: dataDir }, open: () => openPglite(dataDir), drop: async () => {} };
    return;
  }
  const name = `koop_cli_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  target = {
    env: { DATABASE_URL: testServerUrl(name) },
    open: async () => openPostgres(testServerUrl(name), 1),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
});
afterAll(async () => {
  await target?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run cli -- import-terc', () => {
  it(
    'migrates an empty database, imports the file, prints the counts, and a second run changes nothing',
    async () => {
      const first = await runCli(['import-terc', join(dir, 'terc.csv')]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        'TERYT register, state 2024-01-01: voivodeships 1, powiats 1, gminas 1, parts of gminas 2; added 5, updated 0, unchanged 0',
      );
      expect(await unitCount()).toBe(5);

      const second = await runCli(['import-terc', join(dir, 'terc.csv')]);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('added 0, updated 0, unchanged 5');
    },
    SLOW,
  );

  it('refuses a bad file with its line, before touching the database', { timeout: SLOW }, async () => {
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, `${TERC}\n06;05;06;7;Modliborzyce;gmina;2024-01-01\n`);
    const run = await runCli(['import-terc', bad], { DATA_DIR: join(dir, 'untouched') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TERC file, line 7: RODZ must be one of 1, 2, 3, 4, 5, 8, 9');
  });

  it('answers a wrong call with the usage and exit code 2', { timeout: SLOW }, async () => {
    const unknown = await runCli(['import-tercs']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: import-tercs');
    expect(unknown.stderr).toContain('import-terc [file]');
    const missing = await runCli(['import-terc', join(dir, 'no-such.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });
});
