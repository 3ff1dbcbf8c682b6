import type {
  AssessmentSummaryView,
  AssessmentView,
  ContractorView,
  ProviderReadinessView,
} from '../../../common/contracts/provider-readiness';
import type { Actor } from '../../platform/authz';
import { statusOf } from './checklist';
import { assessmentAbilities } from './readiness.policy';
import type { AssessmentListRow, ProviderFacts } from './readiness.repository';

const institutionRef = (i: ProviderFacts) => ({ id: i.id, name: i.name, type: i.type });

export function presentAssessmentSummary(row: AssessmentListRow, today: string): AssessmentSummaryView {
  return {
    id: row.id,
    institution: institutionRef(row.institution),
    serviceType: row.serviceType,
    status: statusOf(row, today),
    itemCount: row.items.length,
    metCount: row.items.filter((i) => i.met === true).length,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The whole assessment with what the actor may do to it; `verifies` is the policy's answer for this actor. */
export function presentAssessment(
  row: AssessmentListRow,
  actor: Actor | null,
  verifies: boolean,
  today: string,
): AssessmentView {
  const summary = presentAssessmentSummary(row, today);
  return {
    ...summary,
    items: row.items,
    submittedByName: row.submittedByName,
    decision: row.decidedAt
      ? {
          at: row.decidedAt.toISOString(),
          byName: row.decidedByName,
          institutionName: row.decidedByInstitutionName,
          comment: row.decisionComment,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    abilities: assessmentAbilities(
      actor,
      { institutionId: row.institutionId, status: summary.status },
      verifies,
    ),
  };
}

export const presentContractor = (
  institution: ProviderFacts,
  readiness: ProviderReadinessView,
): ContractorView => ({
  institution: { ...institutionRef(institution), city: institution.city },
  readiness,
});
