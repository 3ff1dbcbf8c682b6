/**
 * How candidate sites of a pilot are scored and ranked (seed 001, "Nowy model współpracy
 * instytucji zatrudnienia socjalnego", invitation of 20 June 2019):
 *
 * > Do testowania zaprosimy 30 podmiotów w oparciu o następujące kryteria:
 * > a) organizatora pzs [ngo/jst];
 * > b) doświadczenie/staż pzs [wiek];
 * > c) potencjał do świadczenia usług społecznych [sekcje, współpracę z innymi PES itp..];
 * > d) rekomendację lokalnego OWES.
 *
 * The invitation publishes the four criteria but no points. The points below are the platform's
 * reading of them, kept in this one table so the ranking, the form's hints and the XLSX all say
 * the same, and so a published table can replace it in one place:
 * - a) an NGO-run social employment institution scores higher than a JST-run one: the model is
 *   tested on commissioning services by a JST to a non-public provider, which a JST's own budget
 *   unit cannot be;
 * - b) experience in whole years of running the CIS/KIS, in steps (a new one has no track record);
 * - c) potential: the sections (workshops) it runs and the PES it already works with, each capped;
 * - d) a recommendation by the local OWES, the model's animator, weighs as much as experience.
 */
export const organiserTypes = ['ngo', 'jst'] as const;
export type OrganiserType = (typeof organiserTypes)[number];

export const scoringRules = {
  organiser: { ngo: 10, jst: 5 } satisfies Record<OrganiserType, number>,
  /** Points from this many whole years up, the highest step reached counts. */
  experienceSteps: [
    { fromYears: 10, points: 20 },
    { fromYears: 5, points: 15 },
    { fromYears: 2, points: 10 },
    { fromYears: 0, points: 0 },
  ],
  pointsPerSection: 5,
  maxSectionPoints: 20,
  pointsPerCooperatingPes: 5,
  maxCooperationPoints: 15,
  owesRecommendation: 20,
} as const;

export const maxScore = 10 + 20 + 20 + 15 + 20;

export interface CriteriaValues {
  organiserType: OrganiserType;
  yearsOfExperience: number;
  sectionsCount: number;
  cooperatingPesCount: number;
  owesRecommended: boolean;
}

export interface ScoreBreakdown {
  organiser: number;
  experience: number;
  potential: number;
  owesRecommendation: number;
  total: number;
}

export function scoreCandidate(c: CriteriaValues): ScoreBreakdown {
  const organiser = scoringRules.organiser[c.organiserType];
  const experience =
    scoringRules.experienceSteps.find((s) => c.yearsOfExperience >= s.fromYears)?.points ?? 0;
  const potential =
    Math.min(c.sectionsCount * scoringRules.pointsPerSection, scoringRules.maxSectionPoints) +
    Math.min(c.cooperatingPesCount * scoringRules.pointsPerCooperatingPes, scoringRules.maxCooperationPoints);
  const owesRecommendation = c.owesRecommended ? scoringRules.owesRecommendation : 0;
  return {
    organiser,
    experience,
    potential,
    owesRecommendation,
    total: organiser + experience + potential + owesRecommendation,
  };
}

/** Which rule put one of two candidates with the same total ahead of the other. */
export const tieBreakers = ['potential', 'experience', 'appliedAt'] as const;
export type TieBreaker = (typeof tieBreakers)[number];

export interface RankInput extends CriteriaValues {
  id: string;
  /** When the candidate applied (ISO): the earlier application wins the last tie. */
  appliedAt: string;
  rejected: boolean;
}

export interface Ranked<T> {
  item: T;
  score: ScoreBreakdown;
  /** 1-based place among candidates not rejected; null for a rejected one. */
  rank: number | null;
  /** Shares its total with another ranked candidate, and what decided between them. */
  tie: { decidedBy: TieBreaker } | null;
  /** Within the number of sites to choose. */
  withinLimit: boolean;
}

const decider = (a: RankInput, b: RankInput, sa: ScoreBreakdown, sb: ScoreBreakdown): TieBreaker =>
  sa.potential !== sb.potential
    ? 'potential'
    : a.yearsOfExperience !== b.yearsOfExperience
      ? 'experience'
      : 'appliedAt';

/**
 * The ranking: the total first; on equal totals the higher potential (criterion c, the one the
 * pilot is about), then the longer experience, then the earlier application. Rejected candidates
 * come last, unranked. A tie is reported on each tied candidate with the rule that settled it
 * against its neighbour, so the list explains who is in when the limit cuts through a tie.
 */
export function rankCandidates<T extends RankInput>(items: T[], limit: number): Ranked<T>[] {
  const scored = items.map((item) => ({ item, score: scoreCandidate(item) }));
  const compare = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.score.total - a.score.total ||
    b.score.potential - a.score.potential ||
    b.item.yearsOfExperience - a.item.yearsOfExperience ||
    a.item.appliedAt.localeCompare(b.item.appliedAt) ||
    a.item.id.localeCompare(b.item.id);
  const active = scored.filter((s) => !s.item.rejected).sort(compare);
  const ranked: Ranked<T>[] = active.map((s, i) => {
    const before = active[i - 1];
    const after = active[i + 1];
    const neighbour =
      before && before.score.total === s.score.total
        ? before
        : after && after.score.total === s.score.total
          ? after
          : null;
    return {
      ...s,
      rank: i + 1,
      tie: neighbour
        ? {
            decidedBy:
              neighbour === before
                ? decider(before.item, s.item, before.score, s.score)
                : decider(s.item, neighbour.item, s.score, neighbour.score),
          }
        : null,
      withinLimit: i < limit,
    };
  });
  const rejected = scored
    .filter((s) => s.item.rejected)
    .map((s) => ({ ...s, rank: null, tie: null, withinLimit: false }));
  return [...ranked, ...rejected];
}
