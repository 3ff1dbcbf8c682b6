import { describe, expect, it } from 'vitest';
import { firstFullBudgetYear, planYears } from '../../../common/contracts/commissioning';
import { answerChecklist, checklistOf } from './checklist';
import { planProgress } from './progress';

describe('a plan covers at least one budget year', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 2026],
    ['2025-07-01', '2026-12-31', 2026],
    ['2026-01-01', '2027-06-30', 2026],
    ['2026-01-02', '2026-12-31', null],
    ['2026-03-01', '2027-02-28', null],
    ['2026-01-01', '2026-12-30', null],
  ])('%s – %s: %s', (startsOn, endsOn, year) => {
    expect(firstFullBudgetYear(startsOn, endsOn)).toBe(year);
  });

  it('lists the years the period touches', () => {
    expect(planYears('2025-07-01', '2027-03-31')).toEqual([2025, 2026, 2027]);
    expect(planYears('2027-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('progress per year', () => {
  it('counts contracts in the year they start, against the target and the baseline', () => {
    const progress = planProgress({
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      baselinePesCount: 1,
      targets: [{ year: 2026, count: 4, value: 100_000, sharePercent: 20 }],
      commissions: [
        { year: 2026, budget: 50_000 },
        { year: 2026, budget: 30_000 },
        { year: 2027, budget: 10_000 },
      ],
      contracts: [
        { startsOn: '2026-02-01', value: 40_000 },
        { startsOn: '2026-09-01', value: 25_000 },
        { startsOn: '2026-12-01', value: 5_000 },
      ],
    });
    expect(progress).toEqual([
      {
        year: 2026,
        target: { year: 2026, count: 4, value: 100_000, sharePercent: 20 },
        plannedCount: 2,
        plannedBudget: 80_000,
        contractedCount: 3,
        contractedValue: 70_000,
        increaseOverBaseline: 2,
        targetReachedPercent: 75,
      },
      {
        year: 2027,
        target: null,
        plannedCount: 1,
        plannedBudget: 10_000,
        contractedCount: 0,
        contractedValue: 0,
        increaseOverBaseline: -1,
        targetReachedPercent: null,
      },
    ]);
  });
});

describe('the quality checklist', () => {
  const items = checklistOf({
    qualificationNames: ['Opiekunka środowiskowa'],
    organisationalResources: ['Koordynator usług'],
    technicalResources: ['Telefon kontaktowy'],
  });

  it('is generated from the card: qualifications, then organisational and technical resources', () => {
    expect(items).toEqual([
      { source: 'qualification', text: 'Personel ma kwalifikacje: Opiekunka środowiskowa' },
      { source: 'organisationalResource', text: 'Koordynator usług' },
      { source: 'technicalResource', text: 'Telefon kontaktowy' },
    ]);
  });

  it('needs exactly one answer per item', () => {
    expect(answerChecklist(items, [{ answer: 'met' }])).toBeNull();
    expect(
      answerChecklist(items, [
        { answer: 'met' },
        { answer: 'notMet', note: 'brak' },
        { answer: 'notApplicable' },
      ]),
    ).toEqual([
      { ...items[0], answer: 'met', note: null },
      { ...items[1], answer: 'notMet', note: 'brak' },
      { ...items[2], answer: 'notApplicable', note: null },
    ]);
  });
});
