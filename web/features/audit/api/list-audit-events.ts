import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditListResponse } from '../../../../common/contracts/audit';
import { api, queryString } from '../../../lib/api';
import { currentLocale } from '../../../lib/i18n';

/** The log page's state, kept in the address so a filtered view can be bookmarked and shared. */
export interface AuditSearch {
  from?: string;
  to?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  institutionId?: string;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const page = Number(search.page);
  const parsed: AuditSearch = {
    from: text(search.from),
    to: text(search.to),
    action: text(search.action),
    entityType: text(search.entityType),
    entityId: text(search.entityId),
    actorId: text(search.actorId),
    institutionId: text(search.institutionId),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 25;

export const listAuditEvents = (search: AuditSearch) =>
  api<AuditListResponse>('GET', `/api/audit${queryString({ ...search, pageSize: PAGE_SIZE })}`);

export const auditEventsQuery = (search: AuditSearch) =>
  queryOptions({
    queryKey: ['audit', 'list', search],
    queryFn: () => listAuditEvents(search),
    placeholderData: keepPreviousData,
  });

export const useAuditEvents = (search: AuditSearch) => useQuery(auditEventsQuery(search));

/** The download address of the CSV with the same filters, its header in the interface language. */
export function auditExportUrl(search: AuditSearch): string {
  const { page: _page, ...filters } = search;
  return `/api/audit/export.csv${queryString({ ...filters, lang: currentLocale() })}`;
}
