import ExcelJS from 'exceljs';
import type { DiagnosisView } from '../../../common/contracts/staffing-needs';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';

/** A unit as a table names it: the register's name with its kind ("Janów Lubelski (gmina miejsko-wiejska)"). */
const unitName = (unit: TerritorialUnitSummary) => `${unit.displayName} (${unit.description})`;

/**
 * The joint diagnosis as a workbook for the gmina's and powiat's analysts: one row per unit and
 * qualification, the powiat's own rows (providers counted once) before its gminas'. Figures are
 * numbers and dates are dates, so they sum and sort in Excel.
 */
export async function diagnosisXlsx(diagnosis: DiagnosisView, locale: Locale): Promise<Buffer> {
  const tr = (key: string) => t(locale, `staffingNeeds:diagnosis.${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = `${tr('title')}: ${unitName(diagnosis.territory)}`;
  const ws = workbook.addWorksheet(tr('title').slice(0, 31));
  ws.addRow([
    tr('powiat'),
    tr('unit'),
    tr('qualification'),
    tr('headcount'),
    tr('providers'),
    tr('earliestFrom'),
  ]).font = { bold: true };
  for (const powiat of diagnosis.powiats)
    for (const unit of [{ ...powiat, total: true }, ...powiat.gminas.map((g) => ({ ...g, total: false }))])
      for (const need of unit.needs)
        ws.addRow([
          unitName(powiat.unit),
          unit.total ? tr('powiatTotal') : unitName(unit.unit),
          need.qualification.name,
          need.headcount,
          need.providers,
          new Date(`${need.earliestFrom}T00:00:00Z`),
        ]);
  ws.columns.forEach((column) => {
    column.width = 28;
  });
  ws.getColumn(6).numFmt = 'yyyy-mm-dd';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
