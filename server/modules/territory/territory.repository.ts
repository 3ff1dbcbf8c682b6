import { and, asc, count, eq, getTableColumns, inArray, like, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListTerritorialUnitsQuery } from '../../../common/contracts/territory';
import type { TerritorialLevel } from '../../../common/enums';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import type { TercUnit } from './terc-parse';
import { territorialUnits } from './territory.table';

export type TerritorialUnitRow = typeof territorialUnits.$inferSelect;

/** A unit with the rows its path is made of (absent where the level has none). */
export interface UnitWithPathRows {
  unit: TerritorialUnitRow;
  voivodeship: TerritorialUnitRow | null;
  powiat: TerritorialUnitRow | null;
  parent: TerritorialUnitRow | null;
}

const voivodeship = alias(territorialUnits, 'voivodeship');
const powiat = alias(territorialUnits, 'powiat');
const parent = alias(territorialUnits, 'parent');

/** The unit and the units above it in one query by primary key, so a list needs no lookup per row. */
const selectWithPath = (db: Executor) =>
  db
    .select({ unit: territorialUnits, voivodeship, powiat, parent })
    .from(territorialUnits)
    .leftJoin(voivodeship, eq(voivodeship.code, territorialUnits.voivodeshipCode))
    .leftJoin(powiat, eq(powiat.code, territorialUnits.powiatCode))
    .leftJoin(parent, eq(parent.code, territorialUnits.parentCode));

/**
 * Name order by the searchable form in byte order: the same on every server whatever its locale
 * (PGlite and a Debian PostgreSQL collate differently), and "Łódź" sorts among the L's.
 */
const byName = sql`${territorialUnits.searchName} collate "C"`;

/** Digits (spaces and dashes allowed, as people copy codes) search by code, anything else by name. */
const codePrefixOf = (q: string) => (/^[\d\s-]+$/.test(q) ? q.replace(/\D/g, '') : null);

function filtersOf(query: ListTerritorialUnitsQuery): SQL | undefined {
  const conditions: SQL[] = [];
  const q = query.q ?? '';
  const codePrefix = codePrefixOf(q);
  if (codePrefix) conditions.push(like(territorialUnits.code, `${codePrefix}%`));
  else
    for (const word of toSearchable(q).split(' ').filter(Boolean))
      conditions.push(like(territorialUnits.searchName, `%${escapeLike(word)}%`));
  if (query.level?.length) conditions.push(inArray(territorialUnits.level, query.level));
  if (query.parent) conditions.push(eq(territorialUnits.parentCode, query.parent));
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * By name: the exact name first, then names that start with the query, then the rest; higher
 * levels before lower (the enum is declared from voivodeship down). By code: in code order.
 */
function orderOf(query: ListTerritorialUnitsQuery): SQL[] {
  const q = query.q ?? '';
  if (codePrefixOf(q)) return [asc(territorialUnits.code)];
  const searchable = toSearchable(q);
  const rank = searchable
    ? [
        sql`case when ${territorialUnits.searchName} = ${searchable} then 0
          when ${territorialUnits.searchName} like ${`${escapeLike(searchable)}%`} then 1 else 2 end`,
      ]
    : [];
  return [...rank, asc(territorialUnits.level), asc(byName), asc(territorialUnits.code)];
}

/** One page of units matching the query, with the total under the same filters. */
export async function searchUnitsWithPath(
  db: Executor,
  query: ListTerritorialUnitsQuery,
): Promise<{ rows: UnitWithPathRows[]; total: number }> {
  const where = filtersOf(query);
  const [rows, totals] = await Promise.all([
    selectWithPath(db)
      .where(where)
      .orderBy(...orderOf(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(territorialUnits).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export const findUnitWithPath = async (db: Executor, code: string): Promise<UnitWithPathRows | undefined> =>
  (await selectWithPath(db).where(eq(territorialUnits.code, code)).limit(1))[0];

/** Several units with their paths in one query by primary key, for records that cover several units. */
export const findUnitsWithPath = (db: Executor, codes: readonly string[]): Promise<UnitWithPathRows[]> =>
  codes.length === 0
    ? Promise.resolve([])
    : selectWithPath(db).where(inArray(territorialUnits.code, [...new Set(codes)]));

/** The units directly below, higher levels first (a city's gmina before its districts), then by name. */
export const findChildrenWithPath = (db: Executor, code: string): Promise<UnitWithPathRows[]> =>
  selectWithPath(db)
    .where(eq(territorialUnits.parentCode, code))
    .orderBy(asc(territorialUnits.level), asc(byName), asc(territorialUnits.code));

export async function countChildren(db: Executor, code: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(territorialUnits)
    .where(eq(territorialUnits.parentCode, code));
  return row?.n ?? 0;
}

/**
 * How many units of each level lie anywhere below the unit. Below a voivodeship or powiat that
 * is everything carrying its code; below a gmina, its parts (towns, rural area, districts).
 */
export async function countDescendantsByLevel(
  db: Executor,
  unit: Pick<TerritorialUnitRow, 'code' | 'level'>,
): Promise<Partial<Record<TerritorialLevel, number>>> {
  const within =
    unit.level === 'voivodeship'
      ? eq(territorialUnits.voivodeshipCode, unit.code)
      : unit.level === 'powiat'
        ? eq(territorialUnits.powiatCode, unit.code)
        : eq(territorialUnits.parentCode, unit.code);
  const rows = await db
    .select({ level: territorialUnits.level, n: count() })
    .from(territorialUnits)
    .where(and(within, ne(territorialUnits.code, unit.code)))
    .groupBy(territorialUnits.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

export async function countUnits(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(territorialUnits);
  return row?.n ?? 0;
}

/** The newest register date loaded, or null on an empty table. */
export async function findNewestValidOn(db: Executor): Promise<string | null> {
  const [row] = await db
    .select({ newest: sql<string | null>`max(${territorialUnits.validOn})::text` })
    .from(territorialUnits);
  return row?.newest ?? null;
}

/** Every column but the key may change from one register to the next. */
const updatable = Object.entries(getTableColumns(territorialUnits)).filter(([key]) => key !== 'code');
const excludedSet = Object.fromEntries(
  updatable.map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);
const columnTuple = (table: string) =>
  sql.raw(`(${updatable.map(([, column]) => `${table}."${column.name}"`).join(', ')})`);

/** Postgres allows 65,535 parameters a statement: 500 rows of 10 columns stay well below. */
const BATCH = 500;

/**
 * Inserts new units and rewrites changed ones; a unit that is already as the file says is not
 * touched, so a repeated import writes nothing. Counts come from `xmax`, which is 0 only on a
 * row this statement inserted.
 */
export async function upsertUnits(
  db: Executor,
  units: TercUnit[],
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < units.length; i += BATCH) {
    const written = await db
      .insert(territorialUnits)
      .values(units.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: territorialUnits.code,
        set: excludedSet,
        setWhere: sql`${columnTuple('"territorial_units"')} is distinct from ${columnTuple('excluded')}`,
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const row of written) {
      if (row.inserted) inserted += 1;
      else updated += 1;
    }
  }
  return { inserted, updated };
}
