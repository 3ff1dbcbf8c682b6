import ExcelJS from 'exceljs';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';
import type { PlanRecord } from './plan.presenter';
import { planProgress } from './progress';

/**
 * The plan with its execution as a workbook officials analyse: the plan and its targets, the
 * commissions, the contracts with their indicators, progress per year and the quality reviews,
 * one sheet each. Amounts are numbers in złoty with a currency format, so they sum in Excel.
 */

const PLN = '#,##0.00 "zł"';

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: string[],
  rows: (string | number | null)[][],
) {
  const ws = workbook.addWorksheet(name);
  ws.addRow(headers).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column) => {
    column.width = 22;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** Formats the given 1-based columns of every row but the header as złoty. */
const money = (ws: ExcelJS.Worksheet, ...columns: number[]) => {
  for (const c of columns) ws.getColumn(c).numFmt = PLN;
};

export async function planXlsx(record: PlanRecord, locale: Locale): Promise<Buffer> {
  const tr = (key: string) => t(locale, `commissioning:${key}`);
  const { row } = record;
  const zl = (grosze: number) => grosze / 100;
  const typeName = (id: string) => record.serviceTypes.get(id)?.name ?? '—';
  const name = (id: string) => record.institutions.get(id)?.name ?? '—';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = row.title;

  const summary = sheet(
    workbook,
    tr('tabs.plan'),
    [tr('fields.title'), row.title],
    [
      [tr('fields.jst'), row.jst.name],
      [tr('fields.state'), tr(`states.${row.state}`)],
      [tr('fields.startsOn'), row.startsOn],
      [tr('fields.endsOn'), row.endsOn],
      [tr('fields.strategicDocumentKind'), tr(`documentKinds.${row.strategicDocumentKind}`)],
      [tr('fields.strategicDocumentName'), row.strategicDocumentName],
      [tr('fields.strategicDocumentNumber'), row.strategicDocumentNumber],
      [tr('fields.resolutionNumber'), row.resolutionNumber],
      [tr('fields.resolutionDate'), row.resolutionDate],
      [tr('fields.baseYear'), row.baseYear],
      [tr('fields.baselinePesCount'), row.baselinePesCount],
      [tr('fields.baselinePesValue'), zl(row.baselinePesValue)],
      [tr('fields.baselineTotalCount'), row.baselineTotalCount],
      [tr('fields.baselineTotalValue'), zl(row.baselineTotalValue)],
    ],
  );
  summary.getColumn(1).width = 55;
  summary.getColumn(2).width = 60;

  money(
    sheet(
      workbook,
      tr('sections.targets'),
      [tr('fields.year'), tr('fields.count'), tr('fields.value'), tr('fields.sharePercent')],
      row.targets.map((target) => [target.year, target.count, zl(target.value), target.sharePercent]),
    ),
    3,
  );

  money(
    sheet(
      workbook,
      tr('tabs.commissions'),
      [
        tr('fields.serviceType'),
        tr('fields.mode'),
        tr('fields.year'),
        tr('fields.quarter'),
        tr('fields.budget'),
        tr('fields.expectedContractors'),
        tr('fields.description'),
      ],
      record.commissions.map((c) => [
        typeName(c.serviceTypeId),
        tr(`modes.${c.mode}`),
        c.year,
        c.quarter,
        zl(c.budget),
        c.expectedContractorIds.map(name).join(', '),
        c.description,
      ]),
    ),
    5,
  );

  const commissionOf = new Map(record.commissions.map((c) => [c.id, c]));
  money(
    sheet(
      workbook,
      tr('tabs.contracts'),
      [
        tr('fields.number'),
        tr('fields.commission'),
        tr('fields.contractor'),
        tr('fields.startsOn'),
        tr('fields.endsOn'),
        tr('fields.value'),
        tr('fields.indicators'),
      ],
      record.contracts.map((c) => [
        c.number,
        typeName(commissionOf.get(c.commissionId)?.serviceTypeId ?? ''),
        name(c.contractorInstitutionId),
        c.startsOn,
        c.endsOn,
        zl(c.value),
        c.indicators.map((i) => `${i.name}: ${i.actual ?? '—'} / ${i.target} ${i.unit}`).join('; '),
      ]),
    ),
    6,
  );

  money(
    sheet(
      workbook,
      tr('sections.progress'),
      [
        tr('progress.year'),
        `${tr('progress.target')} – ${tr('fields.count')}`,
        `${tr('progress.target')} – ${tr('fields.value')}`,
        `${tr('progress.planned')} – ${tr('fields.count')}`,
        `${tr('progress.planned')} – ${tr('fields.budget')}`,
        `${tr('progress.contracted')} – ${tr('fields.count')}`,
        `${tr('progress.contracted')} – ${tr('fields.value')}`,
        tr('progress.increase'),
        `${tr('progress.reached')} (%)`,
      ],
      planProgress({ ...row, commissions: record.commissions, contracts: record.contracts }).map((p) => [
        p.year,
        p.target?.count ?? null,
        p.target ? zl(p.target.value) : null,
        p.plannedCount,
        zl(p.plannedBudget),
        p.contractedCount,
        zl(p.contractedValue),
        p.increaseOverBaseline,
        p.targetReachedPercent,
      ]),
    ),
    3,
    5,
    7,
  );

  sheet(
    workbook,
    tr('tabs.reviews'),
    [
      tr('fields.reviewedOn'),
      tr('fields.contract'),
      tr('fields.reviewer'),
      tr('fields.kind'),
      tr('fields.checklist'),
      tr('fields.findings'),
      tr('fields.recommendations'),
      tr('fields.followUpOn'),
      tr('fields.status'),
    ],
    record.reviews.map((r) => [
      r.reviewedOn,
      record.contracts.find((c) => c.id === r.contractId)?.number ?? '—',
      name(r.reviewerInstitutionId),
      tr(`reviewKinds.${r.kind}`),
      r.checklist.map((item) => `${item.text}: ${tr(`answers.${item.answer}`)}`).join('; '),
      r.findings,
      r.recommendations,
      r.followUpOn,
      tr(`reviewStatuses.${r.status}`),
    ]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
