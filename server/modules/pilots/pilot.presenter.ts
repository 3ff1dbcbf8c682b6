import {
  type CandidateView,
  type ExpertView,
  type PilotSummary,
  type PilotView,
  rankCandidates,
  TRAINING_DAYS,
  testingEndsOn,
} from '../../../common/contracts/pilots';
import type { InstitutionType } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canAssessOutcomes,
  canManagePilot,
  canReviewQuality,
  reportingSites,
  testingAccess,
} from './pilot.policy';
import type { CandidateRow, CaretakerRow, ExpertRow, PilotRow } from './pilot.repository';

/** A pilot with everything its page shows, and the names its ids stand for. */
export interface PilotRecord {
  pilot: PilotRow;
  candidates: CandidateRow[];
  experts: ExpertRow[];
  caretakers: CaretakerRow[];
  institutions: Map<string, { id: string; name: string; type: InstitutionType }>;
  users: Map<string, { id: string; displayName: string }>;
}

/** An expert is trained once present on every one of the 9 days (seed 001). */
export const isTrained = (e: Pick<ExpertRow, 'attendedDays'>) =>
  new Set(e.attendedDays).size === TRAINING_DAYS;

export const chosenSites = (r: PilotRecord) =>
  r.candidates.filter((c) => c.state === 'chosen').map((c) => ({ id: c.id, institutionId: c.institutionId }));

export const siteName = (r: PilotRecord, candidateId: string) => {
  const c = r.candidates.find((x) => x.id === candidateId);
  return c ? (r.institutions.get(c.institutionId)?.name ?? '') : '';
};

export function ranking(r: PilotRecord) {
  return rankCandidates(
    r.candidates.map((c) => ({
      ...c,
      owesRecommended: !!c.owesRecommendedById,
      appliedAt: c.createdAt.toISOString(),
      rejected: c.state === 'rejected',
    })),
    r.pilot.sitesToChoose,
  );
}

export function presentSummary(
  p: PilotRow,
  organiserName: string,
  counts: { candidatesCount: number; chosenCount: number },
): PilotSummary {
  return {
    id: p.id,
    name: p.name,
    organiser: { id: p.organiserInstitutionId, name: organiserName },
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    testingStartsOn: p.testingStartsOn,
    testingMonths: p.testingMonths,
    testingEndsOn: testingEndsOn(p.testingStartsOn, p.testingMonths),
    sitesToChoose: p.sitesToChoose,
    state: p.state,
    ...counts,
  };
}

export function presentPilot(r: PilotRecord, actor: Actor | null): PilotView {
  const { pilot } = r;
  const manage = canManagePilot(actor, pilot);
  const ref = (id: string | null) => (id ? { id, name: r.institutions.get(id)?.name ?? '' } : null);
  const person = (id: string | null) => (id ? { id, displayName: r.users.get(id)?.displayName ?? '' } : null);
  const expertName = new Map(r.experts.map((e) => [e.id, e.name]));
  const candidates: CandidateView[] = ranking(r).map(({ item: c, score, rank, tie, withinLimit }) => ({
    id: c.id,
    institution: {
      id: c.institutionId,
      name: r.institutions.get(c.institutionId)?.name ?? '',
      type: r.institutions.get(c.institutionId)?.type ?? 'other',
    },
    organiserType: c.organiserType,
    yearsOfExperience: c.yearsOfExperience,
    sectionsCount: c.sectionsCount,
    cooperatingPesCount: c.cooperatingPesCount,
    owesRecommendedBy: ref(c.owesRecommendedById),
    score,
    rank,
    tie,
    withinLimit,
    state: c.state,
    rejectionReason: c.rejectionReason,
    caretakers: r.caretakers
      .filter((k) => k.candidateId === c.id)
      .map((k) => ({ id: k.id, expertId: k.expertId, name: expertName.get(k.expertId) ?? '' })),
    appliedAt: c.appliedAt,
    version: c.version,
  }));
  const experts: ExpertView[] = r.experts.map((e) => {
    const caretaking = r.caretakers.find((k) => k.expertId === e.id);
    return {
      id: e.id,
      name: e.name,
      email: manage ? e.email : null,
      nominatedBy: ref(e.nominatedByInstitutionId),
      attendedDays: [...e.attendedDays].sort((a, b) => a - b),
      trained: isTrained(e),
      site: caretaking
        ? {
            candidateId: caretaking.candidateId,
            caretakerId: caretaking.id,
            name: siteName(r, caretaking.candidateId),
          }
        : null,
      version: e.version,
    };
  });
  const chosen = chosenSites(r);
  return {
    ...presentSummary(pilot, r.institutions.get(pilot.organiserInstitutionId)?.name ?? '', {
      candidatesCount: r.candidates.length,
      chosenCount: chosen.length,
    }),
    qualitySpecialist: person(pilot.qualitySpecialistUserId),
    learningExpert: person(pilot.learningExpertUserId),
    candidates,
    experts,
    version: pilot.version,
    abilities: {
      manage,
      choose: manage && pilot.state === 'recruiting' && candidates.some((c) => c.state === 'candidate'),
      readTesting: testingAccess(actor, pilot, chosen) !== null,
      reportSites: reportingSites(actor, pilot, chosen),
      review: canReviewQuality(actor, pilot),
      assess: canAssessOutcomes(actor, pilot),
    },
  };
}
