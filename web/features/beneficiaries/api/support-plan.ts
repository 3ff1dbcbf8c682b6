import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  SaveSupportPlanInput,
  SupportPlanStepInput,
  SupportPlanView,
} from '../../../../common/contracts/support-plan';
import { ApiError, api } from '../../../lib/api';

const planKey = (personId: string) => ['beneficiaries', 'support-plan', personId] as const;
const planUrl = (personId: string) => `/api/beneficiaries/${personId}/support-plan`;

/** The printed plan of one version. */
export const planPdfUrl = (personId: string, number: number) =>
  `${planUrl(personId)}/versions/${number}/plan.pdf`;

/** The person's plan: each load is a logged read of personal data, so not refetched on focus. */
export const useSupportPlan = (personId: string) =>
  useQuery({
    queryKey: planKey(personId),
    queryFn: () => api<SupportPlanView>('GET', planUrl(personId)),
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

/** Every change answers with the whole plan, which replaces the cached one. */
function usePlanMutation<TBody>(personId: string, mutationFn: (body: TBody) => Promise<SupportPlanView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => queryClient.setQueryData(planKey(personId), view),
  });
}

export const useSaveSupportPlan = (personId: string) =>
  usePlanMutation(personId, (body: SaveSupportPlanInput) =>
    api<SupportPlanView>('PUT', planUrl(personId), body),
  );

export const useSupportPlanStep = (personId: string, step: 'submit' | 'approve') =>
  usePlanMutation(personId, (body: SupportPlanStepInput) =>
    api<SupportPlanView>('POST', `${planUrl(personId)}/${step}`, body),
  );
