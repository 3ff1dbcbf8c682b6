import ExcelJS from 'exceljs';
import type { ExportContractorsQuery } from '../../../common/contracts/provider-readiness';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';
import type { ContractorsExport } from './contractors.service';

/**
 * A service type's contractors as a workbook a local government plans its commissions with: one
 * row per provider, in the list's order (those ready first), with its territory split into
 * voivodeship, powiat and gmina so officials can filter and count by area, and validity dates as
 * real dates. A second sheet says what the workbook holds: the service type, its legal basis,
 * the filters and the day readiness was read.
 */

const DATE = 'yyyy-mm-dd';
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The voivodeship, powiat and gmina a provider's unit lies in, each null when above the unit. */
function territoryOf(unit: TerritorialUnitSummary | null) {
  const path = unit ? [...unit.ancestors, unit] : [];
  const at = (...levels: string[]) => path.find((u) => levels.includes(u.level))?.displayName ?? null;
  return {
    voivodeship: at('voivodeship'),
    powiat: at('powiat'),
    gmina: at('gmina', 'gminaPart'),
  };
}

export async function contractorsXlsx(
  data: ContractorsExport,
  query: ExportContractorsQuery,
  locale: Locale,
): Promise<Buffer> {
  const tr = (key: string, params?: Record<string, unknown>) => t(locale, `providerReadiness:${key}`, params);
  const date = (iso: string | null) => iso ?? '—';
  const item = (i: { key: string; text: string | null }) => i.text ?? tr(`items.${i.key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = `${tr('contractors.title')} — ${data.serviceType.name}`;

  const ws = workbook.addWorksheet(tr('export.sheet'));
  ws.columns = [
    { header: tr('export.columns.provider'), width: 40 },
    { header: tr('export.columns.institutionType'), width: 28 },
    { header: tr('export.columns.voivodeship'), width: 18 },
    { header: tr('export.columns.powiat'), width: 22 },
    { header: tr('export.columns.gmina'), width: 22 },
    { header: tr('export.columns.territoryCode'), width: 12 },
    { header: tr('export.columns.city'), width: 20 },
    { header: tr('export.columns.ready'), width: 10 },
    { header: tr('export.columns.state'), width: 40 },
    { header: tr('export.columns.validFrom'), width: 14, style: { numFmt: DATE } },
    { header: tr('export.columns.validUntil'), width: 14, style: { numFmt: DATE } },
    { header: tr('export.columns.reason'), width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const { institution, territory, readiness } of data.items) {
    const area = territoryOf(territory);
    const reason = [
      readiness.ready
        ? null
        : tr(`contractors.reasons.${readiness.reason}`, {
            until: date(readiness.validUntil),
            from: date(readiness.validFrom),
            date: date(readiness.expiredOn),
          }),
      readiness.missingItems.length
        ? tr('contractors.missing', { items: readiness.missingItems.map(item).join('; ') })
        : null,
    ]
      .filter(Boolean)
      .join('\n');
    ws.addRow([
      institution.name,
      t(locale, `institutions:types.${institution.type}`),
      area.voivodeship,
      area.powiat,
      area.gmina,
      institution.territoryCode,
      institution.city,
      tr(readiness.ready ? 'export.yes' : 'export.no'),
      tr(`export.states.${readiness.reason}`),
      asDate(readiness.validFrom),
      asDate(readiness.validUntil),
      reason || null,
    ]);
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 12 } };

  const about = workbook.addWorksheet(tr('export.aboutSheet'));
  about.columns = [{ width: 30 }, { width: 90 }];
  const filters = [
    query.q ? `${tr('export.filterQ')}: ${query.q}` : null,
    query.readyOnly ? tr('contractors.readyOnly') : null,
  ].filter(Boolean);
  for (const [label, value] of [
    [tr('export.about.serviceType'), `${data.serviceType.name} (${data.serviceType.code})`],
    [tr('export.about.legalBasis'), data.serviceType.legalBasis.join('\n')],
    [tr('export.about.readOn'), data.today],
    [tr('export.about.filters'), filters.join('; ') || tr('export.about.noFilters')],
    [tr('export.about.count'), data.items.length],
  ] as const)
    about.addRow([label, value]).getCell(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
