import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import {
  type PilotListResponse,
  type PilotView,
  pilotStates,
  type TestingView,
} from '../../../../common/contracts/pilots';
import { api, queryString } from '../../../lib/api';

const keys = { all: ['pilots'] as const };
const stateFilters = [...pilotStates, 'all'] as const;

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface PilotSearch {
  q?: string;
  state?: (typeof stateFilters)[number];
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parsePilotSearch(search: Record<string, unknown>): PilotSearch {
  const page = Number(search.page);
  const parsed: PilotSearch = {
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    state: stateFilters.includes(search.state as never) ? (search.state as PilotSearch['state']) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const usePilots = (search: PilotSearch) =>
  useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: () => api<PilotListResponse>('GET', `/api/pilots${queryString({ ...search, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });

export const usePilot = (id: string) =>
  useQuery({
    queryKey: [...keys.all, 'one', id],
    queryFn: () => api<PilotView>('GET', `/api/pilots/${id}`),
  });

export const useTesting = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'testing', id],
    queryFn: () => api<TestingView>('GET', `/api/pilots/${id}/testing`),
    enabled,
  });

/** A change to the pilot or its sites: the answer is the pilot's page as it is now. */
export function usePilotChange<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: (input: T) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => api<PilotView>(method, url(input), method === 'DELETE' ? undefined : input),
    onSuccess: (view) => {
      queryClient.setQueryData([...keys.all, 'one', view.id], view);
      return queryClient.invalidateQueries({ queryKey: [...keys.all, 'list'] });
    },
  });
}

/** A change to the testing record (a report, a review, an assessment): the answer is the record. */
export function useTestingChange<T>(pilotId: string, path: 'reports' | 'reviews' | 'assessments') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<TestingView>('POST', `/api/pilots/${pilotId}/${path}`, body),
    onSuccess: (view) => queryClient.setQueryData([...keys.all, 'testing', pilotId], view),
  });
}

/** Active institutions of the given types, as options. */
export const useInstitutionOptions = (types?: string) =>
  useQuery({
    queryKey: [...keys.all, 'institution-options', types ?? 'all'],
    queryFn: () =>
      api<InstitutionListResponse>('GET', `/api/institutions${queryString({ type: types, pageSize: 100 })}`),
    select: (page) => page.items.map((i) => ({ value: i.id, label: i.name })),
  });
