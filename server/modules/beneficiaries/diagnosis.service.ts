import type { DataCategory } from '../../../common/contracts/beneficiaries';
import {
  type CreateDiagnosisEntryInput,
  createDiagnosisEntryBody,
  type DiagnosisEntryView,
  type DiagnosisView,
  diagnosisDomains,
  domainCategory,
  type UpdateDiagnosisEntryInput,
  updateDiagnosisEntryBody,
} from '../../../common/contracts/diagnosis';
import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import { newId } from '../../platform/db';
import { AppError, notFound, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { refuseAnonymised } from './beneficiary-rules';
import { presentEntry, sealEntry } from './diagnosis.presenter';
import {
  findDiagnosisEntries,
  findDiagnosisEntry,
  insertDiagnosisEntry,
  updateDiagnosisEntryAtVersion,
} from './diagnosis.repository';
import { type PersonAccess, personAccess, requireCategory, writingInstitution } from './person-access';
import { statedGoals } from './survey.presenter';

/**
 * The joint diagnosis: every partner that sees a domain of the person under the access rule
 * reads all partners' entries in it; the entry institution and the partners whose consent names
 * the domain's category write their own. The texts are personal data: stored encrypted, and
 * every read and change is logged for the entry institution's administrators.
 */

const forbidden = () => new AppError('forbidden', 'forbidden');

/** Changes are logged without the texts, which are encrypted for a reason: only that they changed. */
const audit = (ctx: Ctx, access: PersonAccess, action: string, entityId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'diagnosisEntry',
    entityId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

/** The institution the reader writes for in each category it may write in. */
async function writersOf(ctx: Ctx, access: PersonAccess) {
  const writers = new Map<DataCategory, string>();
  for (const category of ['diagnosis', 'health'] as const) {
    const institutionId = await writingInstitution(ctx, access, category);
    if (institutionId) writers.set(category, institutionId);
  }
  return writers;
}

/** The domains of the person's diagnosis the reader may see, with all partners' entries; 404 when none. */
export async function getDiagnosis(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
): Promise<DiagnosisView> {
  const access = await personAccess(ctx, personId);
  const visible = diagnosisDomains.filter((d) => access.categories.has(domainCategory(d)));
  if (visible.length === 0) throw notFound();
  const writers = await writersOf(ctx, access);
  const entries = await findDiagnosisEntries(ctx.db, personId, visible);
  const statements = visible.includes('motivationAndGoals') ? await statedGoals(ctx.db, vault, personId) : [];
  await recordAudit(ctx, {
    action: 'beneficiaries.diagnosis.read',
    entityType: 'person',
    entityId: personId,
    institutionId: access.row.entryInstitutionId,
    changes: { domains: visible },
    personalData: true,
  });
  return {
    domains: visible.map((domain) => {
      const writer = writers.get(domainCategory(domain));
      return {
        domain,
        canAdd: writer !== undefined,
        ...(domain === 'motivationAndGoals' && { personStatements: statements }),
        entries: entries
          .filter((e) => e.domain === domain)
          .map((e) => presentEntry(vault, e, writer === e.institutionId)),
      };
    }),
  };
}

/**
 * Adds the reader's institution's account of a domain. A domain the reader may not see is 404;
 * a reader who sees it but may not write for any institution (e.g. without a consent naming the
 * category for its own institution) is 403.
 */
export async function addDiagnosisEntry(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: CreateDiagnosisEntryInput,
): Promise<DiagnosisEntryView> {
  const body = parse(createDiagnosisEntryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    refuseAnonymised(access.row);
    const category = domainCategory(body.domain);
    requireCategory(access, category);
    const institutionId = await writingInstitution(tctx, access, category);
    if (!institutionId) throw forbidden();
    const id = newId();
    const texts = { findings: body.findings, needs: body.needs ?? null };
    await insertDiagnosisEntry(tctx.db, {
      id,
      personId,
      domain: body.domain,
      institutionId,
      authorId: tctx.actor?.userId ?? null,
      authorName: tctx.actor?.displayName ?? null,
      ...sealEntry(vault, id, texts),
    });
    await audit(tctx, access, 'beneficiaries.diagnosis.create', id, {
      domain: body.domain,
      institutionId,
      needs: texts.needs ? 'given' : null,
    });
    return presentEntry(vault, (await findDiagnosisEntry(tctx.db, personId, id))!, true);
  });
}

/** Changes an entry of the reader's own institution at the version read; stale is 409 with the entry now. */
export async function updateDiagnosisEntry(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  entryId: string,
  input: UpdateDiagnosisEntryInput,
): Promise<DiagnosisEntryView> {
  const body = parse(updateDiagnosisEntryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    refuseAnonymised(access.row);
    const current = await findDiagnosisEntry(tctx.db, personId, entryId, true);
    if (!current) throw notFound();
    const category = domainCategory(current.domain);
    requireCategory(access, category);
    const institutionId = await writingInstitution(tctx, access, category);
    if (institutionId !== current.institutionId) throw forbidden();
    if (current.version !== body.version) throw versionConflict(presentEntry(vault, current, true));
    const texts = { findings: body.findings, needs: body.needs ?? null };
    const before = presentEntry(vault, current, true);
    const row = await updateDiagnosisEntryAtVersion(tctx.db, current.id, body.version, {
      ...sealEntry(vault, current.id, texts),
      authorId: tctx.actor?.userId ?? null,
      authorName: tctx.actor?.displayName ?? null,
    });
    if (!row) throw versionConflict(before);
    await audit(tctx, access, 'beneficiaries.diagnosis.update', row.id, {
      domain: current.domain,
      changed: (['findings', 'needs'] as const).filter((f) => before[f] !== texts[f]),
      authorName: { before: current.authorName, after: row.authorName },
    });
    return presentEntry(vault, { ...row, institutionName: current.institutionName }, true);
  });
}
