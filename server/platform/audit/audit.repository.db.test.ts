import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditFilters } from '../../../common/contracts/audit';
import { openTestDatabase } from '../../../tests/support/test-database';
import type { Database } from '../db';
import { newId } from '../db';
import {
  type AuditScope,
  auditConditions,
  auditCountQuery,
  auditPageQuery,
  streamAuditRows,
} from './audit.repository';
import { auditEvents } from './audit.table';

let database: Database;

const institutions = Array.from({ length: 50 }, () => newId());
const actors = Array.from({ length: 100 }, () => newId());
const RARE_ACTION = 'partnership.sign';
const DAY = 864e5;
const start = Date.parse('2024-01-01T00:00:00Z');

/**
 * A log big enough for the planner to prefer an index whenever one fits (a few thousand rows,
 * analysed): most events are one common action, a few are rare, over two years.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const rows = Array.from({ length: 6000 }, (_, i) => ({
    id: newId(),
    occurredAt: new Date(start + (i % 730) * DAY + i * 1000),
    actorUserId: actors[i % actors.length]!,
    actorName: `Osoba ${i % actors.length}`,
    institutionId: institutions[i % institutions.length]!,
    action: i % 500 === 0 ? RARE_ACTION : 'institution.update',
    entityType: i % 300 === 0 ? 'agreement' : 'institution',
    entityId: `e-${i % 1000}`,
  }));
  for (let i = 0; i < rows.length; i += 1000)
    await database.db.insert(auditEvents).values(rows.slice(i, i + 1000));
  await database.db.execute(sql`analyze audit_events`);
});
afterAll(() => database.close());

async function plan(query: SQL | { getSQL(): SQL }): Promise<string> {
  const result = await database.db.execute(sql`explain ${query}`);
  const rows = ((result as { rows?: unknown[] }).rows ?? result) as Record<string, string>[];
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

/** The lines where the plan uses an index to find rows (not merely to filter them afterwards). */
const indexConditions = (text: string) =>
  text
    .split('\n')
    .filter((line) => /Index Cond|Recheck Cond/.test(line))
    .join('\n');

const filterCases: [string, AuditFilters, AuditScope, RegExp][] = [
  ['institution', {}, [institutions[3]!], /institution_id/],
  ['actor', { actorId: actors[7]! }, 'all', /actor_user_id/],
  ['action prefix', { action: 'partnership.' }, 'all', /action/],
  ['record', { entityType: 'agreement', entityId: 'e-300' }, 'all', /entity_type/],
  ['date range', { from: '2024-03-01', to: '2024-03-07' }, 'all', /occurred_at/],
  ['several institutions and a date', { from: '2025-06-01' }, institutions.slice(0, 2), /institution_id/],
];

describe('every filter of the audit log is answered from an index', () => {
  it.each(filterCases)(
    'the page and the count by %s never scan the table',
    async (_name, filters, scope, column) => {
      const where = auditConditions(filters, scope);
      for (const query of [
        auditPageQuery(database.db, where, 20, 0),
        auditCountQuery(database.db, where, 10_001),
      ]) {
        const text = await plan(query);
        expect(text).not.toMatch(/Seq Scan on audit_events/);
        expect(indexConditions(text)).toMatch(column);
      }
    },
  );
});

describe('streaming the log for an export', () => {
  it('yields every row exactly once, newest first, across batches, even when moments tie', async () => {
    const institutionId = newId();
    const tied = new Date('2026-01-01T10:00:00.123456Z');
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 7; i++)
        await tx.insert(auditEvents).values({
          id: newId(),
          occurredAt: i < 5 ? tied : new Date(tied.getTime() - i * 1000),
          institutionId,
          action: 'institution.update',
          entityType: 'institution',
        });
    });
    // Microseconds a JavaScript Date cannot hold: the keyset must compare them exactly.
    await database.db.execute(
      sql`insert into audit_events (id, occurred_at, institution_id, action, entity_type)
          values (${newId()}, '2026-01-01T10:00:00.123999Z', ${institutionId}, 'institution.update', 'institution')`,
    );
    const streamed = [];
    for await (const row of streamAuditRows(database.db, auditConditions({}, [institutionId]), 100, 2))
      streamed.push(row);
    expect(streamed).toHaveLength(8);
    expect(new Set(streamed.map((r) => r.id)).size).toBe(8);
    const order = streamed.map((r) => [r.occurredAt.getTime(), r.id] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(order).toEqual(sorted);
  });

  it('stops at the limit', async () => {
    let n = 0;
    for await (const _ of streamAuditRows(database.db, auditConditions({}, 'all'), 25, 10)) n++;
    expect(n).toBe(25);
  });
});
