import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  PeriodSummaryListResponse,
  PeriodSummaryView,
} from '../../../../common/contracts/cooperation-summaries';
import { api, queryString } from '../../../lib/api';

/** The quarterly summaries page's choice, kept in the address. */
export interface PeriodSummarySearch {
  jstInstitutionId?: string;
  year?: number;
  page?: number;
}

export function parsePeriodSummarySearch(search: Record<string, unknown>): PeriodSummarySearch {
  const year = Number(search.year);
  const page = Number(search.page);
  const parsed: PeriodSummarySearch = {
    jstInstitutionId: typeof search.jstInstitutionId === 'string' ? search.jstInstitutionId : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

const key = ['cooperation-summaries'] as const;

export const usePeriodSummaries = (search: PeriodSummarySearch) =>
  useQuery({
    queryKey: [...key, 'list', search],
    queryFn: () =>
      api<PeriodSummaryListResponse>(
        'GET',
        `/api/cooperation-summaries${queryString({ ...search, pageSize: 20 })}`,
      ),
    placeholderData: keepPreviousData,
  });

/** One summary; reading it marks it opened, so the home page's list is read again afterwards. */
export function usePeriodSummary(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => api<PeriodSummaryView>('GET', `/api/cooperation-summaries/${id}`),
  });
  const loaded = !!query.data;
  useEffect(() => {
    if (loaded) {
      void queryClient.invalidateQueries({ queryKey: ['attention'] });
      void queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
    }
  }, [loaded, queryClient]);
  return query;
}

export const periodSummaryPdfUrl = (id: string) => `/api/cooperation-summaries/${id}/summary.pdf`;
