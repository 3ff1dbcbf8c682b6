import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';
import type { BudgetLineRow } from './budget.repository';

const columns = [
  'year',
  'payer',
  'source',
  'legalBasis',
  'category',
  'description',
  'planned',
  'spent',
] as const;

/** "1234,56": a number Polish Excel reads as such (a comma decimal, no currency, no grouping). */
const decimal = (grosze: number) => `${Math.trunc(grosze / 100)},${String(grosze % 100).padStart(2, '0')}`;

/**
 * The budget lines as CSV for Polish Excel: semicolons, UTF-8 with a byte order mark, the header
 * and the names of sources and categories in the reader's language, amounts in złoty with a
 * decimal comma. Cells Excel would run as formulas are defused (descriptions come from users).
 */
export function budgetCsv(lines: BudgetLineRow[], locale: Locale): string {
  return stringify(
    lines.map((l) => ({
      year: String(l.year),
      payer: l.institutionName,
      source: t(locale, `partnershipPlan:sources.${l.source}`),
      legalBasis: l.legalBasis,
      category: t(locale, `partnershipPlan:categories.${l.category}`),
      description: l.description ?? '',
      planned: decimal(l.plannedGrosze),
      spent: decimal(l.spentGrosze),
    })),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      escape_formulas: true,
      header: true,
      columns: columns.map((key) => ({ key, header: t(locale, `partnershipPlan:budget.csv.${key}`) })),
    },
  );
}
