import { z } from 'zod';
import { groupOutcomes } from './cooperation-groups';
import { pageOf, pageQuery } from './pagination';

/**
 * The mayor's periodic summary of the cooperation groups (model D): one per closed quarter and
 * gmina, kept as it was counted when the quarter had ended. Counts only, never a person.
 */

/** A calendar quarter: its first and last day (ISO dates). */
export function quarterPeriod(year: number, quarter: number): { from: string; to: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(startMonth)}-01`, to: `${year}-${mm(startMonth + 2)}-${lastDay}` };
}

/** The quarter a day (ISO date) lies in. */
export const quarterOf = (day: string) => ({
  year: Number(day.slice(0, 4)),
  quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1,
});

/** The quarter before this one. */
export const previousQuarter = ({ year, quarter }: { year: number; quarter: number }) =>
  quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };

const institutionRef = z.object({ id: z.uuid(), name: z.string() });

export const periodSummaryCounts = z.object({
  groups: z.object({
    convened: z.number().int(),
    active: z.number().int(),
    closed: z.number().int(),
    closedByOutcome: z.record(z.enum(groupOutcomes), z.number().int()),
  }),
  tasks: z.object({ done: z.number().int(), overdue: z.number().int() }),
});
export type PeriodSummaryCounts = z.infer<typeof periodSummaryCounts>;

export const periodSummaryView = periodSummaryCounts.extend({
  id: z.uuid(),
  jst: institutionRef,
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  from: z.string(),
  to: z.string(),
  /** When the counts were taken: on the first reading after the quarter ended. */
  countedAt: z.string(),
  /** Whether the signed-in user has opened it (until then it is on their home page). */
  opened: z.boolean(),
});
export type PeriodSummaryView = z.infer<typeof periodSummaryView>;

export const listPeriodSummariesQuery = z.strictObject({
  /** The gmina whose summaries to list; the actor's first gmina when left out. */
  jstInstitutionId: z.uuid().optional(),
  year: z.coerce
    .number()
    .int()
    .min(2000, { message: 'commissioning.year' })
    .max(2100, { message: 'commissioning.year' })
    .optional(),
  ...pageQuery,
});
export type ListPeriodSummariesQuery = z.infer<typeof listPeriodSummariesQuery>;

export const periodSummaryListResponse = pageOf(periodSummaryView).extend({
  /** The gmina listed, null when the actor works at none. */
  jst: institutionRef.nullable(),
  /** The gminas the actor works at, to choose among. */
  options: z.array(institutionRef),
});
export type PeriodSummaryListResponse = z.infer<typeof periodSummaryListResponse>;

export const periodSummaryParams = z.object({ id: z.string() });
