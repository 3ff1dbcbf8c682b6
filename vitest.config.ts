import { configDefaults, defineConfig } from 'vitest/config';

const databaseTests = ['server/**/*.db.test.ts', 'tests/**/*.db.test.ts'];
/** Suites about PostgreSQL's own client (pg), meaningless on the embedded database. */
const postgresOnlyTests = ['tests/platform/pg-concurrency-guard.db.test.ts'];

/**
 * Three projects: `pglite` (unit tests and the database suites on the embedded database),
 * `postgres` (the same database suites on a real server, TEST_DATABASE_URL) and `e2e`
 * (the built app in Chromium). scripts/run-tests.ts picks which can run on this machine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'pglite',
          include: [
            'server/**/*.test.ts',
            'common/**/*.test.ts',
            'web/**/*.test.{ts,tsx}',
            'tests/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...postgresOnlyTests],
          globalSetup: ['tests/support/global-setup.ts'],
          env: { TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: databaseTests,
          globalSetup: ['tests/support/global-setup.ts'],
          // Fails a test whose queries run at once on one connection (see the file).
          setupFiles: ['tests/support/pg-concurrency-guard.ts'],
          env: { TEST_DB: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
