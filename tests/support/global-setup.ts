import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, openPostgres, wrapPglite } from '../../server/platform/db';
import { prepareDatabase } from '../../server/workflows/prepare-database';
import { testServerUrl } from './test-database';

/**
 * Migrates (and loads TERYT into) one template database for the whole run; each test file
 * then copies it, which is much faster than migrating per file.
 */
export default async function setup(project: TestProject) {
  if (project.name === 'postgres') {
    if (!process.env.TEST_DATABASE_URL) throw new Error('The postgres suites need TEST_DATABASE_URL');
    const template = `koop_template_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    const database = openPostgres(testServerUrl(template), 2);
    await prepareDatabase(database, { seedDemo: false });
    await database.close();
    project.provide('pgTemplate', template);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'koop-test-'));
  const client = await createPglite();
  await prepareDatabase(wrapPglite(client), { seedDemo: false });
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}
