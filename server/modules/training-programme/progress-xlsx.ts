import ExcelJS from 'exceljs';
import type { ProgressView } from '../../../common/contracts/training-programme';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';

/**
 * Progress by voivodeship as a workbook officials analyse and report from: one row per
 * voivodeship (all 16, zeros included) and the country's total, counts as numbers so they sum.
 */
export async function progressXlsx(
  programmeName: string,
  progress: ProgressView,
  locale: Locale,
): Promise<Buffer> {
  const tr = (key: string) => t(locale, `trainingProgramme:${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = programmeName;
  const ws = workbook.addWorksheet(tr('tabs.progress'));
  ws.addRow([programmeName]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const columns = [
    'enrolled',
    'priority',
    'trained',
    'advisoryMinimumMet',
    'visitsDone',
    'plansAdopted',
  ] as const;
  ws.addRow([tr('progress.voivodeship'), ...columns.map((c) => tr(`progress.${c}`))]).font = { bold: true };
  for (const row of progress.rows) ws.addRow([row.voivodeshipName, ...columns.map((c) => row[c])]);
  ws.addRow([tr('progress.total'), ...columns.map((c) => progress.total[c])]).font = { bold: true };
  ws.addRow([tr('progress.targetJsts'), progress.targetJsts]);
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= columns.length + 1; c++) ws.getColumn(c).width = 20;
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
