import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Locale } from '../../../common/i18n';
import { hasKey, t } from '../i18n';
import { type AuditRecord, splitChanges } from './audit.presenter';

const columns = [
  'occurredAt',
  'actor',
  'institution',
  'action',
  'actionCode',
  'entityType',
  'entityId',
  'changes',
  'personalData',
  'requestId',
] as const;
type Column = (typeof columns)[number];

/** "2025-03-01 14:05:09": a form Polish Excel reads as a date and time, in the Warsaw zone. */
const warsawTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const labelOf = (locale: Locale, group: string, code: string) =>
  hasKey(`audit:${group}.${code}`) ? t(locale, `audit:${group}.${code}`) : code;

function valueText(locale: Locale, value: unknown): string {
  if (value === null || value === undefined || value === '') return t(locale, 'audit:emptyValue');
  if (typeof value === 'boolean') return t(locale, value ? 'common:yes' : 'common:no');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Field changes as "field: before → after", other details as "key: value", one per line. */
function changesText(locale: Locale, stored: unknown): string {
  const { changes, details } = splitChanges(stored);
  const lines = changes.map(
    (c) => `${c.field}: ${valueText(locale, c.before)} → ${valueText(locale, c.after)}`,
  );
  for (const [key, value] of Object.entries(details ?? {})) lines.push(`${key}: ${valueText(locale, value)}`);
  return lines.join('\n');
}

function csvRow(locale: Locale, record: AuditRecord): Record<Column, string> {
  return {
    occurredAt: warsawTime.format(record.occurredAt),
    actor: record.actorName ?? t(locale, 'audit:systemActor'),
    institution: record.institutionName ?? record.institutionId ?? '',
    action: labelOf(locale, 'actions', record.action),
    actionCode: record.action,
    entityType: labelOf(locale, 'entityTypes', record.entityType),
    entityId: record.entityId ?? '',
    changes: changesText(locale, record.changes),
    personalData: t(locale, record.personalData ? 'common:yes' : 'common:no'),
    requestId: record.requestId ?? '',
  };
}

/**
 * The log as CSV for Polish Excel: semicolons, UTF-8 with a byte order mark (without it Excel
 * reads the file as cp1250 and garbles Polish letters), the header in the reader's language.
 * Rows stream through as the records arrive; cells that Excel would run as formulas are
 * defused, since names and values come from users.
 */
export function auditCsv(records: AsyncIterable<AuditRecord>, locale: Locale): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const record of records) yield csvRow(locale, record);
    })(),
  );
  const csv = stringify({
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    header: true,
    columns: columns.map((key) => ({ key, header: t(locale, `audit:csv.${key}`) })),
  });
  // A failure or a closed download destroys both ends; the reply reports it, so nothing to add here.
  return pipeline(rows, csv, () => {});
}
