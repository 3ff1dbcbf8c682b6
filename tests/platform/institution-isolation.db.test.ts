import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberView } from '../../common/contracts/accounts';
import { type MembershipRole, membershipRoles } from '../../common/enums';
import { rolePermissions } from '../../common/permissions';
import {
  addDiagnosisEntry,
  createConsent,
  issueReferral,
  issueSurvey,
  recordDelivery,
  saveSupportPlan,
} from '../../server/modules/beneficiaries';
import {
  createMeeting as createGroupMeeting,
  createTask as createGroupTask,
  submitNeedsReport,
} from '../../server/modules/cooperation-groups';
import {
  createAgreement,
  createContact,
  createMeeting,
  sendToSignature,
  signAgreement,
} from '../../server/modules/partnerships';
import { advanceInitiative, createInitiative } from '../../server/modules/pes-initiatives';
import {
  advanceProgramme,
  createMatch,
  createProgramme,
  enrollParticipant,
  graduateParticipant,
  updateParticipant,
} from '../../server/modules/preparation-programmes';
import {
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from '../../server/modules/provider-readiness';
import { declareNeed } from '../../server/modules/staffing-needs';
import {
  createEdition,
  createProgramme as createTrainingProgramme,
  enrol,
  recordAdvisory,
} from '../../server/modules/training-programme';
import { buildPerson, peselFor, testVault } from '../support/factories/beneficiaries';
import { buildPlan, planForm } from '../support/factories/commissioning';
import { buildCooperationSetting, buildGroup } from '../support/factories/cooperation-groups';
import { buildInstitution } from '../support/factories/institutions';
import { buildPlanRecords } from '../support/factories/partnership-plan';
import { buildPartnership } from '../support/factories/partnerships';
import { buildPilot } from '../support/factories/pilots';
import { buildQualification, catalogueType } from '../support/factories/social-services';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../support/test-app';

/**
 * No user of institution B reads or changes institution A's private records, whatever B's role:
 * each such record answers 404, exactly as a record that does not exist, and stays as it was.
 * The institution card itself is in the shared registry: B reads it, and a change is refused
 * with 403.
 */

/** Routes on a record of the shared registry (readable by every signed-in user). */
const SHARED_RECORD_ROUTES = new Set([
  'GET /api/institutions/:id',
  'PATCH /api/institutions/:id',
  'POST /api/institutions/:id/deactivate',
  'POST /api/institutions/:id/reactivate',
  // A partnership's card (name, kind, area, members) is public; changing it is refused with 403.
  'GET /api/partnerships/:id',
  'PATCH /api/partnerships/:id',
  'POST /api/partnerships/:id/members',
  'PATCH /api/partnerships/:id/members/:memberId',
  'POST /api/partnerships/:id/members/:memberId/leave',
  'POST /api/partnerships/:id/leader',
  // The catalogue of social services is one standard everybody reads; only the platform
  // administrator changes it (403 for anyone else).
  'GET /api/social-services/areas/:id',
  'PATCH /api/social-services/areas/:id',
  'GET /api/social-services/types/:id',
  'PATCH /api/social-services/types/:id',
  'POST /api/social-services/types/:id/retire',
  'POST /api/social-services/types/:id/reinstate',
  'GET /api/social-services/qualifications/:id',
  'PATCH /api/social-services/qualifications/:id',
  'POST /api/social-services/qualifications/:id/retire',
  'POST /api/social-services/qualifications/:id/reinstate',
  // An offering is published as open data; only its institution changes it (403 for others).
  'GET /api/social-services/offerings/:id',
  'PATCH /api/social-services/offerings/:id',
  'POST /api/social-services/offerings/:id/end',
  // Which providers are ready to deliver a service type is public within the platform.
  'GET /api/social-services/types/:id/contractors',
  'GET /api/social-services/types/:id/contractors.xlsx',
  // Declared staffing needs are the material of a joint diagnosis: read by all, changed by the provider (403).
  'PATCH /api/staffing-needs/:id',
  // A preparation programme's card and counts are read by all, changed by its CIS or KIS (403);
  // its participants and their matches are private (below).
  'GET /api/preparation-programmes/:id',
  'PATCH /api/preparation-programmes/:id',
  'POST /api/preparation-programmes/:id/advance',
  // A pilot's card, ranking and caretakers are public (the choice on published criteria); only its
  // organiser changes them, a chosen site files its own reports and the two pilot-level roles
  // review: anyone else is refused with 403 (the pilots route tests check that).
  'GET /api/pilots/:id',
  'PATCH /api/pilots/:id',
  'POST /api/pilots/:id/choose',
  'POST /api/pilots/:id/candidates',
  'PATCH /api/pilots/:id/candidates/:candidateId',
  'POST /api/pilots/:id/candidates/:candidateId/reject',
  'POST /api/pilots/:id/experts',
  'PUT /api/pilots/:id/experts/:expertId/attendance',
  'POST /api/pilots/:id/caretakers',
  'DELETE /api/pilots/:id/caretakers/:caretakerId',
  'GET /api/pilots/:id/ranking.xlsx',
  'POST /api/pilots/:id/reports',
  'POST /api/pilots/:id/reviews',
  'POST /api/pilots/:id/assessments',
  // The public HSDS directory: open data, read without signing in.
  'GET /api/hsds/services/:id',
  'GET /api/hsds/service_at_locations/:id',
  'GET /api/hsds/organizations/:id',
  'GET /api/hsds/taxonomies/:id',
  'GET /api/hsds/taxonomy_terms/:id',
]);

/** Routes whose `:id` names a record another institution may not know of; every one is probed. */
const PRIVATE_RECORD_ROUTES = [
  'GET /api/institutions/:id/members',
  'GET /api/institutions/:id/invitations',
  'POST /api/institutions/:id/invitations',
  'PATCH /api/memberships/:id',
  'POST /api/memberships/:id/deactivate',
  'POST /api/users/:id/deactivate',
  'POST /api/users/:id/reactivate',
  'POST /api/invitations/:id/revoke',
  'GET /api/partnerships/:id/leaders',
  'GET /api/partnerships/:id/contacts',
  'POST /api/partnerships/:id/contacts',
  'PATCH /api/partnerships/:id/contacts/:contactId',
  'DELETE /api/partnerships/:id/contacts/:contactId',
  'GET /api/partnerships/:id/members/:memberId/staff',
  'GET /api/partnerships/:id/lifecycle',
  'POST /api/partnerships/:id/lifecycle/:step/complete',
  'POST /api/partnerships/:id/lifecycle/:step/reopen',
  'GET /api/partnerships/:id/decisions',
  'POST /api/partnerships/:id/decisions',
  'GET /api/partnerships/:id/meetings',
  'POST /api/partnerships/:id/meetings',
  'PATCH /api/partnerships/:id/meetings/:meetingId',
  'PUT /api/partnerships/:id/meetings/:meetingId/attendance',
  'GET /api/partnerships/:id/meetings/:meetingId/invitation.ics',
  'GET /api/partnerships/:id/meetings/:meetingId/minutes.pdf',
  'GET /api/partnerships/:id/agreements',
  'POST /api/partnerships/:id/agreements',
  'GET /api/partnerships/:id/agreements/:agreementId',
  'PATCH /api/partnerships/:id/agreements/:agreementId',
  'POST /api/partnerships/:id/agreements/:agreementId/send-to-signature',
  'POST /api/partnerships/:id/agreements/:agreementId/withdraw-from-signature',
  'POST /api/partnerships/:id/agreements/:agreementId/terminate',
  'POST /api/partnerships/:id/agreements/:agreementId/signatures',
  'GET /api/partnerships/:id/agreements/:agreementId/versions',
  'GET /api/partnerships/:id/agreements/:agreementId/diff',
  'GET /api/partnerships/:id/agreements/:agreementId/versions/:n/pdf',
  'PUT /api/partnerships/:id/agreements/:agreementId/signatures/:signatureId/scan',
  'GET /api/partnerships/:id/agreements/:agreementId/signatures/:signatureId/scan',
  'GET /api/partnerships/:id/plan',
  'GET /api/partnerships/:id/plan/goals',
  'POST /api/partnerships/:id/plan/goals',
  'PATCH /api/partnerships/:id/plan/goals/:goalId',
  'DELETE /api/partnerships/:id/plan/goals/:goalId',
  'PUT /api/partnerships/:id/plan/target-group',
  'POST /api/partnerships/:id/plan/needs-assessments',
  'PATCH /api/partnerships/:id/plan/needs-assessments/:assessmentId',
  'DELETE /api/partnerships/:id/plan/needs-assessments/:assessmentId',
  'GET /api/partnerships/:id/plan/scope',
  'POST /api/partnerships/:id/plan/scope',
  'PATCH /api/partnerships/:id/plan/scope/:itemId',
  'DELETE /api/partnerships/:id/plan/scope/:itemId',
  'GET /api/partnerships/:id/plan/tasks',
  'POST /api/partnerships/:id/plan/tasks',
  'PATCH /api/partnerships/:id/plan/tasks/:taskId',
  'PUT /api/partnerships/:id/plan/tasks/:taskId/status',
  'DELETE /api/partnerships/:id/plan/tasks/:taskId',
  'PUT /api/partnerships/:id/plan/standards/:principle',
  'GET /api/partnerships/:id/plan/own-standards',
  'POST /api/partnerships/:id/plan/own-standards',
  'PATCH /api/partnerships/:id/plan/own-standards/:standardId',
  'DELETE /api/partnerships/:id/plan/own-standards/:standardId',
  'GET /api/partnerships/:id/resources',
  'POST /api/partnerships/:id/resources',
  'PATCH /api/partnerships/:id/resources/:pledgeId',
  'DELETE /api/partnerships/:id/resources/:pledgeId',
  'GET /api/partnerships/:id/budget',
  'GET /api/partnerships/:id/budget/export.csv',
  'POST /api/partnerships/:id/budget',
  'PATCH /api/partnerships/:id/budget/:lineId',
  'DELETE /api/partnerships/:id/budget/:lineId',
  // A person registered by the partnership's OPS, with a consent for the partnership's PUP.
  'GET /api/beneficiaries/:id',
  'PATCH /api/beneficiaries/:id',
  'POST /api/beneficiaries/:id/consents',
  'POST /api/beneficiaries/:id/consents/:consentId/withdraw',
  'PUT /api/beneficiaries/:id/consents/:consentId/scan',
  'GET /api/beneficiaries/:id/consents/:consentId/scan',
  'GET /api/beneficiaries/:id/diagnosis',
  'POST /api/beneficiaries/:id/diagnosis',
  'PATCH /api/beneficiaries/:id/diagnosis/:entryId',
  'GET /api/beneficiaries/:id/support-plan',
  'PUT /api/beneficiaries/:id/support-plan',
  'POST /api/beneficiaries/:id/support-plan/submit',
  'POST /api/beneficiaries/:id/support-plan/approve',
  'GET /api/beneficiaries/:id/support-plan/versions/:number/plan.pdf',
  'GET /api/beneficiaries/:id/export.json',
  'GET /api/beneficiaries/:id/export.pdf',
  'POST /api/beneficiaries/:id/anonymise',
  'GET /api/beneficiaries/:id/deliveries',
  'POST /api/beneficiaries/:id/deliveries',
  'PUT /api/beneficiaries/:id/deliveries/:deliveryId',
  'GET /api/beneficiaries/:id/package',
  'POST /api/beneficiaries/:id/closure',
  // A referral of that person to the partnership's NGO, its code not yet entered.
  'GET /api/beneficiaries/:id/referral-options',
  'GET /api/beneficiaries/:id/referrals',
  'POST /api/beneficiaries/:id/referrals',
  'GET /api/referrals/:referralId',
  'POST /api/referrals/:referralId/card',
  'POST /api/referrals/:referralId/accept',
  'POST /api/referrals/:referralId/reject',
  'POST /api/referrals/:referralId/start',
  'POST /api/referrals/:referralId/complete',
  'POST /api/referrals/:referralId/revoke',
  // A survey invitation of that person (the person's voice) and the partnership's survey results.
  'GET /api/beneficiaries/:id/surveys',
  'POST /api/beneficiaries/:id/surveys',
  'POST /api/surveys/:surveyId/slip',
  'POST /api/surveys/:surveyId/revoke',
  'GET /api/partnerships/:id/survey-results',
  'GET /api/partnerships/:id/survey-results.xlsx',
  // Institution A's readiness assessment, submitted: only A and an OWES of its voivodeship see it.
  'GET /api/provider-readiness/assessments/:id',
  'PUT /api/provider-readiness/assessments/:id/self-assessment',
  'POST /api/provider-readiness/assessments/:id/submit',
  'POST /api/provider-readiness/assessments/:id/confirm',
  'POST /api/provider-readiness/assessments/:id/return',
  'GET /api/provider-readiness/assessments/:id/readiness.pdf',
  // A commissioning plan is the JST's own while it is a draft (probed on one); once adopted it is
  // public and a change by an outsider is 403 (the commissioning route tests check that).
  'GET /api/commissioning/plans/:id',
  'PATCH /api/commissioning/plans/:id',
  'POST /api/commissioning/plans/:id/adopt',
  'POST /api/commissioning/plans/:id/start-execution',
  'POST /api/commissioning/plans/:id/report',
  'GET /api/commissioning/plans/:id/plan.pdf',
  'GET /api/commissioning/plans/:id/export.xlsx',
  'POST /api/commissioning/plans/:id/commissions',
  'PATCH /api/commissioning/plans/:id/commissions/:commissionId',
  'DELETE /api/commissioning/plans/:id/commissions/:commissionId',
  'POST /api/commissioning/plans/:id/contracts',
  'PATCH /api/commissioning/plans/:id/contracts/:contractId',
  'POST /api/commissioning/plans/:id/reviews',
  'PATCH /api/commissioning/plans/:id/reviews/:reviewId',
  // A cooperation group (GGK) of another gmina's OPS, its authorisation and its record for the ROPS.
  'GET /api/cooperation-groups/:id',
  'PATCH /api/cooperation-groups/:id',
  'POST /api/cooperation-groups/:id/members',
  'GET /api/cooperation-groups/:id/members/:memberId/candidates',
  'POST /api/cooperation-groups/:id/members/:memberId/response',
  'POST /api/cooperation-groups/:id/meetings',
  'PATCH /api/cooperation-groups/:id/meetings/:meetingId',
  'GET /api/cooperation-groups/:id/meetings/:meetingId/minutes.pdf',
  'POST /api/cooperation-groups/:id/tasks',
  'PUT /api/cooperation-groups/:id/tasks/:taskId/status',
  'POST /api/cooperation-groups/:id/close',
  'PUT /api/cooperation-authorisations/:id/document',
  'GET /api/cooperation-authorisations/:id/document',
  'GET /api/cooperation-needs-reports/:id',
  // The mayor's quarterly summary of that OPS's gmina: for the gmina's own people only.
  'GET /api/cooperation-summaries/:id',
  'GET /api/cooperation-summaries/:id/summary.pdf',
  // An initiative group founding a PES: only its OWES, PUP and JST know of it.
  'GET /api/pes-initiatives/:id',
  'PATCH /api/pes-initiatives/:id',
  'POST /api/pes-initiatives/:id/advance',
  'POST /api/pes-initiatives/:id/register',
  'POST /api/pes-initiatives/:id/abandon',
  'GET /api/pes-initiatives/:id/record.pdf',
  // A training programme run by its operator: only the operator and the participating JSTs know of it.
  'GET /api/training-programmes/:id',
  'GET /api/training-programmes/:id/participants',
  'POST /api/training-programmes/:id/participants',
  'GET /api/training-programmes/:id/jst-staff',
  'GET /api/training-programmes/:id/participants/:participantId',
  'PUT /api/training-programmes/:id/participants/:participantId/people',
  'PUT /api/training-programmes/:id/participants/:participantId/outcome',
  'GET /api/training-programmes/:id/progress',
  'GET /api/training-programmes/:id/progress.xlsx',
  'GET /api/training-programmes/:id/editions',
  'POST /api/training-programmes/:id/editions',
  'PUT /api/training-programmes/:id/editions/:editionId/attendance',
  'GET /api/training-programmes/:id/editions/:editionId/attendance.pdf',
  'GET /api/training-programmes/:id/advisory',
  'POST /api/training-programmes/:id/advisory',
  'DELETE /api/training-programmes/:id/advisory/:sessionId',
  'GET /api/training-programmes/:id/study-visits',
  'POST /api/training-programmes/:id/study-visits',
  // A pilot's testing record (monthly reports, reviews, assessments) and its testing reports:
  // only the organiser, the sites (their own) and the pilot-level roles know of them.
  'GET /api/pilots/:id/testing',
  'GET /api/pilots/:id/sites/:candidateId/report.pdf',
  'GET /api/pilots/:id/report.pdf',
  'GET /api/preparation-programmes/:id/progress.xlsx',
  'POST /api/preparation-programmes/:id/participants',
  'PATCH /api/preparation-programmes/:id/participants/:participantId',
  'POST /api/preparation-programmes/:id/participants/:participantId/graduate',
  'POST /api/preparation-programmes/:id/participants/:participantId/drop-out',
  'GET /api/preparation-programmes/:id/participants/:participantId/proposals',
  'POST /api/preparation-programmes/:id/participants/:participantId/matches',
  'POST /api/programme-matches/:id/result',
] as const;

let t: TestApp;
let adminA: Agent;
let a: { institutionId: string; membershipId: string; userId: string; invitationId: string };
let readinessId: string;
/** A partnership institution B does not belong to, with a meeting and a contact person. */
let partnership: {
  id: string;
  memberId: string;
  meetingId: string;
  contactId: string;
  agreementId: string;
  signatureId: string;
  plan: Awaited<ReturnType<typeof buildPlanRecords>>;
  personId: string;
  consentId: string;
  entryId: string;
};
/** A referral of the partnership's person to its NGO. */
let referralId: string;
/** A service the OPS delivered to that person. */
let deliveryId: string;
/** A survey invitation of that person, not yet answered. */
let surveyId: string;
const outsiders = new Map<string, Agent>();
let ggk: Awaited<ReturnType<typeof cooperationRecords>>;
/** A gmina's draft commissioning plan with one commission, which institution B has nothing to do with. */
let commissioning: Awaited<ReturnType<typeof buildPlan>>;
/** An initiative group of an OWES, a PUP and a gmina, none of them institution B. */
let pesInitiativeId: string;
/** A training programme of an operator with one enrolled gmina, an edition and an advisory session. */
let training: Awaited<ReturnType<typeof trainingRecords>>;
/** A pilot run by an association with its chosen sites and a filed report, none of them institution B. */
let pilot: Awaited<ReturnType<typeof buildPilot>>;
/** A CIS programme with a graduate matched to a PES's need, none of them institution B. */
let preparation: Awaited<ReturnType<typeof preparationRecords>>;

beforeAll(async () => {
  t = await createTestApp();
  const institutionA = await buildInstitution(t.ctx);
  const adminAccount = await buildMember(t.ctx, institutionA.id, 'institutionAdmin');
  const workerA = await buildMember(t.ctx, institutionA.id, 'caseWorker');
  adminA = await t.agent().signIn(adminAccount.email, DEFAULT_PASSWORD);
  const invited = await adminA.post(`/api/institutions/${institutionA.id}/invitations`, {
    email: 'zaproszona@example.pl',
    displayName: 'Zaproszona Osoba',
    role: 'coordinator',
  });
  expect(invited.statusCode).toBe(201);
  a = {
    institutionId: institutionA.id,
    membershipId: workerA.membership.id,
    userId: workerA.id,
    invitationId: invited.json<{ invitation: { id: string } }>().invitation.id,
  };
  readinessId = await submittedReadiness(institutionA.id);

  const built = await buildPartnership(t.ctx);
  const meeting = await createMeeting(t.ctx, built.id, {
    title: 'Posiedzenie',
    startsAt: '2025-03-04T09:00:00Z',
    place: 'Janów Lubelski',
    agenda: 'Plan działania',
  });
  const contact = await createContact(t.ctx, built.id, {
    memberId: built.members.ops.id,
    level: 'heads',
    name: 'Jan Nowak',
  });
  partnership = {
    id: built.id,
    memberId: built.members.pup.id,
    meetingId: meeting.id,
    contactId: contact.id,
    ...(await agreementInSignature(built.id, built.members.ops.id)),
    plan: await buildPlanRecords(t.ctx, built),
    ...(await personWithConsent(built)),
  };
  referralId = await referralOf(built, partnership.personId, partnership.plan.itemId);
  surveyId = (
    await issueSurvey(t.ctx, testVault(), partnership.personId, {
      milestone: 'planAgreed',
      useBy: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    })
  ).invitation.id;
  deliveryId = (
    await recordDelivery(t.ctx, testVault(), partnership.personId, {
      deliveredOn: '2025-02-03',
      scopeItemId: partnership.plan.itemId,
      hours: 2,
      providerInstitutionId: built.ops.id,
      payerInstitutionId: built.ops.id,
      cost: '120,00',
    })
  ).id;

  commissioning = await buildPlan(t.ctx);
  pesInitiativeId = await initiativeGroup();
  training = await trainingRecords();
  pilot = await buildPilot(t.ctx);
  preparation = await preparationRecords();

  ggk = await cooperationRecords();

  const institutionB = await buildInstitution(t.ctx);
  for (const role of membershipRoles) {
    const member = await buildMember(t.ctx, institutionB.id, role);
    outsiders.set(role, await t.agent().signIn(member.email, DEFAULT_PASSWORD));
  }
  // A person who belongs to no institution at all is an outsider too.
  const loner = await buildUser(t.ctx);
  outsiders.set('no institution', await t.agent().signIn(loner.email, DEFAULT_PASSWORD));
});
afterAll(() => t.close());

/** A person the partnership's OPS registered, with a paper consent naming its PUP. */
async function personWithConsent(built: Awaited<ReturnType<typeof buildPartnership>>) {
  const person = await buildPerson(t.ctx, built.id);
  const consent = await createConsent(t.ctx, person.id, {
    purpose: 'Wspólna diagnoza',
    givenOn: '2025-01-10',
    form: 'paper',
    grants: [{ institutionId: built.pup.id, categories: ['identification'] }],
  });
  const entry = await addDiagnosisEntry(t.ctx, testVault(), person.id, {
    domain: 'housing',
    findings: 'Mieszka z matką w lokalu komunalnym',
  });
  await saveSupportPlan(t.ctx, testVault(), person.id, {
    goals: [{ text: 'Powrót do pracy' }],
    actions: [],
    agreement: { signed: false },
    version: 0,
  });
  return { personId: person.id, consentId: consent.id, entryId: entry.id };
}

/** The OPS refers the person to the NGO for a scope item; nobody has entered the code. */
async function referralOf(
  built: Awaited<ReturnType<typeof buildPartnership>>,
  personId: string,
  itemId: string,
) {
  const issued = await issueReferral(t.ctx, testVault(), personId, {
    operatorInstitutionId: built.ngo.id,
    scopeItemIds: [itemId],
    brief: 'Doradztwo zawodowe',
    useBy: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  });
  return issued.referral.id;
}

/** A group of an authorised OPS with a meeting and a task, and the OPS's record of needs for the ROPS. */
async function cooperationRecords() {
  const setting = await buildCooperationSetting(t.ctx);
  const { id, pupMember } = await buildGroup(t.ctx, setting);
  const withMeeting = await createGroupMeeting(t.ctx, id, {
    heldAt: '2025-03-04T09:00:00Z',
    place: 'OPS',
    agenda: 'Plan',
  });
  const withTask = await createGroupTask(t.ctx, id, {
    memberId: pupMember.id,
    title: 'Oferta',
    dueOn: '2025-04-01',
  });
  const report = await submitNeedsReport(t.ctx, {
    opsInstitutionId: setting.ops.id,
    ropsInstitutionId: setting.rops.id,
    periodFrom: '2025-01-01',
    periodTo: '2025-06-30',
    items: [{ category: 'poverty', count: 3, unmetNeeds: 'Mieszkania socjalne' }],
  });
  // The gmina's official reads the summaries: the first reading counts the closed quarters.
  const official = await buildMember(t.ctx, setting.gmina.id, 'official');
  const summaries = await (await t.agent().signIn(official.email, DEFAULT_PASSWORD)).get(
    '/api/cooperation-summaries',
  );
  return {
    summaryId: summaries.json<{ items: { id: string }[] }>().items[0]!.id,
    groupId: id,
    memberId: pupMember.id,
    pupId: setting.pup.id,
    meetingId: withMeeting.meetings[0]!.id,
    taskId: withTask.tasks[0]!.id,
    authorisationId: setting.authorisation!.id,
    reportId: report.id,
  };
}

/** Bodies for the cooperation group routes. */
function cooperationBody(route: string): object | undefined {
  const bodies: Record<string, object> = {
    'PATCH /api/cooperation-groups/:id': { label: 'Intruz', version: 1 },
    'POST /api/cooperation-groups/:id/members': { institutionId: ggk.pupId },
    'POST /api/cooperation-groups/:id/members/:memberId/response': {
      version: 1,
      decision: 'decline',
      declineReason: 'Intruz',
    },
    'POST /api/cooperation-groups/:id/meetings': { heldAt: '2025-01-01T10:00:00Z', place: 'X', agenda: 'X' },
    'PATCH /api/cooperation-groups/:id/meetings/:meetingId': { place: 'Intruz', version: 1 },
    'POST /api/cooperation-groups/:id/tasks': {
      memberId: ggk.memberId,
      title: 'Intruz',
      dueOn: '2025-01-01',
    },
    'PUT /api/cooperation-groups/:id/tasks/:taskId/status': { status: 'done', version: 1 },
    'POST /api/cooperation-groups/:id/close': { version: 1, outcome: 'resolved', resultSummary: 'Intruz' },
  };
  return bodies[route];
}

/** An agreement of the partnership sent to signature and signed by one member. */
async function agreementInSignature(partnershipId: string, memberId: string) {
  const draft = await createAgreement(t.ctx, partnershipId, { kind: 'cooperation' });
  const sent = await sendToSignature(t.ctx, partnershipId, draft.id, { version: draft.version });
  const signed = await signAgreement(t.ctx, partnershipId, draft.id, {
    version: sent.version,
    memberId,
    signerName: 'Anna Kowalska',
    signerPosition: 'Dyrektor',
    signedOn: '2025-01-10',
  });
  return { agreementId: signed.id, signatureId: signed.signatures[0]!.id };
}

function urlFor(route: (typeof PRIVATE_RECORD_ROUTES)[number]): string {
  const path = route.split(' ')[1] as string;
  if (path.startsWith('/api/institutions/')) return path.replace(':id', a.institutionId);
  if (path.startsWith('/api/memberships/')) return path.replace(':id', a.membershipId);
  if (path.startsWith('/api/users/')) return path.replace(':id', a.userId);
  if (path.startsWith('/api/partnerships/'))
    return path
      .replace(':id', partnership.id)
      .replace(':meetingId', partnership.meetingId)
      .replace(':contactId', partnership.contactId)
      .replace(':memberId', partnership.memberId)
      .replace(':step', 'leaderEmerged')
      .replace(':agreementId', partnership.agreementId)
      .replace(':signatureId', partnership.signatureId)
      .replace(':n', '1')
      .replace(':goalId', partnership.plan.goalId)
      .replace(':assessmentId', partnership.plan.assessmentId)
      .replace(':itemId', partnership.plan.itemId)
      .replace(':taskId', partnership.plan.taskId)
      .replace(':standardId', partnership.plan.standardId)
      .replace(':pledgeId', partnership.plan.pledgeId)
      .replace(':lineId', partnership.plan.lineId)
      .replace(':principle', 'jointGoals')
      .replace(/\/diff$/, '/diff?from=1&to=1');
  if (path.startsWith('/api/provider-readiness/')) return path.replace(':id', readinessId);
  if (path.startsWith('/api/pes-initiatives/')) return path.replace(':id', pesInitiativeId);
  if (path.startsWith('/api/training-programmes/'))
    return (
      path
        .replace(':id', training.programmeId)
        .replace(':participantId', training.participantId)
        .replace(':editionId', training.editionId)
        .replace(':sessionId', training.sessionId) +
      (route.startsWith('DELETE') ? '?version=1' : '') +
      (path.endsWith('/jst-staff') ? `?jstInstitutionId=${training.jstId}` : '')
    );
  if (path.startsWith('/api/pilots/'))
    return path.replace(':id', pilot.pilot.id).replace(':candidateId', pilot.siteId);
  if (path.startsWith('/api/preparation-programmes/'))
    return path.replace(':id', preparation.programmeId).replace(':participantId', preparation.participantId);
  if (path.startsWith('/api/programme-matches/')) return path.replace(':id', preparation.matchId);
  if (path.startsWith('/api/cooperation-groups/'))
    return path
      .replace(':id', ggk.groupId)
      .replace(':memberId', ggk.memberId)
      .replace(':meetingId', ggk.meetingId)
      .replace(':taskId', ggk.taskId);
  if (path.startsWith('/api/cooperation-authorisations/')) return path.replace(':id', ggk.authorisationId);
  if (path.startsWith('/api/cooperation-needs-reports/')) return path.replace(':id', ggk.reportId);
  if (path.startsWith('/api/cooperation-summaries/')) return path.replace(':id', ggk.summaryId);
  if (path.startsWith('/api/beneficiaries/'))
    return path
      .replace(':id', partnership.personId)
      .replace(':consentId', partnership.consentId)
      .replace(':entryId', partnership.entryId)
      .replace(':deliveryId', deliveryId)
      .replace(':number', '1');
  if (path.startsWith('/api/referrals/')) return path.replace(':referralId', referralId);
  if (path.startsWith('/api/surveys/')) return path.replace(':surveyId', surveyId);
  if (path.startsWith('/api/commissioning/'))
    return (
      path
        .replace(':id', commissioning.id)
        .replace(/:(commission|contract|review)Id/, commissioning.commissionId) +
      (route.startsWith('DELETE') ? '?version=1' : '')
    );
  return path.replace(':id', a.invitationId);
}

/** An initiative group with five founders, at the registration stage. */
async function initiativeGroup(): Promise<string> {
  const group = await createInitiative(t.ctx, {
    name: 'Spółdzielnia Socjalna Izolacja',
    legalForm: 'socialCooperative',
    jstInstitutionId: (await buildInstitution(t.ctx, { type: 'jstGmina' })).id,
    owesInstitutionId: (await buildInstitution(t.ctx, { type: 'owes' })).id,
    pupInstitutionId: (await buildInstitution(t.ctx, { type: 'pup' })).id,
    serviceTypeIds: [(await catalogueType(t.ctx, 'uslugi-opiekuncze')).id],
    founders: ['Anna K.', 'Jan N.', 'Ewa M.', 'Piotr S.', 'Ola W.'].map((name) => ({ kind: 'person', name })),
    statuteAdoptedOn: '2025-01-10',
    krsAppliedOn: '2025-01-20',
  });
  const preparing = await advanceInitiative(t.ctx, group.id, { version: group.version });
  return (await advanceInitiative(t.ctx, group.id, { version: preparing.version })).id;
}

/** A running CIS programme whose graduate is matched to a PES's declared need. */
async function preparationRecords() {
  const qualification = await buildQualification(t.ctx, 'Opiekun (izolacja)');
  const pes = await buildInstitution(t.ctx, { type: 'pes' });
  const need = await declareNeed(t.ctx, {
    institutionId: pes.id,
    position: 'Opiekun',
    qualificationId: qualification.id,
    headcount: 2,
    neededFrom: '2026-09-01',
    territoryCode: '0605053',
  });
  const planned = await createProgramme(t.ctx, {
    institutionId: (await buildInstitution(t.ctx, { type: 'cis' })).id,
    title: 'Program (izolacja)',
    qualificationIds: [qualification.id],
    staffingNeedIds: [need.id],
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    places: 5,
    territoryCode: '0605',
    modules: [{ title: 'Moduł', plannedHours: 10 }],
  });
  const programme = await advanceProgramme(t.ctx, planned.id, { version: planned.version });
  const enrolled = await enrollParticipant(t.ctx, programme.id, { label: 'Anna K.' });
  const progressed = await updateParticipant(t.ctx, programme.id, enrolled.id, {
    version: enrolled.version,
    progress: [{ moduleId: programme.modules[0]!.id, hoursAttended: 10, completed: true }],
  });
  const graduate = await graduateParticipant(t.ctx, programme.id, enrolled.id, {
    version: progressed.version,
    qualificationId: qualification.id,
    examPassedOn: '2026-06-20',
  });
  const matched = await createMatch(t.ctx, programme.id, graduate.id, { staffingNeedId: need.id });
  return {
    programmeId: programme.id,
    participantId: graduate.id,
    matchId: matched.matches[0]!.id,
    qualificationId: qualification.id,
    needId: need.id,
  };
}

/** Bodies for a preparation programme's private routes, valid but for the access check. */
function preparationBody(route: string): object | undefined {
  const bodies: Record<string, object> = {
    'POST /api/preparation-programmes/:id/participants': { label: 'Intruz I.' },
    'PATCH /api/preparation-programmes/:id/participants/:participantId': { version: 3, progress: [] },
    'POST /api/preparation-programmes/:id/participants/:participantId/graduate': {
      version: 3,
      qualificationId: preparation.qualificationId,
      examPassedOn: '2026-06-20',
    },
    'POST /api/preparation-programmes/:id/participants/:participantId/drop-out': {
      version: 3,
      reason: 'Intruz',
    },
    'POST /api/preparation-programmes/:id/participants/:participantId/matches': {
      staffingNeedId: preparation.needId,
    },
    'POST /api/programme-matches/:id/result': { version: 1, result: 'withdrawn', reason: 'Intruz' },
  };
  return bodies[route];
}

/** A programme run by a ROPS, with a gmina enrolled by two people, an edition and an advisory session. */
async function trainingRecords() {
  const rops = await buildInstitution(t.ctx, { type: 'rops', territoryCode: '06' });
  const jst = await buildInstitution(t.ctx, { type: 'jstGmina' });
  const programme = await createTrainingProgramme(t.ctx, {
    name: 'Program szkoleń (izolacja)',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    operatorInstitutionId: rops.id,
  });
  const participant = await enrol(t.ctx, programme.id, {
    jstInstitutionId: jst.id,
    people: trainingPeople,
    baselinePesCount: 0,
    baselinePesValue: '0',
    baselineTotalCount: 3,
    baselineTotalValue: '100 000',
  });
  const edition = await createEdition(t.ctx, programme.id, {
    title: 'Edycja',
    days: trainingDays,
    personIds: participant.people.map((p) => p.id),
  });
  const session = await recordAdvisory(t.ctx, programme.id, {
    participantId: participant.id,
    heldOn: '2026-02-02',
    hours: 2,
    topic: 'Zlecanie usług',
    adviser: 'Doradca',
  });
  return {
    programmeId: programme.id,
    participantId: participant.id,
    editionId: edition.id,
    sessionId: session.id,
    jstId: jst.id,
  };
}

const trainingPeople = [
  { name: 'Anna Nowak', position: 'Sekretarz' },
  { name: 'Jan Kowal', position: 'Skarbnik' },
];
const trainingDays = ['2026-03-02', '2026-03-03', '2026-03-09', '2026-03-10'].map((date, i) => ({
  date,
  practical: i >= 2,
  remote: true,
}));

/** Bodies for the training programme's routes, at the versions its records are at (1). */
function trainingBody(route: string): object | undefined {
  const bodies: Record<string, object> = {
    'POST /api/training-programmes/:id/participants': {
      jstInstitutionId: training.jstId,
      people: trainingPeople,
      baselinePesCount: 0,
      baselinePesValue: '0',
      baselineTotalCount: 1,
      baselineTotalValue: '1',
    },
    'PUT /api/training-programmes/:id/participants/:participantId/people': {
      version: 1,
      people: trainingPeople,
    },
    'PUT /api/training-programmes/:id/participants/:participantId/outcome': {
      version: 1,
      commissioningPlanId: null,
    },
    'POST /api/training-programmes/:id/editions': { title: 'Intruz', days: trainingDays, personIds: [] },
    'PUT /api/training-programmes/:id/editions/:editionId/attendance': { version: 1, entries: [] },
    'POST /api/training-programmes/:id/advisory': {
      participantId: training.participantId,
      heldOn: '2026-02-02',
      hours: 1,
      topic: 'Intruz',
      adviser: 'Intruz',
    },
    'POST /api/training-programmes/:id/study-visits': {
      visitedOn: '2026-02-02',
      hostInstitutionId: training.jstId,
      participantIds: [training.participantId],
    },
  };
  return bodies[route];
}

/** A readiness assessment of the institution for the bundled home care, answered and submitted. */
async function submittedReadiness(institutionId: string): Promise<string> {
  const type = await catalogueType(t.ctx, 'uslugi-opiekuncze');
  const draft = await startAssessment(t.ctx, { institutionId, serviceTypeId: type.id });
  const items = draft.items.map((i) => ({ key: i.key, met: false }));
  const saved = await saveSelfAssessment(t.ctx, draft.id, { version: draft.version, items });
  return (await submitAssessment(t.ctx, draft.id, { version: saved.version })).id;
}

/** A body the route would accept from someone allowed, so only the access check can refuse it. */
function validBody(route: string): object | undefined {
  if (route.includes(' /api/cooperation-')) return cooperationBody(route);
  if (route === 'POST /api/institutions/:id/invitations')
    return { email: 'intruz@example.pl', displayName: 'Intruz', role: 'institutionAdmin' };
  if (route === 'PATCH /api/memberships/:id') return { role: 'institutionAdmin', version: 1 };
  if (route.startsWith('PUT /api/provider-readiness/')) return { version: 3, items: [] };
  if (route.endsWith('/assessments/:id/confirm'))
    return { version: 3, items: [], validFrom: '2025-01-01', validUntil: '2099-12-31' };
  if (route.endsWith('/assessments/:id/return')) return { version: 3, items: [], comment: 'Intruz' };
  if (route.endsWith('/assessments/:id/submit')) return { version: 3 };
  if (route === 'POST /api/memberships/:id/deactivate') return { version: 1 };
  if (route === 'POST /api/partnerships/:id/contacts')
    return { memberId: partnership.memberId, level: 'heads', name: 'Intruz' };
  if (route === 'PATCH /api/partnerships/:id/contacts/:contactId') return { name: 'Intruz', version: 1 };
  if (route.startsWith('POST /api/partnerships/:id/lifecycle/'))
    return route.endsWith('reopen') ? { version: 1, reason: 'Intruz' } : { version: 1 };
  if (route === 'POST /api/partnerships/:id/decisions')
    return { body: 'managementBody', summary: 'Intruz', decidedOn: '2025-01-01' };
  if (route === 'POST /api/partnerships/:id/meetings')
    return { title: 'Intruz', startsAt: '2025-01-01T10:00:00Z', place: 'X', agenda: 'X' };
  if (route === 'PATCH /api/partnerships/:id/meetings/:meetingId') return { title: 'Intruz', version: 1 };
  if (route === 'PUT /api/partnerships/:id/meetings/:meetingId/attendance')
    return { version: 1, entries: [] };
  if (route === 'POST /api/partnerships/:id/agreements') return { kind: 'cooperation' };
  if (route === 'PATCH /api/partnerships/:id/agreements/:agreementId') return { version: 2, title: 'Intruz' };
  if (route.endsWith('/send-to-signature')) return { version: 2 };
  if (route.endsWith('/withdraw-from-signature')) return { version: 2, reason: 'Intruz' };
  if (route.endsWith('/terminate')) return { version: 2, reason: 'Intruz', terminatedOn: '2025-01-01' };
  if (route === 'POST /api/partnerships/:id/agreements/:agreementId/signatures')
    return {
      version: 2,
      memberId: partnership.memberId,
      signerName: 'Intruz',
      signerPosition: 'Intruz',
      signedOn: '2025-01-01',
    };
  if (route.includes(' /api/commissioning/')) return commissioningBody(route);
  if (route.includes(' /api/pes-initiatives/')) return initiativeBody(route);
  if (route.includes(' /api/training-programmes/')) return trainingBody(route);
  if (route.includes(' /api/preparation-programmes/') || route.includes(' /api/programme-matches/'))
    return preparationBody(route);
  return planBody(route) ?? beneficiaryBody(route) ?? (route.startsWith('POST') ? {} : undefined);
}

/** Bodies for a person's routes. */
function beneficiaryBody(route: string): object | undefined {
  const bodies: Record<string, object> = {
    'PATCH /api/beneficiaries/:id': {
      firstName: 'Intruz',
      lastName: 'Intruz',
      pesel: peselFor('1980-01-01', 'male', 999),
      territoryCode: '0605053',
      version: 1,
    },
    'POST /api/beneficiaries/:id/consents': {
      purpose: 'Intruz',
      givenOn: '2025-01-01',
      form: 'inPerson',
      grants: [{ institutionId: a.institutionId, categories: ['identification'] }],
    },
    'POST /api/beneficiaries/:id/consents/:consentId/withdraw': { version: 1 },
    'POST /api/beneficiaries/:id/diagnosis': { domain: 'housing', findings: 'Intruz' },
    'PATCH /api/beneficiaries/:id/diagnosis/:entryId': { findings: 'Intruz', version: 1 },
    'PUT /api/beneficiaries/:id/support-plan': {
      goals: [{ text: 'Intruz' }],
      actions: [],
      agreement: { signed: false },
      version: 1,
    },
    'POST /api/beneficiaries/:id/support-plan/submit': { version: 1 },
    'POST /api/beneficiaries/:id/support-plan/approve': { version: 1 },
    'POST /api/beneficiaries/:id/anonymise': { reason: 'Intruz', version: 1 },
    'POST /api/beneficiaries/:id/deliveries': {
      deliveredOn: '2025-02-03',
      scopeItemId: partnership.plan.itemId,
      hours: 1,
      providerInstitutionId: a.institutionId,
      payerInstitutionId: a.institutionId,
      cost: '10,00',
    },
    'PUT /api/beneficiaries/:id/deliveries/:deliveryId': {
      deliveredOn: '2025-02-03',
      scopeItemId: partnership.plan.itemId,
      hours: 1,
      providerInstitutionId: a.institutionId,
      payerInstitutionId: a.institutionId,
      cost: '10,00',
      version: 1,
    },
    'POST /api/beneficiaries/:id/closure': { outcome: 'employment', closedOn: '2025-03-01' },
    'POST /api/beneficiaries/:id/referrals': {
      operatorInstitutionId: a.institutionId,
      scopeItemIds: [partnership.plan.itemId],
      brief: 'Intruz',
      useBy: new Date().toISOString().slice(0, 10),
    },
    'POST /api/referrals/:referralId/card': { code: 'ACDEF-GHJKM' },
    'POST /api/referrals/:referralId/accept': { version: 1 },
    'POST /api/referrals/:referralId/reject': { version: 1, reason: 'Intruz' },
    'POST /api/referrals/:referralId/start': { version: 1 },
    'POST /api/referrals/:referralId/complete': { version: 1, outcome: 'Intruz' },
    'POST /api/referrals/:referralId/revoke': { version: 1, reason: 'Intruz' },
    'POST /api/beneficiaries/:id/surveys': {
      milestone: 'midway',
      useBy: new Date().toISOString().slice(0, 10),
    },
    'POST /api/surveys/:surveyId/slip': { code: 'ACDEF-GHJKM' },
    'POST /api/surveys/:surveyId/revoke': { version: 1, reason: 'Intruz' },
  };
  return bodies[route];
}

/** Bodies for the plan, pledges and budget routes. */
function planBody(route: string): object | undefined {
  const memberId = partnership.memberId;
  const bodies: Record<string, object> = {
    'POST /api/partnerships/:id/plan/goals': { text: 'Intruz', expectedResult: 'Intruz' },
    'PATCH /api/partnerships/:id/plan/goals/:goalId': { text: 'Intruz', version: 1 },
    'PUT /api/partnerships/:id/plan/target-group': {
      description: 'Intruz',
      plannedSize: 12,
      selectionCriteria: 'Intruz',
      version: 0,
    },
    'POST /api/partnerships/:id/plan/needs-assessments': {
      assessedOn: '2025-01-01',
      method: 'Intruz',
      findings: 'Intruz',
      memberId,
    },
    'PATCH /api/partnerships/:id/plan/needs-assessments/:assessmentId': { method: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/plan/scope': { instrument: 'training', providerMemberIds: [memberId] },
    'PATCH /api/partnerships/:id/plan/scope/:itemId': { description: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/plan/tasks': { title: 'Intruz', dueOn: '2025-01-01' },
    'PATCH /api/partnerships/:id/plan/tasks/:taskId': { title: 'Intruz', version: 1 },
    'PUT /api/partnerships/:id/plan/tasks/:taskId/status': { status: 'done', version: 1 },
    'PUT /api/partnerships/:id/plan/standards/:principle': { confirmed: true },
    'POST /api/partnerships/:id/plan/own-standards': { text: 'Intruz' },
    'PATCH /api/partnerships/:id/plan/own-standards/:standardId': { text: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/resources': {
      memberId,
      kind: 'premises',
      description: 'Intruz',
      quantity: 1,
      unit: 'x',
    },
    'PATCH /api/partnerships/:id/resources/:pledgeId': { description: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/budget': {
      memberId,
      source: 'other',
      legalBasis: 'Intruz',
      category: 'other',
      year: 2025,
      planned: '1',
    },
    'PATCH /api/partnerships/:id/budget/:lineId': { planned: '1', version: 1 },
  };
  return bodies[route];
}

/** Bodies for the commissioning routes: the draft's form, a commission, a contract, a review. */
/** Bodies for an initiative group's routes, at the version the group is at (3). */
function initiativeBody(route: string): object | undefined {
  const bodies: Record<string, object> = {
    'PATCH /api/pes-initiatives/:id': { version: 3, name: 'Intruz' },
    'POST /api/pes-initiatives/:id/advance': { version: 3 },
    'POST /api/pes-initiatives/:id/register': {
      version: 3,
      krsNumber: '0000012345',
      registeredOn: '2025-02-01',
    },
    'POST /api/pes-initiatives/:id/abandon': { version: 3, reason: 'Intruz' },
  };
  return bodies[route];
}

function commissioningBody(route: string): object | undefined {
  const { jstInstitutionId: _, ...form } = planForm(commissioning.jstId);
  const commission = {
    serviceTypeId: commissioning.plan.commissions[0]!.serviceTypeId,
    mode: 'openCall',
    year: 2026,
    budget: '1',
  };
  const contract = {
    contractorInstitutionId: commissioning.pes.id,
    number: 'Intruz',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    value: '1',
  };
  const review = { kind: 'visit', reviewedOn: '2026-06-01', checklist: [], findings: 'Intruz' };
  const bodies: Record<string, object> = {
    'PATCH /api/commissioning/plans/:id': { ...form, version: 1 },
    'POST /api/commissioning/plans/:id/adopt': {
      version: 1,
      resolutionNumber: 'Intruz',
      resolutionDate: '2026-01-01',
    },
    'POST /api/commissioning/plans/:id/start-execution': { version: 1 },
    'POST /api/commissioning/plans/:id/report': { version: 1 },
    'POST /api/commissioning/plans/:id/commissions': commission,
    'PATCH /api/commissioning/plans/:id/commissions/:commissionId': { ...commission, version: 1 },
    'POST /api/commissioning/plans/:id/contracts': { ...contract, commissionId: commissioning.commissionId },
    'PATCH /api/commissioning/plans/:id/contracts/:contractId': { ...contract, version: 1 },
    'POST /api/commissioning/plans/:id/reviews': {
      ...review,
      contractId: commissioning.commissionId,
      reviewerInstitutionId: commissioning.jstId,
    },
    'PATCH /api/commissioning/plans/:id/reviews/:reviewId': { ...review, version: 1 },
  };
  return bodies[route];
}

describe('institution isolation', () => {
  it('every route on a record classifies it as shared or private, so a new route cannot slip past', () => {
    const private_ = new Set<string>(PRIVATE_RECORD_ROUTES);
    const unclassified = t.app.routeCatalog
      .filter((r) => r.method !== 'HEAD' && r.url.includes('/:id'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !SHARED_RECORD_ROUTES.has(r) && !private_.has(r));
    expect(unclassified).toEqual([]);
  });

  // Every private route × every role of another institution: more than the default 30 s on a busy machine.
  it("no role of another institution reads or changes institution A's private records: 404 each time", {
    timeout: 180_000,
  }, async () => {
    const leaks: string[] = [];
    for (const [who, agent] of outsiders) {
      for (const route of PRIVATE_RECORD_ROUTES) {
        const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', string];
        const access = t.app.routeCatalog.find((r) => r.method === method && r.url === url)?.access;
        // A role without the route's permission is turned away before any record is looked up
        // (403, which says nothing of the record); a role holding it must find nothing (404).
        const holdsPermission = rolePermissions[who as MembershipRole]?.includes(access as never) ?? false;
        const expected = holdsPermission || access === 'signedIn' ? 404 : 403;
        const response = await agent.request({ method, url: urlFor(route), payload: validBody(route) });
        if (response.statusCode !== expected) leaks.push(`${who}: ${route} → ${response.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lists of users and audit events never show institution A's people or events to another institution", async () => {
    const admin = outsiders.get('institutionAdmin') as Agent;
    const users = await admin.get('/api/users?pageSize=100');
    expect(users.statusCode).toBe(200);
    expect(users.body).not.toContain(a.userId);
    const audit = await admin.get(`/api/audit?institutionId=${a.institutionId}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("after every attempt, institution A's member, invitation and account are exactly as they were", async () => {
    const members = await adminA.get(`/api/institutions/${a.institutionId}/members?status=all`);
    const worker = members.json<{ items: MemberView[] }>().items.find((m) => m.id === a.membershipId);
    expect(worker).toMatchObject({
      role: 'caseWorker',
      status: 'active',
      accountStatus: 'active',
      version: 1,
    });
    const invitations = await adminA.get(`/api/institutions/${a.institutionId}/invitations`);
    const statuses = invitations.json<{ items: { email: string; status: string }[] }>().items;
    expect(statuses).toEqual([
      expect.objectContaining({ email: 'zaproszona@example.pl', status: 'pending' }),
    ]);
  });

  it('the shared card of institution A is readable by everyone, and a change by an outsider is refused with 403', async () => {
    const admin = outsiders.get('institutionAdmin') as Agent;
    const card = await admin.get(`/api/institutions/${a.institutionId}`);
    expect(card.statusCode).toBe(200);
    const { version } = card.json<{ version: number }>();
    const change = await admin.patch(`/api/institutions/${a.institutionId}`, { name: 'Przejęta', version });
    expect(change.statusCode).toBe(403);
    const deactivation = await admin.post(`/api/institutions/${a.institutionId}/deactivate`, {
      reason: 'Przejęcie cudzej instytucji',
    });
    expect(deactivation.statusCode).toBe(403);
    expect((await admin.get(`/api/institutions/${a.institutionId}`)).json<{ name: string }>().name).not.toBe(
      'Przejęta',
    );
  });
});
