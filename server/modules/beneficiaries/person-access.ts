import { type DataCategory, dataCategories, warsawToday } from '../../../common/contracts/beneficiaries';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import { AppError, notFound } from '../../platform/errors';
import { isEntryType } from './beneficiary-rules';
import { findPersonRow, findService, grantedCategories, type PersonRow } from './person.repository';
import { redeemedReferralHolders } from './referral.repository';

/**
 * The one rule for who sees what of a person; every module that keeps records about a person
 * (diagnosis, support plan, referral, deliveries) asks it before showing or changing anything.
 *
 * - The entry institution that registered the person sees every category.
 * - Another current member institution of the person's service sees the categories that a
 *   holding consent (given, within its term, not withdrawn) names for it; a withdrawal or the
 *   end of its membership cuts that off at the next request.
 * - An operator (a member that is not itself an entry institution, e.g. the NGO) needs more: a
 *   referral of the person to it whose code one of its users entered and which is still open
 *   (not rejected, completed or revoked). The seed's rule: what the operator learns reaches it
 *   through the person, who carries the card. Entry-type partners (a PUP beside the OPS) work
 *   on the joint diagnosis under the consent alone.
 * - Anyone else, and a member without a covering consent, gets 404: the person does not exist
 *   for them. The platform administrator runs the platform but is not a controller of anyone's
 *   personal data, so only memberships count here (`institutionsWithPermission`), never the
 *   administrator's blanket rights.
 */
export interface PersonAccess {
  row: PersonRow;
  /** The reader works at the entry institution that registered the person. */
  owner: boolean;
  categories: ReadonlySet<DataCategory>;
  /** May change the record and record or withdraw its consents. */
  manage: boolean;
  /** The reader's institutions through which it sees the person: the entry institution, or members. */
  via: readonly string[];
}

const allCategories: ReadonlySet<DataCategory> = new Set(dataCategories);

/** What the context may see of a person whose row is loaded; an empty set means nothing at all. */
export async function accessOf(ctx: Ctx, row: PersonRow): Promise<PersonAccess> {
  if (ctx.system)
    return { row, owner: true, categories: allCategories, manage: true, via: [row.entryInstitutionId] };
  requireActor(ctx);
  const readers = institutionsWithPermission(ctx.actor, 'beneficiaries.read');
  if (readers.includes(row.entryInstitutionId))
    return {
      row,
      owner: true,
      categories: allCategories,
      manage: institutionsWithPermission(ctx.actor, 'beneficiaries.register').includes(
        row.entryInstitutionId,
      ),
      via: [row.entryInstitutionId],
    };
  const service = await findService(ctx.db, row.partnershipId);
  const members = service?.members.filter((m) => readers.includes(m.institutionId)) ?? [];
  const referred = await redeemedReferralHolders(
    ctx.db,
    row.id,
    members.filter((m) => !isEntryType(m.type)).map((m) => m.institutionId),
  );
  const memberReaders = members
    .filter((m) => isEntryType(m.type) || referred.includes(m.institutionId))
    .map((m) => m.institutionId);
  const categories = await grantedCategories(ctx.db, row.id, memberReaders, warsawToday());
  return { row, owner: false, categories: new Set(categories), manage: false, via: memberReaders };
}

/**
 * The person and what the context may see of them, or 404 when the person is unknown or
 * nothing of them is open to the context. `lock` holds the row for the transaction.
 */
export async function personAccess(ctx: Ctx, personId: string, lock = false): Promise<PersonAccess> {
  const row = await findPersonRow(ctx.db, personId, lock);
  if (!row) throw notFound();
  const access = await accessOf(ctx, row);
  if (access.categories.size === 0) throw notFound();
  return access;
}

/** A category the caller needs: not covered is 404, as if the record were not there. */
export function requireCategory(access: PersonAccess, category: DataCategory): void {
  if (!access.categories.has(category)) throw notFound();
}

/**
 * Changing the person's records: only the entry institution's staff who register people. A
 * reader who sees the person (a partner under consent) is refused with 403; others never got here.
 */
export function requireManage(access: PersonAccess): void {
  if (!access.manage) throw new AppError('forbidden', 'forbidden');
}

/**
 * The institution in whose name the actor writes a record of the category about the person (a
 * diagnosis entry): the entry institution for its staff who may register people, otherwise the
 * first member institution of the actor's that a holding consent names for the category and where
 * the actor may register people. Undefined when the actor may only read.
 */
export async function writingInstitution(
  ctx: Ctx,
  access: PersonAccess,
  category: DataCategory,
): Promise<string | undefined> {
  if (!access.categories.has(category)) return undefined;
  if (access.owner) return access.manage ? access.row.entryInstitutionId : undefined;
  requireActor(ctx);
  const writers = institutionsWithPermission(ctx.actor, 'beneficiaries.register');
  for (const institutionId of access.via.filter((id) => writers.includes(id)))
    if ((await grantedCategories(ctx.db, access.row.id, [institutionId], warsawToday())).includes(category))
      return institutionId;
  return undefined;
}
