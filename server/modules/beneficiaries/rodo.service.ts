import type { PersonView } from '../../../common/contracts/beneficiaries';
import { diagnosisDomains } from '../../../common/contracts/diagnosis';
import {
  type AnonymisePersonInput,
  anonymisePersonBody,
  type PersonExport,
} from '../../../common/contracts/rodo';
import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import { notFound, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { refuseAnonymised } from './beneficiary-rules';
import { findConsents } from './consent.repository';
import { presentEntry, sealEntry } from './diagnosis.presenter';
import { findDiagnosisEntries } from './diagnosis.repository';
import { presentPerson } from './person.presenter';
import { updatePersonAtVersion } from './person.repository';
import { type PersonAccess, personAccess, requireManage } from './person-access';
import { presentReferrals } from './referral.presenter';
import { findReferralsOfPerson } from './referral.repository';
import {
  ANONYMISED,
  clearPersonRecords,
  findDiagnosisEntryIds,
  findPersonAuditTrail,
  findPlanVersionsOfPerson,
  setDiagnosisTexts,
  setPlanVersionContent,
} from './rodo.repository';
import { openContent, presentVersion, sealContent } from './support-plan.presenter';
import { findPlan, findPlanVersions } from './support-plan.repository';
import { presentSurvey } from './survey.presenter';
import { clearSurveyTexts, findSurveysOfPerson } from './survey.repository';

/**
 * The data subject's rights are exercised through the controller that registered the person: the
 * entry institution's staff who manage the record. A partner who sees the person under a consent
 * is not asked to (404, as for anyone else the record is not theirs); a reader there gets 403.
 */
async function ownerAccess(ctx: Ctx, personId: string, lock = false): Promise<PersonAccess> {
  const access = await personAccess(ctx, personId, lock);
  if (!access.owner) throw notFound();
  requireManage(access);
  return access;
}

/**
 * Everything held about the person (art. 15 RODO): the record decrypted, consents with their
 * history, diagnosis entries, every support plan version, referrals (their codes are never held)
 * survey invitations with the person's answers, and the audit trail of who read or changed what. The export itself is a logged read.
 */
export async function exportPerson(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  format: 'json' | 'pdf',
): Promise<PersonExport> {
  const access = await ownerAccess(ctx, personId);
  const { db } = ctx;
  const [person, entries, plan, referralRows, consents, surveyRows] = await Promise.all([
    presentPerson(db, vault, access),
    findDiagnosisEntries(db, personId, diagnosisDomains),
    findPlan(db, personId),
    findReferralsOfPerson(db, personId),
    findConsents(db, personId),
    findSurveysOfPerson(db, personId),
  ]);
  const versions = plan ? await findPlanVersions(db, plan.id) : [];
  const recordIds = [
    ...consents.map((c) => c.id),
    ...entries.map((e) => e.id),
    ...referralRows.map((r) => r.id),
    ...surveyRows.map((s) => s.id),
    ...(plan ? [plan.id] : []),
  ];
  const trail = await findPersonAuditTrail(db, personId, recordIds);
  await recordAudit(ctx, {
    action: 'beneficiaries.export',
    entityType: 'person',
    entityId: personId,
    institutionId: access.row.entryInstitutionId,
    changes: { format },
    personalData: true,
  });
  return {
    exportedAt: new Date().toISOString(),
    anonymisedAt: access.row.anonymisedAt?.toISOString() ?? null,
    person,
    diagnosis: entries.map((e) => presentEntry(vault, e, false)),
    supportPlanVersions: versions.map((v) => presentVersion(vault, v)),
    referrals: await presentReferrals(db, referralRows, () => ({ issuer: false, operator: false })),
    surveys: surveyRows.map((s) => presentSurvey(vault, s, false)),
    auditTrail: trail.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
  };
}

/**
 * Erasure as anonymisation (art. 17 RODO, within the retention the law imposes): names, PESEL,
 * contact, address and free texts go (nulls or a marker), scans lose their contents, encrypted
 * texts are re-sealed as the marker. What statistics count stays: service, entry institution,
 * gmina, birth year, sex, target groups, consents' dates, referrals' states and dates, the plan's
 * actions with their hours and costs, the survey ratings (their free texts go). Irreversible; the audit row keeps only the reason and counts.
 */
export async function anonymisePerson(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: AnonymisePersonInput,
): Promise<PersonView> {
  const body = parse(anonymisePersonBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await ownerAccess(tctx, personId, true);
    const row = access.row;
    refuseAnonymised(row);
    if (body.version !== row.version) throw versionConflict(await presentPerson(tctx.db, vault, access));
    const updated = await updatePersonAtVersion(tctx.db, personId, body.version, {
      firstName: ANONYMISED,
      lastName: ANONYMISED,
      searchName: '',
      peselEnc: null,
      peselIndex: null,
      noPeselNote: null,
      birthDate: `${row.birthDate.slice(0, 4)}-01-01`,
      phoneEnc: null,
      emailEnc: null,
      streetEnc: null,
      postalCode: null,
      locality: null,
      anonymisedAt: new Date(),
    });
    if (!updated) throw versionConflict(await presentPerson(tctx.db, vault, access));
    const cleared = await clearPersonRecords(tctx.db, personId);
    const surveys = await clearSurveyTexts(tctx.db, personId);
    const entries = await findDiagnosisEntryIds(tctx.db, personId);
    for (const { id } of entries)
      await setDiagnosisTexts(
        tctx.db,
        id,
        sealEntry(vault, id, { findings: ANONYMISED, needs: null }).findingsEnc,
      );
    const versions = await findPlanVersionsOfPerson(tctx.db, personId);
    for (const { version } of versions) {
      const content = openContent(vault, version);
      await setPlanVersionContent(
        tctx.db,
        version.id,
        sealContent(vault, version.id, {
          goals: content.goals.map(() => ({ text: ANONYMISED })),
          actions: content.actions.map((a) => ({
            ...a,
            description: a.description === null ? null : ANONYMISED,
          })),
          agreement: content.agreement,
        }),
      );
    }
    await recordAudit(tctx, {
      action: 'beneficiaries.anonymise',
      entityType: 'person',
      entityId: personId,
      institutionId: row.entryInstitutionId,
      changes: {
        reason: body.reason,
        diagnosisEntries: entries.length,
        supportPlanVersions: versions.length,
        surveys,
        ...cleared,
      },
      personalData: true,
    });
    return presentPerson(tctx.db, vault, { ...access, row: updated });
  });
}
