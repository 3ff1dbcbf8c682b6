import {
  and,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { cooperationAuthorisations } from './cooperation-groups.table';

export type AuthorisationRow = typeof cooperationAuthorisations.$inferSelect;
export type AuthorisationInsert = typeof cooperationAuthorisations.$inferInsert;

/** The ids Postgres accepts as uuid; anything else cannot name a record. */
export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Every column but the file's bytes, which only the download reads. */
const { content: _content, ...withoutContent } = getTableColumns(cooperationAuthorisations);
export type AuthorisationMeta = Omit<AuthorisationRow, 'content'>;

export const findAuthorisation = async (
  db: Executor,
  id: string,
  lock = false,
): Promise<AuthorisationMeta | undefined> => {
  if (!isUuid(id)) return undefined;
  const query = db
    .select(withoutContent)
    .from(cooperationAuthorisations)
    .where(eq(cooperationAuthorisations.id, id));
  return (await (lock ? query.for('update') : query))[0];
};

export const findAuthorisationContent = async (db: Executor, id: string): Promise<Buffer | null> =>
  (
    await db
      .select({ content: cooperationAuthorisations.content })
      .from(cooperationAuthorisations)
      .where(eq(cooperationAuthorisations.id, id))
  )[0]?.content ?? null;

export const insertAuthorisation = async (
  db: Executor,
  row: AuthorisationInsert,
): Promise<AuthorisationMeta> =>
  (await db.insert(cooperationAuthorisations).values(row).returning(withoutContent))[0]!;

/** Writes only at the version the caller read; undefined means someone was first. */
export const updateAuthorisationAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<AuthorisationInsert>,
): Promise<AuthorisationMeta | undefined> =>
  (
    await db
      .update(cooperationAuthorisations)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cooperationAuthorisations.id, id), eq(cooperationAuthorisations.version, version)))
      .returning(withoutContent)
  )[0];

/** The authorisation in force for the OPS today: filed document, term covering today; the newest first. */
export const findValidAuthorisation = async (
  db: Executor,
  opsInstitutionId: string,
  today: string,
): Promise<AuthorisationMeta | undefined> =>
  (
    await db
      .select(withoutContent)
      .from(cooperationAuthorisations)
      .where(
        and(
          eq(cooperationAuthorisations.opsInstitutionId, opsInstitutionId),
          isNotNull(cooperationAuthorisations.fileName),
          lte(cooperationAuthorisations.validFrom, today),
          or(
            sql`${cooperationAuthorisations.validUntil} is null`,
            sql`${cooperationAuthorisations.validUntil} >= ${today}`,
          ),
        ),
      )
      .orderBy(desc(cooperationAuthorisations.validFrom), desc(cooperationAuthorisations.id))
      .limit(1)
  )[0];

/** One page of the authorisations of those institutions (as OPS or as granting gmina); all for `null`. */
export async function searchAuthorisations(
  db: Executor,
  scope: readonly string[] | null,
  page: { page: number; pageSize: number },
): Promise<{ rows: AuthorisationMeta[]; total: number }> {
  const where: SQL | undefined =
    scope === null
      ? undefined
      : scope.length === 0
        ? sql`false`
        : or(
            inArray(cooperationAuthorisations.opsInstitutionId, [...scope]),
            inArray(cooperationAuthorisations.jstInstitutionId, [...scope]),
          );
  const [rows, totals] = await Promise.all([
    db
      .select(withoutContent)
      .from(cooperationAuthorisations)
      .where(where)
      .orderBy(desc(cooperationAuthorisations.validFrom), desc(cooperationAuthorisations.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(cooperationAuthorisations).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Names of institutions by id, for the views. */
export async function institutionNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(inArray(institutions.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
