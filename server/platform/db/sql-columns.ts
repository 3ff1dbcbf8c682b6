import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column named with its table, for correlated subqueries: in a select from one table drizzle
 * writes bare column names, and inside the subquery a bare "id" would mean the inner table's.
 */
export const qualified = (column: AnyPgColumn): SQL =>
  sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
