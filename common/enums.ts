/**
 * Enumerations shared by server, web and database checks: defined once here, so a new value
 * is added in one place and the database refuses anything else.
 */

export const territorialLevels = ['voivodeship', 'powiat', 'gmina', 'gminaPart'] as const;
export type TerritorialLevel = (typeof territorialLevels)[number];

/** TERC RODZ codes: 1 urban, 2 rural, 3 urban-rural gmina; 4/5 parts of an urban-rural gmina; 8/9 districts and delegatures. */
export const gminaKinds = [
  'urban',
  'rural',
  'urbanRural',
  'town',
  'ruralArea',
  'district',
  'delegature',
] as const;
export type GminaKind = (typeof gminaKinds)[number];

export const institutionTypes = [
  'jstGmina',
  'jstPowiat',
  'jstVoivodeship',
  'ops',
  'cus',
  'pcpr',
  'pup',
  'wup',
  'rops',
  'owes',
  'cis',
  'kis',
  'pes',
  'ngo',
  'school',
  'police',
  'healthCare',
  'courtCurators',
  'other',
] as const;
export type InstitutionType = (typeof institutionTypes)[number];

export const jstTypes = [
  'jstGmina',
  'jstPowiat',
  'jstVoivodeship',
] as const satisfies readonly InstitutionType[];

/** Office of the head of a JST: wójt, burmistrz or prezydent of a gmina; starosta; marszałek. */
export const jstHeadOffices = ['wojt', 'burmistrz', 'prezydent', 'starosta', 'marszalek'] as const;
export type JstHeadOffice = (typeof jstHeadOffices)[number];

export const pesLegalForms = [
  'socialCooperative',
  'foundation',
  'association',
  'nonProfitCompany',
  'other',
] as const;
export type PesLegalForm = (typeof pesLegalForms)[number];

export const recordStatuses = ['active', 'inactive'] as const;
export type RecordStatus = (typeof recordStatuses)[number];

export const membershipRoles = [
  'institutionAdmin',
  'manager',
  'coordinator',
  'caseWorker',
  'official',
  'evaluator',
] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/**
 * Kinds of partnership, each with its own required members (common/contracts/partnership-kinds.ts):
 * the OPS + PUP + NGO integration partnership (model A), the coalition of social employment
 * institutions (model B, TMW), the powiat's partner cooperation team (PZK, model D) and a
 * consortium of local governments contracting social services together (seed 000, JST-2).
 */
export const partnershipKinds = [
  'integrationPartnership',
  'socialEmploymentCoalition',
  'partnerTeam',
  'jstConsortium',
] as const;
export type PartnershipKind = (typeof partnershipKinds)[number];

export const partnershipStatuses = ['active', 'closed'] as const;
export type PartnershipStatus = (typeof partnershipStatuses)[number];

/** A member's part in the partnership (seed 002 §6.3): the leader, a coordinator/operator, an implementer. */
export const partnershipRoles = ['leader', 'coordinator', 'implementer', 'member'] as const;
export type PartnershipRole = (typeof partnershipRoles)[number];

/** The actors of seed 000's table 1, the roles members of a social employment coalition play. */
export const coalitionRoles = [
  'jst1',
  'jst2',
  'owes',
  'cisKis',
  'pes1',
  'pes2',
  'pes3',
  'ops',
  'pcpr',
  'pup',
] as const;
export type CoalitionRole = (typeof coalitionRoles)[number];

/** The three levels partners communicate on (seed 002 §5.5). */
export const contactLevels = ['heads', 'coordination', 'specialists'] as const;
export type ContactLevel = (typeof contactLevels)[number];

/** The eleven steps of creating and running a partnership (seed 002 §6.1), in order. */
export const lifecycleSteps = [
  'leaderEmerged',
  'partnersAcquired',
  'rulesAgreed',
  'agreementSigned',
  'targetGroupAssessed',
  'serviceScopeDefined',
  'actionPlanWritten',
  'resourcesSecured',
  'jointActionsMonitored',
  'evaluated',
  'continuationDecided',
] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

export const lifecycleActions = ['completed', 'reopened'] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

/** What step 11 decides: go on, widen (both open a new cycle), or end the cooperation. */
export const continuationOutcomes = ['continue', 'widen', 'end'] as const;
export type ContinuationOutcome = (typeof continuationOutcomes)[number];

/** Who takes a partnership's decisions: the joint management body, the heads, the coordination team. */
export const decisionBodies = ['managementBody', 'heads', 'coordinationTeam'] as const;
export type DecisionBody = (typeof decisionBodies)[number];

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/**
 * A catalogue entry (service type, qualification) is retired, never deleted: offerings, plans and
 * the public directory still refer to it.
 */
export const catalogueStatuses = ['active', 'retired'] as const;
export type CatalogueStatus = (typeof catalogueStatuses)[number];

/** A provider's offering of a service type: delivered, suspended for a while, or ended for good. */
export const offeringStatuses = ['active', 'suspended', 'ended'] as const;
export type OfferingStatus = (typeof offeringStatuses)[number];

/**
 * A JST's plan to commission more social services to the social economy (model C): written as a
 * draft, adopted by the council's resolution, executed, reported on.
 */
export const commissioningPlanStates = ['draft', 'adopted', 'inExecution', 'reported'] as const;
export type CommissioningPlanState = (typeof commissioningPlanStates)[number];

/**
 * How a JST commissions a service to a PES: an open call for proposals or a small grant (public
 * benefit act), public procurement with social clauses, a contract reserved for social economy
 * entities, a public-social partnership, or another way.
 */
export const commissioningModes = [
  'openCall',
  'smallGrant',
  'socialClauseProcurement',
  'reservedContract',
  'publicSocialPartnership',
  'other',
] as const;
export type CommissioningMode = (typeof commissioningModes)[number];

/** The strategic document a commissioning plan is part of or an annex to (seed 003). */
export const strategicDocumentKinds = ['socialProblemsStrategy', 'ngoCooperationProgramme', 'other'] as const;
export type StrategicDocumentKind = (typeof strategicDocumentKinds)[number];

/** How the OPS or PCPR checks the quality of a commissioned service: on site, or from documents. */
export const qualityReviewKinds = ['visit', 'deskReview'] as const;
export type QualityReviewKind = (typeof qualityReviewKinds)[number];

/** A review stays open until its recommendations are followed up. */
export const qualityReviewStatuses = ['open', 'closed'] as const;
export type QualityReviewStatus = (typeof qualityReviewStatuses)[number];

/** The answer to one item of a review's checklist. */
export const checklistAnswers = ['met', 'notMet', 'notApplicable'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

/** Where a checklist item comes from on the service type's standard card. */
export const checklistSources = ['qualification', 'organisationalResource', 'technicalResource'] as const;
export type ChecklistSource = (typeof checklistSources)[number];

/** Who may be commissioned a social service, and so proves its readiness to deliver one (seed 001, sphere 3). */
export const providerInstitutionTypes = [
  'pes',
  'cis',
  'kis',
  'ngo',
] as const satisfies readonly InstitutionType[];
export type ProviderInstitutionType = (typeof providerInstitutionTypes)[number];

/**
 * A provider's readiness assessment for one service type: self-assessed as a draft, submitted,
 * then confirmed (with validity) or returned for corrections by an OWES or a platform expert.
 */
export const readinessStates = ['draft', 'submitted', 'confirmed', 'returned'] as const;
export type ReadinessState = (typeof readinessStates)[number];

/** The state as people see it: a confirmation past its validity reads `expired` (derived, never stored). */
export const readinessStatuses = [...readinessStates, 'expired'] as const;
export type ReadinessStatus = (typeof readinessStatuses)[number];

/** Where an item of a readiness checklist comes from: the standard card, the model's procedures, the registry. */
export const readinessItemSources = [
  'qualification',
  'organisationalResource',
  'technicalResource',
  'procedure',
  'registerEntry',
] as const;
export type ReadinessItemSource = (typeof readinessItemSources)[number];

/** A verifier's verdict on one checklist item. */
export const readinessVerdicts = ['met', 'notMet'] as const;
export type ReadinessVerdict = (typeof readinessVerdicts)[number];

/** A provider's declared staffing need (seed 001, sphere 1): open until filled or withdrawn. */
export const staffingNeedStatuses = ['open', 'filled', 'withdrawn'] as const;
export type StaffingNeedStatus = (typeof staffingNeedStatuses)[number];
