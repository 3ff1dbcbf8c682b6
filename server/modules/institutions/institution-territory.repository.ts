import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { InstitutionTerritory } from '../../../common/contracts/institutions';
import type { Executor } from '../../platform/db';
import { territorialUnits } from '../territory';

const voivodeship = alias(territorialUnits, 'voivodeship');
const powiat = alias(territorialUnits, 'powiat');
const parent = alias(territorialUnits, 'parent');

/**
 * The territories of a page of institutions with the names of the units above them, in one
 * query by primary key: the list shows "gmina, powiat, województwo" without a lookup per row.
 */
export async function findTerritories(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, InstitutionTerritory>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      code: territorialUnits.code,
      name: territorialUnits.name,
      level: territorialUnits.level,
      voivodeshipCode: voivodeship.code,
      voivodeshipName: voivodeship.name,
      powiatCode: powiat.code,
      powiatName: powiat.name,
      parentCode: parent.code,
      parentName: parent.name,
    })
    .from(territorialUnits)
    .innerJoin(voivodeship, eq(voivodeship.code, territorialUnits.voivodeshipCode))
    .leftJoin(powiat, eq(powiat.code, territorialUnits.powiatCode))
    .leftJoin(parent, eq(parent.code, territorialUnits.parentCode))
    .where(inArray(territorialUnits.code, unique));
  return new Map(
    rows.map((r) => {
      const gmina =
        r.level === 'gmina'
          ? { code: r.code, name: r.name }
          : r.level === 'gminaPart' && r.parentCode && r.parentName
            ? { code: r.parentCode, name: r.parentName }
            : null;
      return [
        r.code,
        {
          code: r.code,
          name: r.name,
          level: r.level,
          voivodeship: { code: r.voivodeshipCode, name: r.voivodeshipName },
          powiat:
            r.level === 'powiat'
              ? { code: r.code, name: r.name }
              : r.powiatCode && r.powiatName
                ? { code: r.powiatCode, name: r.powiatName }
                : null,
          gmina,
        },
      ];
    }),
  );
}

export const findTerritory = async (db: Executor, code: string): Promise<InstitutionTerritory | undefined> =>
  (await findTerritories(db, [code])).get(code);
