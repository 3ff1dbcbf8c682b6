import { describe, expect, it } from 'vitest';
import {
  completedTraining,
  jstTrained,
  recruitmentPriority,
} from '../../../common/contracts/training-programme';
import { aggregateProgress, type ParticipantFacts } from './progress';

const fact = (overrides: Partial<ParticipantFacts> = {}): ParticipantFacts => ({
  voivodeshipCode: '06',
  priority: false,
  completedPeople: 0,
  advisoryMinutes: 0,
  visited: false,
  planAdopted: false,
  ...overrides,
});

describe('progress by voivodeship', () => {
  it('lists all 16 voivodeships with zeros where nobody is enrolled', () => {
    const { rows, total } = aggregateProgress([], new Map([['06', 'lubelskie']]));
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => r.enrolled === 0 && r.plansAdopted === 0)).toBe(true);
    expect(rows.find((r) => r.voivodeshipCode === '06')?.voivodeshipName).toBe('lubelskie');
    expect(total.enrolled).toBe(0);
  });

  it('counts a JST trained only with two people completed, and advisory only from 5 hours', () => {
    const { rows, total } = aggregateProgress(
      [
        fact({ completedPeople: 2, advisoryMinutes: 300, visited: true, planAdopted: true, priority: true }),
        fact({ completedPeople: 1, advisoryMinutes: 299 }),
        fact({ voivodeshipCode: '14', completedPeople: 3 }),
      ],
      new Map(),
    );
    expect(rows.find((r) => r.voivodeshipCode === '06')).toMatchObject({
      enrolled: 2,
      priority: 1,
      trained: 1,
      advisoryMinimumMet: 1,
      visitsDone: 1,
      plansAdopted: 1,
    });
    expect(rows.find((r) => r.voivodeshipCode === '14')).toMatchObject({ enrolled: 1, trained: 1 });
    expect(total).toMatchObject({ enrolled: 3, trained: 2, advisoryMinimumMet: 1 });
  });
});

describe("the seed's rules", () => {
  it('a person completes the training only by attending all four days', () => {
    expect(completedTraining([true, true, true, true])).toBe(true);
    expect(completedTraining([true, true, false, true])).toBe(false);
    expect(completedTraining([true, true, true, null])).toBe(false);
    expect(completedTraining([true, true, true])).toBe(false);
    expect(jstTrained(1)).toBe(false);
    expect(jstTrained(2)).toBe(true);
  });

  it('gives priority to a JST that commissioned nothing to PES, and ranks the rest by the PES share', () => {
    expect(recruitmentPriority({ pesCount: 0, pesValue: 0, totalCount: 4, totalValue: 100_000 })).toEqual({
      score: 0,
      priority: true,
    });
    expect(
      recruitmentPriority({ pesCount: 2, pesValue: 25_000, totalCount: 4, totalValue: 100_000 }),
    ).toEqual({
      score: 250,
      priority: false,
    });
    expect(recruitmentPriority({ pesCount: 0, pesValue: 0, totalCount: 0, totalValue: 0 })).toEqual({
      score: 0,
      priority: true,
    });
  });
});
