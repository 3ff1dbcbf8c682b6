import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  catalogueCodeSchema,
  createQualificationBody,
  createServiceAreaBody,
  createServiceTypeBody,
} from '../../../common/contracts/social-services';
import { toSearchable } from '../../../common/text';
import { recordAudit } from '../../platform/audit';
import { inTransaction, systemContext } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import {
  findCatalogueIds,
  insertMissingAreas,
  insertMissingQualifications,
  insertMissingTypes,
  insertTypeQualificationLinks,
} from './catalogue-load.repository';

/** The catalogue shipped with the app: the five areas of seed 003, their service types and qualifications. */
export const bundledCatalogueFile = fileURLToPath(
  new URL('../../seed-data/social-services-catalogue.json', import.meta.url),
);

/** The file obeys the same rules as the API's forms, and names entries by code instead of id. */
const catalogueFile = z.strictObject({
  areas: z.array(createServiceAreaBody.extend({ code: catalogueCodeSchema })),
  qualifications: z.array(createQualificationBody.extend({ code: catalogueCodeSchema })),
  serviceTypes: z.array(
    createServiceTypeBody.omit({ areaId: true, qualificationIds: true }).extend({
      code: catalogueCodeSchema,
      area: catalogueCodeSchema,
      qualifications: z.array(catalogueCodeSchema),
    }),
  ),
});

export interface CatalogueLoadResult {
  areas: number;
  qualifications: number;
  serviceTypes: number;
}

/**
 * Adds the entries of the bundled catalogue the database lacks, in one transaction; entries
 * already there (by code) are left as administrators keep them. Returns what it added, or null
 * when nothing was missing, so every start after the first does nothing.
 */
export async function ensureCatalogueLoaded(
  db: Executor,
  file = bundledCatalogueFile,
): Promise<CatalogueLoadResult | null> {
  const data = catalogueFile.parse(JSON.parse(await readFile(file, 'utf8')));
  return inTransaction(systemContext(db, 'catalogue-load'), async (ctx) => {
    const areas = await insertMissingAreas(
      ctx.db,
      data.areas.map((a) => ({ ...a, searchName: toSearchable(a.name) })),
    );
    const quals = await insertMissingQualifications(
      ctx.db,
      data.qualifications.map((q) => ({
        ...q,
        description: q.description ?? null,
        searchName: toSearchable(q.name),
      })),
    );
    const ids = await findCatalogueIds(ctx.db);
    const idOf = (map: Map<string, string>, code: string, what: string) => {
      const id = map.get(code);
      if (!id) throw new Error(`The bundled catalogue names an unknown ${what}: ${code}`);
      return id;
    };
    const types = await insertMissingTypes(
      ctx.db,
      data.serviceTypes.map(({ area, qualifications: _codes, ...type }) => ({
        ...type,
        areaId: idOf(ids.areas, area, 'area'),
        searchName: toSearchable(type.name),
      })),
    );
    const codesOf = new Map(data.serviceTypes.map((t) => [t.code, t.qualifications]));
    await insertTypeQualificationLinks(
      ctx.db,
      types.flatMap((type) =>
        (codesOf.get(type.code) ?? []).map((code) => ({
          serviceTypeId: type.id,
          qualificationId: idOf(ids.qualifications, code, 'qualification'),
        })),
      ),
    );
    const result = { areas: areas.length, qualifications: quals.length, serviceTypes: types.length };
    if (result.areas + result.qualifications + result.serviceTypes === 0) return null;
    await recordAudit(ctx, {
      action: 'socialServices.catalogueLoad',
      entityType: 'serviceCatalogue',
      changes: result,
    });
    return result;
  });
}

/** One line for the start-up log. */
export const describeCatalogueLoad = (r: CatalogueLoadResult): string =>
  `Catalogue of social services: added areas ${r.areas}, service types ${r.serviceTypes}, qualifications ${r.qualifications}`;
