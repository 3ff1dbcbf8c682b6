import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { migrationsFolder } from '../db';
import type { RoutesPlugin } from './route-deps';

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

const readiness = z.object({
  status: z.enum(['ready', 'notReady']),
  database: z.boolean(),
  migrations: z.object({ applied: z.number(), expected: z.number() }),
});

/** Liveness (the process answers) and readiness (database reachable, every migration applied). */
export const healthRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    { schema: { tags: ['system'], summary: 'Readiness', response: { 200: readiness, 503: readiness } } },
    async (request, reply) => {
      let applied = 0;
      let database = false;
      try {
        const rows = await db.execute<{ count: number }>(
          sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
        );
        applied = Number((rows as unknown as { rows: { count: number }[] }).rows[0]?.count ?? 0);
        database = true;
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
      }
      const expected = journal.entries.length;
      const ready = database && applied >= expected;
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'notReady', database, migrations: { applied, expected } });
    },
  );
};
