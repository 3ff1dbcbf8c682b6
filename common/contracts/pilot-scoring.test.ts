import { describe, expect, it } from 'vitest';
import { monthStatus, testingEndsOn, testingMonth } from './pilot-months';
import { maxScore, rankCandidates, scoreCandidate } from './pilot-scoring';

const base = {
  organiserType: 'ngo' as const,
  yearsOfExperience: 0,
  sectionsCount: 0,
  cooperatingPesCount: 0,
  owesRecommended: false,
};
const candidate = (id: string, overrides: Partial<typeof base> = {}, appliedAt = '2026-01-01T00:00:00Z') => ({
  ...base,
  ...overrides,
  id,
  appliedAt,
  rejected: false,
});

describe('scoring a candidate site on the published criteria', () => {
  it('gives the most to an NGO-run site of 10+ years, 4 sections, 3 PES and an OWES recommendation', () => {
    const best = scoreCandidate({
      organiserType: 'ngo',
      yearsOfExperience: 10,
      sectionsCount: 4,
      cooperatingPesCount: 3,
      owesRecommended: true,
    });
    expect(best).toEqual({
      organiser: 10,
      experience: 20,
      potential: 35,
      owesRecommendation: 20,
      total: maxScore,
    });
  });

  it('counts experience in steps and caps the potential', () => {
    expect(scoreCandidate({ ...base, yearsOfExperience: 1 }).experience).toBe(0);
    expect(scoreCandidate({ ...base, yearsOfExperience: 2 }).experience).toBe(10);
    expect(scoreCandidate({ ...base, yearsOfExperience: 9 }).experience).toBe(15);
    expect(scoreCandidate({ ...base, sectionsCount: 40, cooperatingPesCount: 40 }).potential).toBe(35);
    expect(scoreCandidate({ ...base, organiserType: 'jst' }).organiser).toBe(5);
  });
});

describe('ranking candidates', () => {
  it('settles equal totals by potential, then experience, then the earlier application, and says so', () => {
    const ranked = rankCandidates(
      [
        candidate('late', { sectionsCount: 2 }, '2026-02-01T00:00:00Z'),
        candidate('early', { sectionsCount: 2 }, '2026-01-01T00:00:00Z'),
        candidate('owes', { owesRecommended: true }),
        candidate('potential', { sectionsCount: 4 }),
      ],
      2,
    );
    expect(
      ranked.map((r) => [r.item.id, r.score.total, r.rank, r.tie?.decidedBy ?? null, r.withinLimit]),
    ).toEqual([
      ['potential', 30, 1, 'potential', true],
      ['owes', 30, 2, 'potential', true],
      ['early', 20, 3, 'appliedAt', false],
      ['late', 20, 4, 'appliedAt', false],
    ]);
  });

  it('puts rejected candidates last and unranked, outside the limit', () => {
    const ranked = rankCandidates(
      [{ ...candidate('x', { owesRecommended: true }), rejected: true }, candidate('y')],
      5,
    );
    expect(ranked.map((r) => [r.item.id, r.rank, r.withinLimit])).toEqual([
      ['y', 1, true],
      ['x', null, false],
    ]);
  });
});

describe('months of the testing period', () => {
  it('runs 14 months from 1 September 2019 to 31 October 2020, reports due by the 10th of the next month', () => {
    expect(testingMonth('2019-09-01', 1)).toEqual({
      month: 1,
      from: '2019-09-01',
      to: '2019-09-30',
      dueOn: '2019-10-10',
    });
    expect(testingEndsOn('2019-09-01', 14)).toBe('2020-10-31');
  });

  it('tells filed, late, missing, due and upcoming months apart', () => {
    const m = testingMonth('2019-09-01', 1);
    expect(monthStatus(m, '2019-10-10', '2020-01-01')).toBe('filed');
    expect(monthStatus(m, '2019-10-11', '2020-01-01')).toBe('late');
    expect(monthStatus(m, null, '2019-10-11')).toBe('missing');
    expect(monthStatus(m, null, '2019-09-15')).toBe('due');
    expect(monthStatus(m, null, '2019-08-31')).toBe('upcoming');
  });
});
