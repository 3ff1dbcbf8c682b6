import type {
  ChecklistItemView,
  CommissionView,
  ContractView,
  PlanSummaryView,
  PlanView,
  ReviewView,
} from '../../../common/contracts/commissioning';
import type { Actor } from '../../platform/authz';
import { canReviewAs, type PlanFacts, planAbilities } from './commissioning.policy';
import type { CommissionRow, ContractRow, InstitutionRef, ReviewRow } from './execution.repository';
import type { PlanListRow } from './plan.repository';
import { planProgress } from './progress';

/** A plan with everything its page shows beside the row. */
export interface PlanRecord {
  row: PlanListRow;
  territoryName: string | null;
  commissions: CommissionRow[];
  serviceTypes: Map<string, { id: string; name: string; code: string; checklist: ChecklistItemView[] }>;
  contracts: ContractRow[];
  reviews: ReviewRow[];
  /** Contractors, reviewers and the actor's own institutions, by id. */
  institutions: Map<string, InstitutionRef>;
  /** The actor's institutions, to tell in whose name they may record a review. */
  actorInstitutionIds: string[];
}

export const factsOf = (row: PlanListRow): PlanFacts => ({
  jstInstitutionId: row.jstInstitutionId,
  state: row.state,
  jstTerritoryCode: row.jst.territoryCode,
});

const iso = (at: Date | null) => at?.toISOString() ?? null;

const refOf = (institutions: Map<string, InstitutionRef>, id: string) => {
  const found = institutions.get(id);
  return { id, name: found?.name ?? '—', type: found?.type ?? 'other' };
};

export const presentSummary = (
  row: PlanListRow,
  territoryName: string | null,
  totals: { count: number; budget: number },
): PlanSummaryView => ({
  id: row.id,
  title: row.title,
  jst: { ...row.jst, territoryName },
  state: row.state,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  resolutionNumber: row.resolutionNumber,
  commissionCount: totals.count,
  plannedBudget: totals.budget,
  updatedAt: row.updatedAt.toISOString(),
});

const presentCommission = (record: PlanRecord, c: CommissionRow): CommissionView => {
  const type = record.serviceTypes.get(c.serviceTypeId);
  return {
    id: c.id,
    serviceType: { id: c.serviceTypeId, name: type?.name ?? '—', code: type?.code ?? '' },
    mode: c.mode,
    year: c.year,
    quarter: c.quarter,
    budget: c.budget,
    description: c.description,
    expectedContractors: c.expectedContractorIds.map((id) => refOf(record.institutions, id)),
    checklistTemplate: type?.checklist ?? [],
    version: c.version,
  };
};

const presentContract = (record: PlanRecord, c: ContractRow): ContractView => ({
  id: c.id,
  commissionId: c.commissionId,
  contractor: refOf(record.institutions, c.contractorInstitutionId),
  number: c.number,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  value: c.value,
  indicators: c.indicators,
  version: c.version,
});

export const presentReview = (record: PlanRecord, r: ReviewRow, actor: Actor | null): ReviewView => {
  const reviewer = record.institutions.get(r.reviewerInstitutionId);
  return {
    id: r.id,
    contractId: r.contractId,
    reviewer: refOf(record.institutions, r.reviewerInstitutionId),
    kind: r.kind,
    reviewedOn: r.reviewedOn,
    checklist: r.checklist,
    findings: r.findings,
    recommendations: r.recommendations,
    followUpOn: r.followUpOn,
    status: r.status,
    recordedByName: r.recordedByName,
    version: r.version,
    abilities: { update: reviewer !== undefined && canReviewAs(actor, factsOf(record.row), reviewer) },
  };
};

/** The whole plan for its page; abilities follow the policy, so the browser never repeats the rules. */
export function presentPlan(record: PlanRecord, actor: Actor | null): PlanView {
  const { row } = record;
  const facts = factsOf(row);
  const commissions = record.commissions.map((c) => presentCommission(record, c));
  return {
    ...presentSummary(row, record.territoryName, {
      count: commissions.length,
      budget: commissions.reduce((total, c) => total + c.budget, 0),
    }),
    baseYear: row.baseYear,
    baselinePesCount: row.baselinePesCount,
    baselinePesValue: row.baselinePesValue,
    baselineTotalCount: row.baselineTotalCount,
    baselineTotalValue: row.baselineTotalValue,
    strategicDocumentKind: row.strategicDocumentKind,
    strategicDocumentName: row.strategicDocumentName,
    strategicDocumentNumber: row.strategicDocumentNumber,
    targets: row.targets,
    resolutionDate: row.resolutionDate,
    adoptedAt: iso(row.adoptedAt),
    reportedAt: iso(row.reportedAt),
    commissions,
    contracts: record.contracts.map((c) => presentContract(record, c)),
    reviews: record.reviews.map((r) => presentReview(record, r, actor)),
    progress: planProgress({ ...row, commissions: record.commissions, contracts: record.contracts }),
    version: row.version,
    abilities: {
      ...planAbilities(actor, facts),
      reviewAs: record.actorInstitutionIds.flatMap((id) => {
        const institution = record.institutions.get(id);
        return institution && canReviewAs(actor, facts, institution)
          ? [{ id: institution.id, name: institution.name }]
          : [];
      }),
    },
  };
}
