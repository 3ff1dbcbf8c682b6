import {
  type DuplicateDetails,
  type IntakeOptions,
  type ListPersonsQuery,
  listPersonsQuery,
  type PersonListItem,
  type PersonView,
  type RegisterPersonBody,
  type RegisterPersonInput,
  registerPersonBody,
  type UpdatePersonInput,
  updatePersonBody,
  warsawToday,
} from '../../../common/contracts/beneficiaries';
import type { Page } from '../../../common/contracts/pagination';
import { toSearchable } from '../../../common/text';
import { parsePesel } from '../../../common/validators';
import { changedFields, recordAudit } from '../../platform/audit';
import { type Ctx, institutionsWithPermission, inTransaction, requireActor } from '../../platform/authz';
import { newId } from '../../platform/db';
import { AppError, invalid, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { isEntryType, refuseAnonymised, requireGmina } from './beneficiary-rules';
import { presentPerson } from './person.presenter';
import {
  findDuplicate,
  findMemberships,
  findPersonPage,
  findService,
  insertPerson,
  lockServiceIntake,
  type PersonInsert,
  updatePersonAtVersion,
} from './person.repository';
import { accessOf, personAccess, requireManage } from './person-access';
import { maskSealed, openPerson, PESEL_INDEX, sealedFields, sealPerson } from './person-fields';

type PersonFields = Omit<RegisterPersonBody, 'partnershipId'>;

/** Birth date and sex as the record keeps them: read off the PESEL when there is one. */
function identityOf(body: PersonFields) {
  const facts = body.pesel ? parsePesel(body.pesel) : null;
  return {
    birthDate: facts?.birthDate ?? (body.birthDate as string),
    sex: facts?.sex ?? body.sex ?? null,
  };
}

/** The clear columns of a person from the form (the encrypted ones come from {@link sealPerson}). */
function clearColumns(body: PersonFields): Partial<PersonInsert> {
  const { birthDate, sex } = identityOf(body);
  return {
    firstName: body.firstName,
    lastName: body.lastName,
    searchName: toSearchable(`${body.lastName} ${body.firstName}`),
    noPeselReason: body.pesel ? null : (body.noPeselReason ?? null),
    noPeselNote: body.pesel ? null : (body.noPeselNote ?? null),
    birthDate,
    sex,
    postalCode: body.postalCode ?? null,
    locality: body.locality ?? null,
    territoryCode: body.territoryCode,
    targetGroups: body.targetGroups,
  };
}

const openedOf = (body: PersonFields) => ({
  pesel: body.pesel ?? null,
  phone: body.phone ?? null,
  email: body.email ?? null,
  street: body.street ?? null,
});

const auditedClear = [
  'firstName',
  'lastName',
  'noPeselReason',
  'noPeselNote',
  'birthDate',
  'sex',
  'postalCode',
  'locality',
  'territoryCode',
  'targetGroups',
] as const;

/** A person's fields as the audit log keeps them: encrypted ones masked, never in clear. */
function auditable(row: Partial<PersonInsert>, opened: ReturnType<typeof openedOf>) {
  const out: Record<string, unknown> = {};
  for (const f of auditedClear) out[f] = row[f] ?? null;
  for (const f of sealedFields) out[f] = maskSealed(f, opened[f]);
  return out;
}

/**
 * A person of the service with the same PESEL or the same names and birth date: 409, naming the
 * existing record when the actor may open it, so the form offers it instead of a copy.
 */
async function refuseDuplicate(
  ctx: Ctx,
  vault: PersonalDataVault,
  partnershipId: string,
  body: PersonFields,
  exceptId?: string,
) {
  const found = await findDuplicate(
    ctx.db,
    partnershipId,
    {
      peselIndexes: body.pesel ? vault.blindIndexCandidates(PESEL_INDEX, body.pesel) : [],
      searchName: toSearchable(`${body.lastName} ${body.firstName}`),
      birthDate: identityOf(body).birthDate,
    },
    exceptId,
  );
  if (!found) return;
  const visible = (await accessOf(ctx, found.row)).categories.size > 0;
  const details: DuplicateDetails = { match: found.match, existingId: visible ? found.row.id : null };
  throw new AppError('conflict', `beneficiary.duplicate.${found.match}`, { details });
}

/** Where an actor may register people: the services in which its institution is an entry institution. */
export async function intakeOptions(ctx: Ctx): Promise<IntakeOptions> {
  requireActor(ctx);
  const memberships = await findMemberships(
    ctx.db,
    institutionsWithPermission(ctx.actor, 'beneficiaries.register'),
    'integrationPartnership',
  );
  const services = memberships
    .filter((m) => isEntryType(m.institutionType))
    .map((m) => ({
      partnership: { id: m.partnershipId, name: m.partnershipName },
      institution: { id: m.institutionId, name: m.institutionName },
    }));
  return { services, memberButNotEntry: services.length === 0 && memberships.length > 0 };
}

/**
 * Registers a person into a partnership's service. Only its entry institution may (seed 002 §8:
 * a person known only to the NGO operator is sent to the PUP or OPS); the refusal names them.
 */
export async function registerPerson(
  ctx: Ctx,
  vault: PersonalDataVault,
  input: RegisterPersonInput,
): Promise<PersonView> {
  const body = parse(registerPersonBody, input);
  return inTransaction(ctx, async (tctx) => {
    const service = await findService(tctx.db, body.partnershipId);
    if (!service) throw invalid([{ field: 'partnershipId', id: 'beneficiary.serviceUnknown' }]);
    if (service.kind !== 'integrationPartnership' || service.status !== 'active')
      throw invalid([{ field: 'partnershipId', id: 'beneficiary.serviceNotOpen' }]);
    const entries = service.members.filter((m) => isEntryType(m.type));
    const registrars = tctx.system ? null : institutionsWithPermission(tctx.actor!, 'beneficiaries.register');
    const entry = entries.find((m) => registrars === null || registrars.includes(m.institutionId));
    if (!entry)
      throw new AppError('forbidden', 'beneficiary.notEntryInstitution', {
        params: { entries: entries.map((e) => e.name).join(', ') },
      });
    await requireGmina(tctx, body.territoryCode);
    await lockServiceIntake(tctx.db, service.id);
    await refuseDuplicate(tctx, vault, service.id, body);

    const id = newId();
    const values = {
      ...clearColumns(body),
      ...sealPerson(vault, id, openedOf(body)),
    };
    const row = await insertPerson(tctx.db, {
      ...(values as PersonInsert),
      id,
      partnershipId: service.id,
      entryInstitutionId: entry.institutionId,
      registeredBy: tctx.actor?.userId ?? null,
    });
    await recordAudit(tctx, {
      action: 'beneficiaries.register',
      entityType: 'person',
      entityId: row.id,
      institutionId: row.entryInstitutionId,
      changes: { partnershipId: service.id, ...auditable(values, openedOf(body)) },
      personalData: true,
    });
    return presentPerson(tctx.db, vault, await accessOf(tctx, row));
  });
}

/** One person as the reader may see them; the read itself is logged, with what was shown. */
export async function getPerson(ctx: Ctx, vault: PersonalDataVault, id: string): Promise<PersonView> {
  const access = await personAccess(ctx, id);
  const view = await presentPerson(ctx.db, vault, access);
  await recordAudit(ctx, {
    action: 'beneficiaries.read',
    entityType: 'person',
    entityId: id,
    institutionId: access.row.entryInstitutionId,
    changes: { categories: view.categories },
    personalData: true,
  });
  return view;
}

/** Changes the record at the version the editor read; a stale version answers 409 with the record now. */
export async function updatePerson(
  ctx: Ctx,
  vault: PersonalDataVault,
  id: string,
  input: UpdatePersonInput,
): Promise<PersonView> {
  const body = parse(updatePersonBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, id, true);
    requireManage(access);
    const current = access.row;
    refuseAnonymised(current);
    if (body.version !== current.version) throw versionConflict(await presentPerson(tctx.db, vault, access));
    await requireGmina(tctx, body.territoryCode);
    await lockServiceIntake(tctx.db, current.partnershipId);
    await refuseDuplicate(tctx, vault, current.partnershipId, body, current.id);

    const before = auditable(current, openPerson(vault, current));
    const values = { ...clearColumns(body), ...sealPerson(vault, current.id, openedOf(body)) };
    const after = auditable(values, openedOf(body));
    const updated = await updatePersonAtVersion(tctx.db, current.id, body.version, values);
    if (!updated) throw versionConflict(await presentPerson(tctx.db, vault, access));
    await recordAudit(tctx, {
      action: 'beneficiaries.update',
      entityType: 'person',
      entityId: current.id,
      institutionId: current.entryInstitutionId,
      changes: changedFields(before, after, Object.keys(after)),
      personalData: true,
    });
    return presentPerson(tctx.db, vault, { ...access, row: updated });
  });
}

const PESEL_QUERY = /^\d{11}$/;

/**
 * The people the actor's institutions registered, and those a holding consent opens to them
 * with their identification, by name or exact PESEL (found through the blind index, the table
 * is never decrypted). Listing shows names, so it is logged with the people it showed.
 */
export async function listPersons(
  ctx: Ctx,
  vault: PersonalDataVault,
  input: ListPersonsQuery,
): Promise<Page<PersonListItem>> {
  requireActor(ctx);
  const query = listPersonsQuery.parse(input);
  const readers = institutionsWithPermission(ctx.actor, 'beneficiaries.read');
  const q = query.q ?? '';
  const byPesel = PESEL_QUERY.test(q);
  const { rows, total } = await findPersonPage(
    ctx.db,
    {
      own: readers,
      readers,
      today: warsawToday(),
      peselIndexes: byPesel ? vault.blindIndexCandidates(PESEL_INDEX, q) : undefined,
      searchName: !byPesel && q ? toSearchable(q) : undefined,
      planAwaitingApproval: query.planAwaitingApproval,
    },
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  if (rows.length)
    await recordAudit(ctx, {
      action: 'beneficiaries.list',
      entityType: 'person',
      institutionId: readers[0] ?? null,
      changes: { personIds: rows.map((r) => r.person.id), query: byPesel ? maskSealed('pesel', q) : q },
      personalData: true,
    });
  return {
    items: rows.map(({ person, partnershipName, institutionName }) => ({
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      partnership: { id: person.partnershipId, name: partnershipName },
      entryInstitution: { id: person.entryInstitutionId, name: institutionName },
      own: readers.includes(person.entryInstitutionId),
      createdAt: person.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
