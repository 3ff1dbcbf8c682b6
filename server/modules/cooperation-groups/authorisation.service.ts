import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import {
  type AuthorisationListResponse,
  type AuthorisationView,
  type ConveningOptions,
  type CreateAuthorisationInput,
  convenerTypes,
  createAuthorisationBody,
} from '../../../common/contracts/cooperation-groups';
import { SCAN_MAX_BYTES } from '../../../common/contracts/partnership-agreements';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import type { InstitutionType } from '../../../common/enums';
import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx, hasPermission, inTransaction, requireActor } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import { AppError, type FieldProblem, invalid, notFound, parse } from '../../platform/errors';
import { findInstitutionById, institutions } from '../institutions';
import { findPartnerTeamsOf, sniffScanType } from '../partnerships';
import {
  type AuthorisationMeta,
  findAuthorisation,
  findAuthorisationContent,
  findValidAuthorisation,
  insertAuthorisation,
  institutionNames,
  searchAuthorisations,
  updateAuthorisationAtVersion,
} from './authorisation.repository';
import { canActForOps, canReadAuthorisation } from './cooperation-group.policy';
import { presentAuthorisation } from './cooperation-group.presenter';

/**
 * The mayor's authorisation of the OPS to build cooperation (seed 004): recorded by the OPS with
 * its number, date, the gmina that granted it and its term, then the signed document uploaded.
 * With the document and within its term it is valid, and only then does the OPS convene groups.
 */

const isConvener = (type: InstitutionType) => (convenerTypes as readonly string[]).includes(type);
/** The gmina (WOJ POW GMI) a TERYT code lies in: an urban-rural gmina's town and rural parts share it. */
const gminaOf = (code: string) => code.slice(0, 6);

async function viewOf(ctx: Ctx, a: AuthorisationMeta): Promise<AuthorisationView> {
  const names = await institutionNames(ctx.db, [a.opsInstitutionId, a.jstInstitutionId]);
  return presentAuthorisation(a, names, ctx.actor);
}

/** Gmina governments of the OPS's gmina and the ROPS of its voivodeship, by name. */
async function institutionsAround(db: Executor, opsTerritory: string) {
  const near = (type: InstitutionType, prefix: string) =>
    db
      .select({ id: institutions.id, name: institutions.name })
      .from(institutions)
      .where(
        and(
          eq(institutions.type, type),
          eq(institutions.status, 'active'),
          like(institutions.territoryCode, `${prefix}%`),
        ),
      )
      .orderBy(asc(institutions.searchName), asc(institutions.id))
      .limit(50);
  const [jsts, rops] = await Promise.all([
    near('jstGmina', gminaOf(opsTerritory)),
    near('rops', opsTerritory.slice(0, 2)),
  ]);
  return { jsts, rops };
}

export async function createAuthorisation(
  ctx: Ctx,
  input: CreateAuthorisationInput,
): Promise<AuthorisationView> {
  const body = parse(createAuthorisationBody, input);
  authorize(ctx, (actor) => canActForOps(actor, body.opsInstitutionId));
  return inTransaction(ctx, async (tctx) => {
    // One after another: a transaction's one connection takes one query at a time.
    const ops = await findInstitutionById(tctx.db, body.opsInstitutionId);
    const jst = await findInstitutionById(tctx.db, body.jstInstitutionId);
    const problems: FieldProblem[] = [];
    if (ops?.status !== 'active' || !isConvener(ops.type))
      problems.push({ field: 'opsInstitutionId', id: 'cooperationGroup.notConvener' });
    if (jst?.status !== 'active' || jst.type !== 'jstGmina')
      problems.push({ field: 'jstInstitutionId', id: 'cooperationGroup.notGmina' });
    else if (ops && gminaOf(jst.territoryCode) !== gminaOf(ops.territoryCode))
      problems.push({ field: 'jstInstitutionId', id: 'cooperationGroup.otherGmina' });
    if (body.issuedOn > warsawToday())
      problems.push({ field: 'issuedOn', id: 'cooperationGroup.issuedInFuture' });
    if (problems.length) throw invalid(...problems);
    const row = await insertAuthorisation(tctx.db, {
      opsInstitutionId: body.opsInstitutionId,
      jstInstitutionId: body.jstInstitutionId,
      number: body.number,
      issuedOn: body.issuedOn,
      validFrom: body.validFrom,
      validUntil: body.validUntil ?? null,
      scope: body.scope ?? null,
      recordedBy: tctx.actor?.userId ?? null,
      recordedByName: tctx.actor?.displayName ?? null,
    });
    await recordAudit(tctx, {
      action: 'cooperationGroup.authorisation.create',
      entityType: 'cooperationAuthorisation',
      entityId: row.id,
      institutionId: row.opsInstitutionId,
      changes: {
        jstInstitutionId: row.jstInstitutionId,
        number: row.number,
        issuedOn: row.issuedOn,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
      },
    });
    return viewOf(tctx, row);
  });
}

/** The authorisation as the actor may see it: 404 to anyone but its OPS and its gmina. */
async function loadAuthorisation(ctx: Ctx, id: string, lock = false): Promise<AuthorisationMeta> {
  if (!ctx.system) requireActor(ctx);
  const row = await findAuthorisation(ctx.db, id, lock);
  if (!row || (!ctx.system && !canReadAuthorisation(ctx.actor, row))) throw notFound();
  return row;
}

/** Checked before the upload is read, so an outsider's file is never taken in. */
export async function requireDocumentUpload(ctx: Ctx, id: string): Promise<AuthorisationMeta> {
  const row = await loadAuthorisation(ctx, id);
  authorize(ctx, (actor) => canActForOps(actor, row.opsInstitutionId));
  return row;
}

/** Files the signed document (PDF, JPEG or PNG by its first bytes), replacing an earlier one. */
export async function attachDocument(
  ctx: Ctx,
  id: string,
  file: { fileName: string; bytes: Buffer },
): Promise<AuthorisationView> {
  if (file.bytes.length === 0) throw invalid({ field: 'document', id: 'agreement.scanMissing' });
  if (file.bytes.length > SCAN_MAX_BYTES)
    throw new AppError('tooLarge', 'agreement.scanTooLarge', {
      fields: [{ field: 'document', id: 'agreement.scanTooLarge' }],
    });
  const mimeType = sniffScanType(file.bytes);
  if (!mimeType) throw invalid({ field: 'document', id: 'agreement.scanType' });
  return inTransaction(ctx, async (tctx) => {
    const row = await loadAuthorisation(tctx, id, true);
    authorize(tctx, (actor) => canActForOps(actor, row.opsInstitutionId));
    // The row is locked: the version read is current, and a replaced file is recorded as such.
    const updated = await updateAuthorisationAtVersion(tctx.db, id, row.version, {
      fileName: file.fileName.slice(0, 200) || 'upowaznienie',
      mimeType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
    });
    if (!updated) throw new AppError('conflict', 'versionConflict');
    await recordAudit(tctx, {
      action: 'cooperationGroup.authorisation.documentUpload',
      entityType: 'cooperationAuthorisation',
      entityId: id,
      institutionId: row.opsInstitutionId,
      changes: { mimeType, sizeBytes: file.bytes.length, replaced: row.fileName !== null },
    });
    return viewOf(tctx, updated);
  });
}

export async function getAuthorisationDocument(ctx: Ctx, id: string) {
  const row = await loadAuthorisation(ctx, id);
  const content = row.fileName ? await findAuthorisationContent(ctx.db, id) : null;
  if (!content || !row.fileName || !row.mimeType) throw notFound();
  return { fileName: row.fileName, mimeType: row.mimeType, content };
}

/** The authorisations of the actor's institutions, as the authorised OPS or the granting gmina. */
export async function listAuthorisations(
  ctx: Ctx,
  page: { page: number; pageSize: number },
): Promise<AuthorisationListResponse> {
  requireActor(ctx);
  const actor = ctx.actor;
  const scope = actor.isPlatformAdmin
    ? null
    : actor.memberships
        .filter((m) => hasPermission(actor, 'cooperationGroups.read', m.institutionId))
        .map((m) => m.institutionId);
  const { rows, total } = await searchAuthorisations(ctx.db, scope, page);
  const names = await institutionNames(
    ctx.db,
    rows.flatMap((r) => [r.opsInstitutionId, r.jstInstitutionId]),
  );
  return {
    items: rows.map((r) => presentAuthorisation(r, names, actor)),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** The authorisation the OPS acts on today, or a 409 saying it has none. */
export async function requireValidAuthorisation(db: Executor, opsInstitutionId: string) {
  const valid = await findValidAuthorisation(db, opsInstitutionId, warsawToday());
  if (!valid) throw new AppError('conflict', 'cooperationGroup.noAuthorisation');
  return valid;
}

/** For the forms: each OPS (or CUS) the actor convenes for, with its authorisation, PZKs, gminas and ROPS. */
export async function conveningOptions(ctx: Ctx): Promise<ConveningOptions> {
  requireActor(ctx);
  const actor = ctx.actor;
  const ids = actor.memberships
    .filter((m) => canActForOps(actor, m.institutionId))
    .map((m) => m.institutionId);
  const opsRows = ids.length
    ? await ctx.db
        .select({ id: institutions.id, name: institutions.name, territoryCode: institutions.territoryCode })
        .from(institutions)
        .where(
          and(
            inArray(institutions.id, ids),
            inArray(institutions.type, [...convenerTypes]),
            eq(institutions.status, 'active'),
          ),
        )
        .orderBy(asc(institutions.searchName))
    : [];
  const today = warsawToday();
  const conveners = await Promise.all(
    opsRows.map(async (ops) => {
      const [authorisation, partnerTeams, around] = await Promise.all([
        findValidAuthorisation(ctx.db, ops.id, today),
        findPartnerTeamsOf(ctx.db, ops.id),
        institutionsAround(ctx.db, ops.territoryCode),
      ]);
      return {
        ops: { id: ops.id, name: ops.name },
        authorisation: authorisation
          ? { id: authorisation.id, number: authorisation.number, validUntil: authorisation.validUntil }
          : null,
        partnerTeams,
        ...around,
      };
    }),
  );
  return { conveners };
}
