/**
 * Beneficiaries of partnerships' services: the person record (encrypted where a leak would hurt),
 * intake by the entry institution, consents, and the one access rule every later module (diagnosis,
 * support plan, referral, deliveries) must ask before it shows or changes anything about a person:
 *
 *   const access = await personAccess(ctx, personId); // 404 when the person does not exist for ctx
 *   requireCategory(access, 'diagnosis');            // 404 when no consent covers the category
 *   requireManage(access);                           // 403 unless the entry institution's staff
 *
 * Such a module audits its own reads of personal data (`personalData: true`) with
 * `institutionId: access.row.entryInstitutionId`, so the owner's administrators see them, and
 * refuses changes to an anonymised person with `refuseAnonymised(access.row)` (409).
 */
export { beneficiaryAttention } from './attention.service';
export { beneficiaryRoutes } from './beneficiary.routes';
export { refuseAnonymised } from './beneficiary-rules';
export { createConsent, withdrawConsent } from './consent.service';
export { deliveryRoutes } from './delivery.routes';
export { recordDelivery } from './delivery.service';
export { diagnosisRoutes } from './diagnosis.routes';
export { addDiagnosisEntry } from './diagnosis.service';
export type { PersonRow } from './person.repository';
export { getPerson, registerPerson, updatePerson } from './person.service';
export { persons } from './person.table';
export { type PersonAccess, personAccess, requireCategory, requireManage } from './person-access';
export { openPerson } from './person-fields';
export { referralRoutes } from './referral.routes';
export { issueReferral } from './referral.service';
export { referrals } from './referral.table';
export { rodoRoutes } from './rodo.routes';
export { supportPlanRoutes } from './support-plan.routes';
export { saveSupportPlan } from './support-plan.service';
/** The person's voice: survey invitations, the public survey page, the partnership's monitoring. */
export { surveyRoutes } from './survey.routes';
export { issueSurvey } from './survey.service';
