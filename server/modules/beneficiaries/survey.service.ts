import {
  type AnswerSurveyInput,
  answerSurveyBody,
  asksForGoals,
  type IssuedSurvey,
  type IssueSurveyInput,
  issueSurveyBody,
  type PersonVoiceView,
  type PublicSurveyView,
  type SurveyCodeInput,
  type SurveyInvitationView,
  type SurveyRevokeInput,
  surveyCodeBody,
  surveyRevokeBody,
} from '../../../common/contracts/person-survey';
import { formatReferralCode } from '../../../common/contracts/referrals';
import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import { newId } from '../../platform/db';
import { AppError, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { refuseAnonymised } from './beneficiary-rules';
import { findClosure } from './delivery.repository';
import { newOneTimeCode, refuseLockedOut } from './one-time-code';
import { findPersonRow } from './person.repository';
import { type PersonAccess, personAccess, requireManage } from './person-access';
import { presentSurvey, sealSurveyTexts, surveyState } from './survey.presenter';
import {
  findSurvey,
  findSurveyByCode,
  findSurveyHeading,
  findSurveysOfPerson,
  insertSurvey,
  type SurveyRow,
  updateSurveyAtVersion,
} from './survey.repository';
import { surveySlipPdf } from './survey-slip-pdf';

/**
 * The person's voice (seed 002 §4.14): the entry institution invites the person to a short survey
 * at a milestone and hands over a slip with a one-time code; the person answers on a public page
 * without an account; the answers sit on the person's record for those who may open it. The code
 * is handled like a referral code: only its keyed hash is stored, it works once, and wrong codes
 * from one address are refused with 429 after a few tries.
 */

/** The blind-index kind of survey codes: never the same index as a referral code or a PESEL. */
const CODE_INDEX = 'surveyCode';
/** The audit action that records a wrong code on the public page; the lockout counts these. */
const FAILED = 'beneficiaries.survey.codeFailed';

const wrongCode = () => new AppError('notFound', 'survey.codeInvalid');
const wrongState = () => new AppError('conflict', 'survey.wrongState');

const audit = (ctx: Ctx, access: PersonAccess, action: string, surveyId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'personSurvey',
    entityId: surveyId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

/** The "person's voice" section: invitations and answers, for anyone who may open the person (logged). */
export async function personVoice(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
): Promise<PersonVoiceView> {
  const access = await personAccess(ctx, personId);
  const [rows, closure] = await Promise.all([
    findSurveysOfPerson(ctx.db, personId),
    findClosure(ctx.db, personId),
  ]);
  if (rows.length)
    await audit(ctx, access, 'beneficiaries.survey.list', personId, { surveys: rows.map((r) => r.id) });
  return {
    invitations: rows.map((row) => presentSurvey(vault, row, access.manage)),
    canIssue: access.manage && access.row.anonymisedAt === null,
    caseClosedOn: closure?.closedOn ?? null,
  };
}

/**
 * Issues an invitation; the answer carries the code in clear, the only time the server says it.
 * The closure survey waits for the case to be closed.
 */
export async function issueSurvey(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: IssueSurveyInput,
): Promise<IssuedSurvey> {
  const body = parse(issueSurveyBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    refuseAnonymised(access.row);
    requireManage(access);
    if (body.milestone === 'closure' && !(await findClosure(tctx.db, personId)))
      throw invalid([{ field: 'milestone', id: 'survey.caseNotClosed' }]);
    const code = newOneTimeCode();
    const row = await insertSurvey(tctx.db, {
      id: newId(),
      personId,
      partnershipId: access.row.partnershipId,
      milestone: body.milestone,
      useBy: body.useBy,
      codeHash: vault.blindIndex(CODE_INDEX, code),
      issuedBy: tctx.actor?.userId ?? null,
      issuedByName: tctx.actor?.displayName ?? null,
    });
    await audit(tctx, access, 'beneficiaries.survey.issue', row.id, {
      milestone: body.milestone,
      useBy: body.useBy,
    });
    return { invitation: presentSurvey(vault, row, true), code: formatReferralCode(code) };
  });
}

/** An invitation of a person the context may open; 404 for anything else. */
async function surveyAccess(ctx: Ctx, surveyId: string, lock = false) {
  const row = await findSurvey(ctx.db, surveyId, lock);
  if (!row) throw notFound();
  const access = await personAccess(ctx, row.personId, lock);
  return { row, access };
}

/** The entry institution withdraws an unanswered invitation (a lost slip): its code stops working. */
export async function revokeSurvey(
  ctx: Ctx,
  vault: PersonalDataVault,
  surveyId: string,
  input: SurveyRevokeInput,
): Promise<SurveyInvitationView> {
  const body = parse(surveyRevokeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { row, access } = await surveyAccess(tctx, surveyId, true);
    requireManage(access);
    if (surveyState(row) !== 'open') throw wrongState();
    if (row.version !== body.version) throw versionConflict(presentSurvey(vault, row, true));
    const updated = await updateSurveyAtVersion(tctx.db, row.id, body.version, {
      state: 'revoked',
      revokedAt: new Date(),
      revokedByName: tctx.actor?.displayName ?? null,
      revocationReason: body.reason,
    });
    if (!updated) throw versionConflict(presentSurvey(vault, row, true));
    await audit(tctx, access, 'beneficiaries.survey.revoke', row.id, {
      state: { before: 'open', after: 'revoked' },
      reason: body.reason,
    });
    return presentSurvey(vault, updated, true);
  });
}

/**
 * The slip to print, from the code the caseworker was just shown: the server keeps only the
 * code's hash, so it checks the code against it and prints only while the invitation is open.
 */
export async function surveySlip(
  ctx: Ctx,
  vault: PersonalDataVault,
  publicUrl: string,
  surveyId: string,
  input: SurveyCodeInput,
): Promise<{ fileName: string; content: Buffer }> {
  const { code } = parse(surveyCodeBody, input);
  const { row, access } = await surveyAccess(ctx, surveyId);
  requireManage(access);
  if (!vault.blindIndexCandidates(CODE_INDEX, code).includes(row.codeHash)) throw wrongCode();
  if (surveyState(row) !== 'open') throw wrongState();
  const heading = (await findSurveyHeading(ctx.db, row.personId))!;
  const grouped = formatReferralCode(code);
  const base = publicUrl.replace(/\/$/, '');
  await audit(ctx, access, 'beneficiaries.survey.slip', row.id, {});
  const content = await surveySlipPdf({
    ...heading,
    milestone: row.milestone,
    useBy: row.useBy,
    code: grouped,
    pageUrl: `${base}/survey`,
    surveyUrl: `${base}/survey?code=${grouped}`,
  });
  return { fileName: `ankieta-${row.milestone}.pdf`, content };
}

/** Who tries codes on the public page: the client's address (no account there). */
const trierOf = (ctx: Ctx) => ({ ip: ctx.ip ?? 'unknown' });

const usable = (row: SurveyRow | undefined): row is SurveyRow =>
  row !== undefined && surveyState(row) === 'open';

async function failedTry(ctx: Ctx, code: string): Promise<never> {
  await recordAudit(ctx, {
    action: FAILED,
    entityType: 'personSurvey',
    changes: { codeLength: code.length },
  });
  throw wrongCode();
}

/**
 * The public page checks a code before showing the questions. A wrong, spent, expired or revoked
 * code gets the same 404 and counts against the address; after several, 429 for a while.
 */
export async function openSurvey(
  ctx: Ctx,
  vault: PersonalDataVault,
  input: SurveyCodeInput,
): Promise<PublicSurveyView> {
  await refuseLockedOut(ctx.db, FAILED, trierOf(ctx), 'survey.locked');
  const { code } = parse(surveyCodeBody, input);
  const row = await findSurveyByCode(ctx.db, vault.blindIndexCandidates(CODE_INDEX, code));
  if (!usable(row)) return failedTry(ctx, code);
  const heading = (await findSurveyHeading(ctx.db, row.personId))!;
  return { ...heading, milestone: row.milestone, askGoals: asksForGoals(row.milestone), useBy: row.useBy };
}

/** The person answers; the code is spent at once, so the answer cannot be changed or repeated. */
export async function answerSurvey(
  ctx: Ctx,
  vault: PersonalDataVault,
  input: AnswerSurveyInput,
): Promise<{ answered: true }> {
  await refuseLockedOut(ctx.db, FAILED, trierOf(ctx), 'survey.locked');
  const body = parse(answerSurveyBody, input);
  const done = await inTransaction(ctx, async (tctx) => {
    const row = await findSurveyByCode(tctx.db, vault.blindIndexCandidates(CODE_INDEX, body.code), true);
    if (!usable(row)) return false;
    // An anonymised person's open slips die with the record.
    const person = await findPersonRow(tctx.db, row.personId);
    if (!person || person.anonymisedAt) return false;
    const goals = asksForGoals(row.milestone) ? body.goals : null;
    const updated = await updateSurveyAtVersion(tctx.db, row.id, row.version, {
      state: 'answered',
      answeredAt: new Date(),
      ratingUseful: body.useful,
      ratingRespectful: body.respectful,
      ratingOnTime: body.onTime,
      ...sealSurveyTexts(vault, row.id, { helped: body.helped, change: body.change, goals }),
    });
    if (!updated) return false;
    await recordAudit(tctx, {
      action: 'beneficiaries.survey.answer',
      entityType: 'personSurvey',
      entityId: row.id,
      institutionId: person.entryInstitutionId,
      changes: { personId: row.personId, milestone: row.milestone },
      personalData: true,
    });
    return true;
  });
  if (!done) return failedTry(ctx, body.code);
  return { answered: true };
}
