import { z } from 'zod';
import { gminaKinds, type TerritorialLevel, territorialLevels } from '../enums';
import { pageOf, pageQuery } from './pagination';

/** TERC code of a voivodeship (2 digits), a powiat (4) or a gmina or its part (7). */
export const tercCode = z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/, { message: 'field.tercCode' });

/**
 * `level` may repeat (`level=powiat&level=gmina`) or list values with commas
 * (`level=powiat,gmina`), so a picker can ask for "a powiat or a gmina". A wrong value is
 * reported on `level` itself, not on an index inside it.
 */
const levelFilter = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => [
    ...new Set(
      [value]
        .flat()
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .superRefine((values, ctx) => {
    const wrong = values.find((v) => !(territorialLevels as readonly string[]).includes(v));
    if (wrong !== undefined || values.length === 0)
      ctx.addIssue({ code: 'invalid_value', values: [...territorialLevels], input: wrong ?? '' });
  })
  .transform((values) => values as TerritorialLevel[]);

export const listTerritorialUnitsQuery = z.strictObject({
  /** A name (any case, with or without Polish letters) or, when all digits, the start of a TERYT code. */
  q: z.string().trim().max(100, { message: 'field.tooLong' }).optional(),
  level: levelFilter.optional(),
  /** Only the units directly under this one. */
  parent: tercCode.optional(),
  ...pageQuery,
});
export type ListTerritorialUnitsQuery = z.infer<typeof listTerritorialUnitsQuery>;
export type ListTerritorialUnitsInput = z.input<typeof listTerritorialUnitsQuery>;

/** A unit named in another unit's path. */
export const territorialUnitRef = z.object({
  code: z.string(),
  level: z.enum(territorialLevels),
  /** The register's name as it stands (voivodeships in capitals: "LUBELSKIE"). */
  name: z.string(),
  /** The name as people write it in a sentence ("lubelskie"); equal to `name` below voivodeships. */
  displayName: z.string(),
  /** A powiat that is a city (Lublin, Warszawa): shown as a city, not as "powiat Lublin". */
  cityWithPowiatRights: z.boolean(),
});
export type TerritorialUnitRef = z.infer<typeof territorialUnitRef>;

/** A unit with the units above it, from the voivodeship down to its parent, for one-line labels. */
export const territorialUnitSummary = territorialUnitRef.extend({
  /** NAZWA_DOD of the register, in Polish: "gmina miejsko-wiejska", "miasto na prawach powiatu"… */
  description: z.string(),
  gminaKind: z.enum(gminaKinds).nullable(),
  parentCode: z.string().nullable(),
  ancestors: z.array(territorialUnitRef),
});
export type TerritorialUnitSummary = z.infer<typeof territorialUnitSummary>;

export const territorialUnitListResponse = pageOf(territorialUnitSummary);
export type TerritorialUnitListResponse = z.infer<typeof territorialUnitListResponse>;

/** How many units lie below, by level: "24 powiaty, 213 gmin". */
export const descendantCounts = z.object({
  powiat: z.number().int(),
  gmina: z.number().int(),
  gminaPart: z.number().int(),
});

/** A unit's card: its path, the register's date, and what lies below it. */
export const territorialUnitView = territorialUnitSummary.extend({
  /** STAN_NA: the date of the register's state this unit comes from. */
  validOn: z.string(),
  /** The units directly below, as `/children` lists them. */
  childrenCount: z.number().int(),
  descendantCounts,
});
export type TerritorialUnitView = z.infer<typeof territorialUnitView>;

/** The units directly below one unit: a few dozen at most (a voivodeship's powiats), so unpaginated. */
export const territorialUnitChildrenResponse = z.object({ items: z.array(territorialUnitSummary) });
export type TerritorialUnitChildrenResponse = z.infer<typeof territorialUnitChildrenResponse>;

/** A malformed code names no unit: it answers 404 like an unknown one. */
export const territorialUnitParams = z.object({ code: z.string() });
