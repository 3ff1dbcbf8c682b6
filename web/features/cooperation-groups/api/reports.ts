import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MayorSummary,
  NeedsReportListResponse,
  NeedsReportView,
  SubmitNeedsReportInput,
} from '../../../../common/contracts/cooperation-groups';
import { api, queryString } from '../../../lib/api';

export interface SummarySearch {
  jstInstitutionId?: string;
  from?: string;
  to?: string;
}

const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The summary page's choice, kept in the address. */
export function parseSummarySearch(search: Record<string, unknown>): SummarySearch {
  const parsed: SummarySearch = {
    jstInstitutionId: typeof search.jstInstitutionId === 'string' ? search.jstInstitutionId : undefined,
    from: isDate(search.from) ? (search.from as string) : undefined,
    to: isDate(search.to) ? (search.to as string) : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const useMayorSummary = (search: SummarySearch) =>
  useQuery({
    queryKey: ['cooperation-summary', search],
    queryFn: () => api<MayorSummary>('GET', `/api/cooperation-summary${queryString({ ...search })}`),
  });

export const summaryPdfUrl = (search: SummarySearch) =>
  `/api/cooperation-summary.pdf${queryString({ ...search })}`;

const reportsKey = ['cooperation-needs-reports'] as const;

export const useNeedsReports = (page: number) =>
  useQuery({
    queryKey: [...reportsKey, page],
    queryFn: () =>
      api<NeedsReportListResponse>(
        'GET',
        `/api/cooperation-needs-reports${queryString({ page, pageSize: 20 })}`,
      ),
  });

export function useSubmitNeedsReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitNeedsReportInput) =>
      api<NeedsReportView>('POST', '/api/cooperation-needs-reports', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey }),
  });
}
