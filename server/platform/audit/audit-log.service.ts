import {
  AUDIT_COUNT_CAP,
  AUDIT_EXPORT_CAP,
  type AuditFilters,
  type ListAuditQuery,
} from '../../../common/contracts/audit';
import { type Ctx, hasPermission, inTransaction, requireActor } from '../authz';
import type { Executor } from '../db';
import { AppError } from '../errors';
import { auditScopeOf, isEmptyScope, narrowAuditScope } from './audit.policy';
import type { AuditRecord } from './audit.presenter';
import {
  type AuditRow,
  type AuditScope,
  auditConditions,
  findAuditPage,
  streamAuditRows,
} from './audit.repository';
import { recordAudit } from './audit.service';

/**
 * How the log learns an institution's name. The platform may not import modules, so the app
 * builder passes the institutions module's lookup in.
 */
export type InstitutionNameLookup = (db: Executor, institutionId: string) => Promise<string | null>;

export interface AuditPage {
  items: AuditRecord[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

function readerScope(ctx: Ctx, institutionId: string | undefined): AuditScope {
  requireActor(ctx);
  if (!hasPermission(ctx.actor, 'audit.read')) throw new AppError('forbidden', 'forbidden');
  return narrowAuditScope(auditScopeOf(ctx.actor), institutionId);
}

/** Looks each institution up once per call, however many events name it. */
function withNames(db: Executor, lookup: InstitutionNameLookup) {
  const cache = new Map<string, Promise<string | null>>();
  return async (row: AuditRow): Promise<AuditRecord> => {
    if (!row.institutionId) return { ...row, institutionName: null };
    let name = cache.get(row.institutionId);
    if (!name) {
      name = lookup(db, row.institutionId);
      cache.set(row.institutionId, name);
    }
    return { ...row, institutionName: await name };
  };
}

/**
 * A page of the log, newest first. Reading the log is not itself logged: it holds no personal
 * data beyond the names of staff who acted, which the reader (an administrator) may see anyway,
 * and logging every page view would bury the events the log exists for. Exports are logged.
 */
export async function listAuditEvents(
  ctx: Ctx,
  query: ListAuditQuery,
  institutionName: InstitutionNameLookup,
): Promise<AuditPage> {
  const scope = readerScope(ctx, query.institutionId);
  const empty = { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
  if (isEmptyScope(scope)) return empty;
  const { rows, total, capped } = await findAuditPage(ctx.db, auditConditions(query, scope), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    cap: AUDIT_COUNT_CAP,
  });
  const named = withNames(ctx.db, institutionName);
  return { ...empty, items: await Promise.all(rows.map(named)), total, totalCapped: capped };
}

/**
 * Every event matching the filters (up to {@link AUDIT_EXPORT_CAP}), for the CSV export. The
 * export takes the log out of the platform, so it is recorded first, in each institution whose
 * events it may carry, so that institution's administrators see who took a copy.
 */
export async function exportAuditEvents(
  ctx: Ctx,
  filters: AuditFilters,
  institutionName: InstitutionNameLookup,
): Promise<AsyncIterable<AuditRecord>> {
  const scope = readerScope(ctx, filters.institutionId);
  const { from, to, action, entityType, entityId, actorId, institutionId } = filters;
  const recorded = { from, to, action, entityType, entityId, actorId, institutionId };
  await inTransaction(ctx, async (tctx) => {
    for (const id of scope === 'all' ? [filters.institutionId ?? null] : scope)
      await recordAudit(tctx, {
        action: 'audit.export',
        entityType: 'auditLog',
        institutionId: id,
        changes: { filters: recorded },
      });
  });
  if (isEmptyScope(scope)) return (async function* () {})();
  const rows = streamAuditRows(ctx.db, auditConditions(filters, scope), AUDIT_EXPORT_CAP);
  const named = withNames(ctx.db, institutionName);
  return (async function* () {
    for await (const row of rows) yield named(row);
  })();
}
