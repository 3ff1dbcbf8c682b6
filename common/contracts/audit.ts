import { z } from 'zod';
import { locales } from '../i18n';
import { pageQuery } from './pagination';

/**
 * The list counts matching events only up to this many: an exact count over a log that grows
 * with the country would read millions of rows on every page view. Pages stop there too; older
 * events are reached by narrowing the filters (a date range, an actor, a record).
 */
export const AUDIT_COUNT_CAP = 10_000;

/** At most this many rows per CSV export, with the filters applied. */
export const AUDIT_EXPORT_CAP = 100_000;

const optionalText = (max: number, pattern: RegExp) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(pattern)
    .transform((v) => v || undefined)
    .optional();

/** What the log can be narrowed by; each filter is served by an index of `audit_events`. */
const filterFields = {
  /** First day (yyyy-mm-dd, Europe/Warsaw), inclusive. */
  from: z.iso.date().optional(),
  /** Last day (yyyy-mm-dd, Europe/Warsaw), inclusive. */
  to: z.iso.date().optional(),
  /** An action or its prefix: `institution` finds every `institution.*` event. */
  action: optionalText(100, /^[A-Za-z0-9._-]*$/),
  entityType: optionalText(50, /^[A-Za-z0-9._-]*$/),
  entityId: optionalText(100, /^[A-Za-z0-9._:-]*$/),
  actorId: z.uuid().optional(),
  institutionId: z.uuid().optional(),
};

type DateRange = { from?: string | undefined; to?: string | undefined };
const datesInOrder = (q: DateRange) => !q.from || !q.to || q.from <= q.to;
const dateOrder = { path: ['to'], message: 'field.dateOrder' };

export const auditFiltersQuery = z.strictObject(filterFields).refine(datesInOrder, dateOrder);
export type AuditFilters = z.infer<typeof auditFiltersQuery>;

export const listAuditQuery = z
  .strictObject({ ...filterFields, ...pageQuery })
  .refine(datesInOrder, dateOrder)
  .superRefine((q, ctx) => {
    const lastPage = Math.ceil(AUDIT_COUNT_CAP / q.pageSize);
    if (q.page > lastPage)
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: lastPage,
        inclusive: true,
        path: ['page'],
        input: q.page,
      });
  });
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

/** `lang` picks the header's language: a download link cannot send the interface language as a header. */
export const exportAuditQuery = z
  .strictObject({ ...filterFields, lang: z.enum(locales).optional() })
  .refine(datesInOrder, dateOrder);
export type ExportAuditQuery = z.infer<typeof exportAuditQuery>;

export const auditChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type AuditChange = z.infer<typeof auditChange>;

/** One event as staff see it: who, for which institution, did what to which record, and what changed. */
export const auditEventView = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** `id` null: the platform itself (seeding, imports) or a person not signed in (a failed sign-in). */
  actor: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  institution: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  /** Fields changed by the event, each with the value before and after. */
  changes: z.array(auditChange),
  /** Facts of an event that is not a change of fields (e.g. how a user signed in). */
  details: z.record(z.string(), z.unknown()).nullable(),
  personalData: z.boolean(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

export const auditListResponse = z.object({
  items: z.array(auditEventView),
  /** Exact up to {@link AUDIT_COUNT_CAP}; `totalCapped` says there are more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditListResponse = z.infer<typeof auditListResponse>;
