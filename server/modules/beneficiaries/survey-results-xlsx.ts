import ExcelJS from 'exceljs';
import type { SurveyResultsView } from '../../../common/contracts/person-survey';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';

/**
 * The monitoring of the person's voice as a workbook the partnership's evaluator analyses: the
 * counts and averages per milestone, then the proposals and what helped, one sheet each. Like the
 * view, it holds no name, date or id that would link a text to a person.
 */
export async function surveyResultsXlsx(results: SurveyResultsView, locale: Locale): Promise<Buffer> {
  const tr = (key: string) => t(locale, `personVoice:${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = `${tr('results.title')} — ${results.partnership.name}`;
  const sheet = (name: string, headers: string[], rows: (string | number | null)[][]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((column) => {
      column.width = 24;
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  sheet(
    tr('results.counts'),
    [
      tr('fields.milestone'),
      tr('results.issued'),
      tr('results.answered'),
      tr('states.open'),
      tr('states.expired'),
      tr('states.revoked'),
      tr('ratings.useful'),
      tr('ratings.respectful'),
      tr('ratings.onTime'),
    ],
    results.milestones.map((m) => [
      tr(`milestones.${m.milestone}`),
      m.issued,
      m.answered,
      m.open,
      m.expired,
      m.revoked,
      m.averages.useful,
      m.averages.respectful,
      m.averages.onTime,
    ]),
  );
  const texts = (name: string, rows: SurveyResultsView['proposals']) =>
    (sheet(
      name,
      [tr('fields.milestone'), tr('results.text')],
      rows.map((r) => [tr(`milestones.${r.milestone}`), r.text]),
    ).getColumn(2).width = 80);
  texts(tr('results.proposals'), results.proposals);
  texts(tr('results.helped'), results.helped);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
