import type { Executor } from '../../platform/db';
import { findInstitutionRow, type InstitutionRow } from './institution.repository';

export { type InstitutionRecord, presentInstitution } from './institution.presenter';
export { institutionRoutes } from './institution.routes';
export {
  createInstitution,
  deactivateInstitution,
  getInstitution,
  reactivateInstitution,
  updateInstitution,
} from './institution.service';
export {
  institutions,
  institutionType,
  jstHeadOffice,
  pesLegalForm,
  recordStatus,
} from './institution.table';
export type { InstitutionRow };

/**
 * The bare row, for other modules that check an institution exists or read its type; no access
 * check, so callers decide what their users may see. Undefined for an unknown or malformed id.
 */
export const findInstitutionById = (db: Executor, id: string): Promise<InstitutionRow | undefined> =>
  findInstitutionRow(db, id);
