/**
 * The months of a pilot's testing period (seed 001: "przez okres 14 miesięcy. Rozpoczęcie
 * testowania planujemy na 1 września 2019 roku"). Month 1 starts on the testing start date; a
 * site reports on each month once it has ended, by the 10th day of the next month: after that the
 * report is late, and a month past that day without a report is missing.
 */
export const DEFAULT_TESTING_MONTHS = 14;
export const DEFAULT_SITES_TO_CHOOSE = 30;
/** The 9-day training an expert caretaker must complete before being employed (seed 001). */
export const TRAINING_DAYS = 9;
/** Two expert caretakers per site (seed 001: "po 2 ekspertów – opiekunów testowania"). */
export const CARETAKERS_PER_SITE = 2;
export const REPORT_DUE_DAY = 10;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addMonths = (isoDate: string, months: number) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
};

export interface TestingMonth {
  month: number;
  /** First day of the month, inclusive. */
  from: string;
  /** Last day of the month, inclusive. */
  to: string;
  /** The last day a report is on time. */
  dueOn: string;
}

export function testingMonth(startsOn: string, month: number): TestingMonth {
  const from = addMonths(startsOn, month - 1);
  const next = addMonths(startsOn, month);
  const to = new Date(next.getTime() - 86_400_000);
  const due = new Date(next.getTime() + (REPORT_DUE_DAY - 1) * 86_400_000);
  return { month, from: iso(from), to: iso(to), dueOn: iso(due) };
}

/** The last day of the testing period. */
export const testingEndsOn = (startsOn: string, months: number) => testingMonth(startsOn, months).to;

export const monthStatuses = ['filed', 'late', 'missing', 'due', 'upcoming'] as const;
export type MonthStatus = (typeof monthStatuses)[number];

/**
 * Where a site stands with one month's report on `today`: filed (on time) or late, missing once
 * the due day passed without one, due while the month runs or the report may still come on time,
 * upcoming before the month starts.
 */
export function monthStatus(m: TestingMonth, filedOn: string | null, today: string): MonthStatus {
  if (filedOn) return filedOn > m.dueOn ? 'late' : 'filed';
  if (today < m.from) return 'upcoming';
  return today > m.dueOn ? 'missing' : 'due';
}
