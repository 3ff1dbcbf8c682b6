import {
  type CreateContactInput,
  createContactBody,
  type UpdateContactInput,
  updateContactBody,
} from '../../../common/contracts/partnership-members';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, givenFields, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findActiveStaff, findActiveStaffMember } from '../accounts';
import {
  type ContactRow,
  deleteContact as deleteContactRow,
  findContact,
  findContacts,
  insertContact,
  updateContactAtVersion,
} from './member.repository';
import { canActForMember } from './partnership.policy';
import { presentContact } from './partnership.presenter';
import {
  auditChange,
  type LoadedPartnership,
  loadPartnership,
  requireOpen,
  requirePrivate,
} from './partnership-access';

const AUDITED = ['memberId', 'level', 'userId', 'name', 'position', 'email', 'phone'] as const;

/**
 * Contact persons of the members on the three communication levels. They are people's work
 * details: private to the partnership, every read is logged as a read of personal data, and each
 * member keeps its own (those who govern the partnership keep everyone's).
 */

export interface ContactsRecord {
  loaded: LoadedPartnership;
  contacts: ContactRow[];
}

export async function listContacts(ctx: Ctx, id: string): Promise<ContactsRecord> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  const contacts = await findContacts(ctx.db, id);
  await auditChange(ctx, loaded, {
    action: 'partnership.contact.read',
    entityType: 'partnershipContact',
    changes: { count: contacts.length },
    personalData: true,
  });
  return { loaded, contacts };
}

/** The actor must act for the member (or govern), and the partnership be open. */
function actFor(ctx: Ctx, loaded: LoadedPartnership, member: { institutionId: string }) {
  authorize(ctx, (actor) => canActForMember(actor, loaded.facts, member));
  requireOpen(loaded);
}

/** The partnership, locked, and the current member whose contacts change. */
async function forMember(ctx: Ctx, id: string, memberId: string) {
  const loaded = await loadPartnership(ctx, id, true);
  requirePrivate(ctx, loaded);
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw invalid([{ field: 'memberId', id: 'partnership.memberUnknown' }]);
  actFor(ctx, loaded, member);
  return { loaded, member };
}

/** A member institution has a few dozen people at most; a longer list would not fit a picker anyway. */
const STAFF_SHOWN = 200;

/**
 * Who may be linked as a contact of the member: its current staff. Only those who keep the
 * member's contacts see the list, and reading names and e-mails is logged as personal data.
 */
export async function listContactCandidates(ctx: Ctx, id: string, memberId: string) {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw notFound();
  authorize(ctx, (actor) => canActForMember(actor, loaded.facts, member));
  const staff = await findActiveStaff(ctx.db, member.institutionId, STAFF_SHOWN);
  await auditChange(ctx, loaded, {
    action: 'partnership.contact.staffRead',
    entityType: 'partnershipMember',
    entityId: member.id,
    changes: { count: staff.length },
    personalData: true,
  });
  return staff;
}

/** A linked account must belong to someone working at the member institution now; its name and e-mail fill the gaps. */
async function personOf(
  ctx: Ctx,
  institutionId: string,
  given: { userId?: string | null; name?: string | null; email?: string | null },
) {
  if (!given.userId) return { name: given.name ?? null, email: given.email ?? null };
  const user = await findActiveStaffMember(ctx.db, given.userId, institutionId);
  if (!user) throw invalid([{ field: 'userId', id: 'partnership.contactUserNotStaff' }]);
  return { name: given.name ?? user.displayName, email: given.email ?? user.email };
}

export async function createContact(ctx: Ctx, id: string, input: CreateContactInput) {
  const body = parse(createContactBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { loaded, member } = await forMember(tctx, id, body.memberId);
    const person = await personOf(tctx, member.institutionId, body);
    if (!person.name) throw invalid([{ field: 'name', id: 'field.required' }]);
    const contact = await insertContact(tctx.db, {
      partnershipId: id,
      memberId: member.id,
      level: body.level,
      userId: body.userId ?? null,
      name: person.name,
      position: body.position ?? null,
      email: person.email,
      phone: body.phone ?? null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.contact.create',
      entityType: 'partnershipContact',
      entityId: contact.id,
      changes: changedFields(null, contact, AUDITED),
      personalData: true,
    });
    return presentContact(contact, tctx.actor, loaded.facts, member);
  });
}

/** A contact of the partnership and its member; a departed member's contacts stay as they were. */
async function existing(ctx: Ctx, id: string, contactId: string) {
  const loaded = await loadPartnership(ctx, id, true);
  requirePrivate(ctx, loaded);
  const contact = await findContact(ctx.db, id, contactId);
  if (!contact) throw notFound();
  const member = loaded.members.find((m) => m.id === contact.memberId);
  if (!member) throw new AppError('conflict', 'partnership.memberLeft');
  actFor(ctx, loaded, member);
  return { loaded, member, contact };
}

export async function updateContact(ctx: Ctx, id: string, contactId: string, input: UpdateContactInput) {
  const { version, ...patch } = parse(updateContactBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { loaded, member, contact } = await existing(tctx, id, contactId);
    const given = givenFields(patch);
    const person =
      'userId' in given ? await personOf(tctx, member.institutionId, { ...contact, ...given }) : {};
    const next = { ...contact, ...given, ...person };
    if (!next.name) throw invalid([{ field: 'name', id: 'field.required' }]);
    const changes = changedFields(contact, next, AUDITED);
    if (Object.keys(changes).length === 0) return presentContact(contact, tctx.actor, loaded.facts, member);
    const updated =
      version === contact.version
        ? await updateContactAtVersion(tctx.db, contact.id, version, {
            level: next.level,
            userId: next.userId,
            name: next.name,
            position: next.position,
            email: next.email,
            phone: next.phone,
          })
        : undefined;
    if (!updated) {
      const now = await findContact(tctx.db, id, contactId);
      throw now ? versionConflict(presentContact(now, tctx.actor, loaded.facts, member)) : notFound();
    }
    await auditChange(tctx, loaded, {
      action: 'partnership.contact.update',
      entityType: 'partnershipContact',
      entityId: contact.id,
      changes,
      personalData: true,
    });
    return presentContact(updated, tctx.actor, loaded.facts, member);
  });
}

/**
 * Removes a contact person for good: nothing refers to the row, and a person's details should
 * not outlive their role (RODO). The audit log keeps who removed which contact.
 */
export async function deleteContact(ctx: Ctx, id: string, contactId: string): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    const { loaded, contact } = await existing(tctx, id, contactId);
    await deleteContactRow(tctx.db, contact.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.contact.delete',
      entityType: 'partnershipContact',
      entityId: contact.id,
      changes: {
        memberId: contact.memberId,
        level: contact.level,
        name: { before: contact.name, after: null },
      },
      personalData: true,
    });
  });
}
