import { type Actor, type Ctx, hasPermission } from '../../platform/authz';

/** The register is public reference data: every member of any institution reads all of it. */
export const canReadTerritory = (actor: Actor | null): boolean => hasPermission(actor, 'territory.read');

/**
 * Only the platform itself (start-up, the command line) loads a register: it is national
 * reference data every institution's records point at, not anyone's record to edit.
 */
export const canImportTerritory = (ctx: Pick<Ctx, 'system'>): boolean => ctx.system === true;
