import ExcelJS from 'exceljs';
import type { ProgrammeView } from '../../../common/contracts/preparation-programmes';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';

/**
 * The participants' progress sheet an official files with the programme's documentation: one row
 * per participant, the hours attended per module (numbers, so they sum in Excel), the modules
 * completed, the qualification obtained and what became of the match to a staffing need.
 */
export async function progressXlsx(programme: ProgrammeView, locale: Locale): Promise<Buffer> {
  const tr = (key: string, params?: Record<string, unknown>) =>
    t(locale, `preparationProgrammes:${key}`, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = `${tr('xlsx.title')}: ${programme.title}`;
  const ws = workbook.addWorksheet(tr('xlsx.title').slice(0, 31));
  ws.addRow([tr('xlsx.title'), programme.title]).font = { bold: true };
  ws.addRow([tr('fields.institution'), programme.institution.name]);
  ws.addRow([tr('fields.kind'), tr(`kinds.${programme.kind}`)]);
  ws.addRow([tr('fields.period'), `${programme.startsOn} – ${programme.endsOn}`]);
  ws.addRow([tr('fields.qualifications'), programme.qualifications.map((q) => q.name).join(', ')]);
  ws.addRow([]);
  const header = [
    tr('participants.label'),
    tr('participants.state'),
    ...programme.modules.map((m) => `${m.title} (${tr('xlsx.hoursOf', { hours: m.plannedHours })})`),
    tr('xlsx.totalHours'),
    tr('xlsx.modulesCompleted'),
    tr('participants.qualificationObtained'),
    tr('participants.examPassedOn'),
    tr('xlsx.match'),
  ];
  ws.addRow(header).font = { bold: true };
  const headerRow = ws.rowCount;
  for (const p of programme.participants ?? []) {
    const hours = programme.modules.map(
      (m) => p.progress.find((e) => e.moduleId === m.id)?.hoursAttended ?? 0,
    );
    const match = p.matches.at(-1);
    ws.addRow([
      p.label,
      tr(`participantStates.${p.state}`),
      ...hours,
      hours.reduce((a, b) => a + b, 0),
      `${p.progress.filter((e) => e.completed).length}/${programme.modules.length}`,
      p.qualificationObtained?.name ?? '',
      p.examPassedOn ? new Date(`${p.examPassedOn}T00:00:00Z`) : '',
      match
        ? `${match.need.institution.name}, ${match.need.position}: ${tr(`matchResults.${match.result}`)}`
        : '',
    ]);
  }
  ws.columns.forEach((column) => {
    column.width = 22;
  });
  ws.getColumn(header.length - 1).numFmt = 'yyyy-mm-dd';
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
