import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import {
  type CommissionOption,
  type CreateInitiativeInput,
  type InitiativeListResponse,
  type InitiativeView,
  initiativeStates,
  type UpdateInitiativeInput,
} from '../../../../common/contracts/pes-initiatives';
import type { ServiceTypeListResponse } from '../../../../common/contracts/social-services';
import { api, queryString } from '../../../lib/api';

const keys = { all: ['pes-initiatives'] as const };
const stateFilters = [...initiativeStates, 'all'] as const;

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface InitiativeSearch {
  q?: string;
  state?: (typeof stateFilters)[number];
  owesInstitutionId?: string;
  territory?: string;
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseInitiativeSearch(search: Record<string, unknown>): InitiativeSearch {
  const page = Number(search.page);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const parsed: InitiativeSearch = {
    q: text(search.q),
    state: stateFilters.includes(search.state as never)
      ? (search.state as InitiativeSearch['state'])
      : undefined,
    owesInstitutionId: text(search.owesInstitutionId),
    territory:
      typeof search.territory === 'string' && /^\d{2,7}$/.test(search.territory)
        ? search.territory
        : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const useInitiatives = (search: InitiativeSearch) =>
  useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: () =>
      api<InitiativeListResponse>('GET', `/api/pes-initiatives${queryString({ ...search, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });

export const useInitiative = (id: string) =>
  useQuery({
    queryKey: [...keys.all, 'one', id],
    queryFn: () => api<InitiativeView>('GET', `/api/pes-initiatives/${id}`),
  });

function useInitiativeMutation<T>(mutationFn: (input: T) => Promise<InitiativeView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      queryClient.setQueryData([...keys.all, 'one', view.id], view);
      return queryClient.invalidateQueries({ queryKey: [...keys.all, 'list'] });
    },
  });
}

export const useCreateInitiative = () =>
  useInitiativeMutation((body: CreateInitiativeInput) =>
    api<InitiativeView>('POST', '/api/pes-initiatives', body),
  );

export const useUpdateInitiative = (id: string) =>
  useInitiativeMutation((body: UpdateInitiativeInput) =>
    api<InitiativeView>('PATCH', `/api/pes-initiatives/${id}`, body),
  );

/** advance, register or abandon: each takes the version read and its own fields. */
export const useInitiativeStep = (id: string, step: 'advance' | 'register' | 'abandon') =>
  useInitiativeMutation((body: { version: number } & Record<string, unknown>) =>
    api<InitiativeView>('POST', `/api/pes-initiatives/${id}/${step}`, body),
  );

/** Active institutions of the given types, as options. */
export const useInstitutionOptions = (types: string) =>
  useQuery({
    queryKey: [...keys.all, 'institution-options', types],
    queryFn: () =>
      api<InstitutionListResponse>('GET', `/api/institutions${queryString({ type: types, pageSize: 100 })}`),
    select: (page) => page.items.map((i) => ({ value: i.id, label: i.name })),
  });

export const useServiceTypeOptions = () =>
  useQuery({
    queryKey: [...keys.all, 'service-type-options'],
    queryFn: () =>
      api<ServiceTypeListResponse>('GET', '/api/social-services/types?status=active&pageSize=100'),
    select: (page) => page.items.map((s) => ({ value: s.id, label: s.name })),
  });

/** The commissions of the JST's adopted plans the group may prepare for; none until a JST is chosen. */
export const useCommissionOptions = (jstInstitutionId: string) =>
  useQuery({
    queryKey: [...keys.all, 'commission-options', jstInstitutionId],
    queryFn: () =>
      api<{ items: CommissionOption[] }>(
        'GET',
        `/api/pes-initiatives/commission-options${queryString({ jstInstitutionId })}`,
      ),
    enabled: !!jstInstitutionId,
    select: (r) => r.items,
  });

/**
 * The initiative groups the actor may see that prepare for a commission of this plan (for the
 * plan's page); `null` while the plan is a draft, which no group can point at.
 */
export const useInitiativesForPlan = (planId: string | null) =>
  useQuery({
    queryKey: [...keys.all, 'list', { planId }],
    queryFn: () =>
      api<InitiativeListResponse>('GET', `/api/pes-initiatives${queryString({ planId, pageSize: 100 })}`),
    enabled: !!planId,
    select: (page) => page.items,
  });

/** Where the initiative's record is downloaded as a PDF. */
export const initiativePdfUrl = (id: string) => `/api/pes-initiatives/${id}/record.pdf`;
