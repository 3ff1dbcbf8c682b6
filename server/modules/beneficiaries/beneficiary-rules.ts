import { entryInstitutionTypes } from '../../../common/contracts/beneficiaries';
import type { Ctx } from '../../platform/authz';
import { AppError, invalid } from '../../platform/errors';
import { findUnitSummaries } from '../territory';

/** Whether an institution of this type opens the door into a partnership's service (its OPS/CUS or PUP). */
export const isEntryType = (type: string) => (entryInstitutionTypes as readonly string[]).includes(type);

/** The gmina of residence must be a gmina (or the town or rural part of one) of the register. */
export async function requireGmina(ctx: Ctx, code: string) {
  const unit = (await findUnitSummaries(ctx.db, [code])).get(code);
  if (!unit) throw invalid([{ field: 'territoryCode', id: 'field.tercUnknown' }]);
  if (unit.level !== 'gmina' && unit.level !== 'gminaPart')
    throw invalid([{ field: 'territoryCode', id: 'beneficiary.gminaCode' }]);
}

/** An anonymised person's records are closed: nothing identifying may be written back (409). */
export function refuseAnonymised(row: { anonymisedAt: Date | null }) {
  if (row.anonymisedAt) throw new AppError('conflict', 'beneficiary.anonymised');
}
