import type { Executor } from '../../platform/db';
import type { RoutesPlugin } from '../../platform/http';
import { hsdsDirectoryRoutes } from './hsds-directory.routes';
import { hsdsServiceRoutes } from './hsds-services.routes';
import { offeringRoutes } from './offering.routes';
import { qualificationRoutes } from './qualification.routes';
import { serviceAreaRoutes } from './service-area.routes';
import {
  findTypeByCode,
  findTypeQualifications,
  findTypeRow,
  type ServiceTypeListRow,
  type ServiceTypeRow,
} from './service-type.repository';
import { serviceTypeRoutes } from './service-type.routes';

export {
  catalogueStatus,
  qualifications,
  serviceAreas,
  serviceTypeQualifications,
  serviceTypes,
} from './catalogue.table';
export { describeCatalogueLoad, ensureCatalogueLoaded } from './catalogue-load';
export { describeHsdsImport, importHsdsPackage } from './hsds-import.service';
export { HsdsPackageError, readHsdsPackage } from './hsds-package';
export { createOffering } from './offering.service';
export { offeringStatus, serviceOfferings } from './offering.table';
export { createQualification } from './qualification.service';
export { createServiceType } from './service-type.service';

/**
 * A service type of the catalogue by its stable code, for seeds and other modules that name the
 * bundled types; no access check: the catalogue is open to every member.
 */
export const findServiceTypeByCode = (db: Executor, code: string): Promise<ServiceTypeRow | undefined> =>
  findTypeByCode(db, code);

/**
 * A service type's standard card with the names of the qualifications it requires, for modules
 * that build on the card (commissioning's quality checklists); no access check, like the above.
 */
export async function findServiceTypeCard(
  db: Executor,
  id: string,
): Promise<(ServiceTypeListRow & { qualificationNames: string[] }) | undefined> {
  const type = await findTypeRow(db, id);
  if (!type) return undefined;
  const required = await findTypeQualifications(db, type.id);
  return { ...type, qualificationNames: required.map((q) => q.name) };
}

/** Every route of the catalogue, the offerings and the public HSDS directory. */
export const socialServiceRoutes: RoutesPlugin = async (app, deps) => {
  await serviceAreaRoutes(app, deps);
  await serviceTypeRoutes(app, deps);
  await qualificationRoutes(app, deps);
  await offeringRoutes(app, deps);
  await hsdsDirectoryRoutes(app, deps);
  await hsdsServiceRoutes(app, deps);
};
