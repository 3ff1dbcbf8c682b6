import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompleteReferralInput,
  IssuedReferral,
  IssueReferralInput,
  ReferralOptions,
  ReferralPage,
  ReferralReasonInput,
  ReferralVersionInput,
  ReferralView,
} from '../../../../common/contracts/referrals';
import { ApiError, api, downloadApiFile, queryString } from '../../../lib/api';

const personReferralsKey = (personId: string) => ['beneficiaries', 'referrals', personId] as const;
const referralKey = (id: string) => ['referrals', id] as const;
const queueKey = ['referrals', 'queue'] as const;
const notFoundNoRetry = (count: number, error: Error) =>
  !(error instanceof ApiError && error.status === 404) && count < 2;

/** The person's referrals (each load is a logged read of personal data, so not refetched on focus). */
export const usePersonReferrals = (personId: string) =>
  useQuery({
    queryKey: personReferralsKey(personId),
    queryFn: () => api<ReferralView[]>('GET', `/api/beneficiaries/${personId}/referrals`),
    refetchOnWindowFocus: false,
    retry: notFoundNoRetry,
  });

export const useReferralOptions = (personId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['beneficiaries', 'referral-options', personId],
    queryFn: () => api<ReferralOptions>('GET', `/api/beneficiaries/${personId}/referral-options`),
    enabled,
  });

export const useReferral = (id: string) =>
  useQuery({
    queryKey: referralKey(id),
    queryFn: () => api<ReferralView>('GET', `/api/referrals/${id}`),
    refetchOnWindowFocus: false,
    retry: notFoundNoRetry,
  });

export const useReferralQueue = (queue: 'waitingForCode' | 'awaitingService', page: number) =>
  useQuery({
    queryKey: [...queueKey, queue, page],
    queryFn: () => api<ReferralPage>('GET', `/api/referrals${queryString({ queue, page })}`),
    refetchOnWindowFocus: false,
  });

export function useIssueReferral(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueReferralInput) =>
      api<IssuedReferral>('POST', `/api/beneficiaries/${personId}/referrals`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personReferralsKey(personId) }),
  });
}

export function useRedeemReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<ReferralView>('POST', '/api/referrals/redeem', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKey }),
  });
}

type Step = 'accept' | 'reject' | 'start' | 'complete' | 'revoke';
type StepBody = ReferralVersionInput | ReferralReasonInput | CompleteReferralInput;

/** One step of the referral's life; the answer replaces the cached referral and the person's list. */
export function useReferralStep(referral: ReferralView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: Step; body: StepBody }) =>
      api<ReferralView>('POST', `/api/referrals/${referral.id}/${step}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(referralKey(updated.id), updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: personReferralsKey(updated.person.id) }),
        queryClient.invalidateQueries({ queryKey: queueKey }),
      ]);
    },
  });
}

/** Prints the card from the code just issued and saves it as a PDF file. */
export async function downloadReferralCard(referral: ReferralView, code: string) {
  await downloadApiFile(
    `/api/referrals/${referral.id}/card`,
    { code },
    `skierowanie-${referral.person.lastName}.pdf`,
  );
}
