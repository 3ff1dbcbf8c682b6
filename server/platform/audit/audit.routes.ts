import { auditListResponse, exportAuditQuery, listAuditQuery } from '../../../common/contracts/audit';
import { contextOf } from '../auth';
import { requirePermission } from '../authz';
import type { RoutesPlugin } from '../http';
import { t } from '../i18n';
import { presentAuditEvent } from './audit.presenter';
import { auditCsv } from './audit-csv';
import { exportAuditEvents, type InstitutionNameLookup, listAuditEvents } from './audit-log.service';

const tags = ['audit'];

/** The day of the export in Warsaw, for the file name. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());

/**
 * The audit log for administrators: a platform administrator reads every event, an institution's
 * administrator those of their institutions. The routes are built with the institution-name
 * lookup because the platform does not import modules.
 */
export const createAuditRoutes =
  ({ institutionName }: { institutionName: InstitutionNameLookup }): RoutesPlugin =>
  async (app, { db }) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags,
          summary: 'Browse the audit log, newest first',
          querystring: listAuditQuery,
          response: { 200: auditListResponse },
        },
        onRequest: requirePermission('audit.read'),
      },
      async (request) => {
        const page = await listAuditEvents(contextOf(request, db), request.query, institutionName);
        return { ...page, items: page.items.map(presentAuditEvent) };
      },
    );

    app.get(
      '/api/audit/export.csv',
      {
        schema: {
          tags,
          summary: 'Export the filtered audit log as CSV (semicolons, UTF-8 with BOM, for Excel)',
          querystring: exportAuditQuery,
        },
        onRequest: requirePermission('audit.read'),
      },
      async (request, reply) => {
        const locale = request.query.lang ?? request.locale;
        const records = await exportAuditEvents(contextOf(request, db), request.query, institutionName);
        const fileName = `${t(locale, 'audit:csv.fileName')}-${today()}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(auditCsv(records, locale));
      },
    );
  };
