import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdoptPlanInput,
  CreateCommissionInput,
  CreateContractInput,
  CreatePlanInput,
  CreateReviewInput,
  PlanListResponse,
  PlanView,
  UpdateCommissionInput,
  UpdateContractInput,
  UpdatePlanInput,
  UpdateReviewInput,
} from '../../../../common/contracts/commissioning';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import { type CommissioningPlanState, commissioningPlanStates } from '../../../../common/enums';
import { ApiError, api, queryString } from '../../../lib/api';

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface PlanSearch {
  q?: string;
  territory?: string;
  year?: number;
  state?: CommissioningPlanState;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const whole = (value: unknown, min: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : undefined;
};

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parsePlanSearch(search: Record<string, unknown>): PlanSearch {
  const parsed: PlanSearch = {
    q: text(search.q),
    territory: text(search.territory),
    year: whole(search.year, 2000),
    state: commissioningPlanStates.includes(search.state as CommissioningPlanState)
      ? (search.state as CommissioningPlanState)
      : undefined,
    page: whole(search.page, 2),
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;
const planKey = (id: string) => ['commissioning', 'plan', id] as const;

export const usePlans = (search: PlanSearch) =>
  useQuery({
    queryKey: ['commissioning', 'list', search],
    queryFn: () =>
      api<PlanListResponse>(
        'GET',
        `/api/commissioning/plans${queryString({ ...search, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: planKey(id),
    queryFn: () => api<PlanView>('GET', `/api/commissioning/plans/${id}`),
  });
export const usePlan = (id: string) => useQuery(planQuery(id));

/** Social economy entities of the registry, the contractors a plan may name. */
export const useSocialEconomyEntities = () =>
  useQuery({
    queryKey: ['institutions', 'social-economy'],
    queryFn: () =>
      api<InstitutionListResponse>(
        'GET',
        `/api/institutions${queryString({ type: 'pes,ngo,cis,kis', pageSize: 100 })}`,
      ),
    staleTime: 60_000,
  });

export const useCreatePlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanInput) => api<PlanView>('POST', '/api/commissioning/plans', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['commissioning', 'list'] }),
  });
};

/**
 * A change to one plan; every answer is the whole plan, put straight into its page. After a 409
 * the page is read again, so that what is shown behind the conflict message is current.
 */
function usePlanChange<TBody>(id: string, request: (body: TBody) => Promise<PlanView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(id), plan);
      void queryClient.invalidateQueries({ queryKey: ['commissioning', 'list'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: planKey(id) });
    },
  });
}

const base = (id: string) => `/api/commissioning/plans/${id}`;

export const useUpdatePlan = (id: string) =>
  usePlanChange(id, (body: UpdatePlanInput) => api<PlanView>('PATCH', base(id), body));
export const useAdoptPlan = (id: string) =>
  usePlanChange(id, (body: AdoptPlanInput) => api<PlanView>('POST', `${base(id)}/adopt`, body));
export const usePlanStep = (id: string, step: 'start-execution' | 'report') =>
  usePlanChange(id, (body: { version: number }) => api<PlanView>('POST', `${base(id)}/${step}`, body));
export const useCreateCommission = (id: string) =>
  usePlanChange(id, (body: CreateCommissionInput) => api<PlanView>('POST', `${base(id)}/commissions`, body));
export const useUpdateCommission = (id: string) =>
  usePlanChange(id, ({ commissionId, ...body }: UpdateCommissionInput & { commissionId: string }) =>
    api<PlanView>('PATCH', `${base(id)}/commissions/${commissionId}`, body),
  );
export const useRemoveCommission = (id: string) =>
  usePlanChange(id, ({ commissionId, version }: { commissionId: string; version: number }) =>
    api<PlanView>('DELETE', `${base(id)}/commissions/${commissionId}${queryString({ version })}`),
  );
export const useCreateContract = (id: string) =>
  usePlanChange(id, (body: CreateContractInput) => api<PlanView>('POST', `${base(id)}/contracts`, body));
export const useUpdateContract = (id: string) =>
  usePlanChange(id, ({ contractId, ...body }: UpdateContractInput & { contractId: string }) =>
    api<PlanView>('PATCH', `${base(id)}/contracts/${contractId}`, body),
  );
export const useCreateReview = (id: string) =>
  usePlanChange(id, (body: CreateReviewInput) => api<PlanView>('POST', `${base(id)}/reviews`, body));
export const useUpdateReview = (id: string) =>
  usePlanChange(id, ({ reviewId, ...body }: UpdateReviewInput & { reviewId: string }) =>
    api<PlanView>('PATCH', `${base(id)}/reviews/${reviewId}`, body),
  );
