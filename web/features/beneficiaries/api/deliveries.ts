import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CloseCaseInput,
  DeliveryPage,
  DeliveryView,
  PackageView,
  RecordDeliveryInput,
} from '../../../../common/contracts/service-delivery';
import { ApiError, api } from '../../../lib/api';
import { personVoiceKey } from './surveys';

const base = (personId: string) => `/api/beneficiaries/${personId}`;
/** Deliveries and the package change together: both live under one key prefix. */
const serviceKey = (personId: string) => ['beneficiaries', 'service', personId] as const;
const noRetryOn404 = (count: number, error: Error) =>
  !(error instanceof ApiError && error.status === 404) && count < 2;

/** One page of the person's deliveries: each load is a logged read, so not refetched on focus. */
export const useDeliveries = (personId: string, page: number) =>
  useQuery({
    queryKey: [...serviceKey(personId), 'deliveries', page],
    queryFn: () => api<DeliveryPage>('GET', `${base(personId)}/deliveries?page=${page}&pageSize=10`),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    retry: noRetryOn404,
  });

/** Planned against delivered, with totals per paying partner, and the closure. */
export const usePackage = (personId: string) =>
  useQuery({
    queryKey: [...serviceKey(personId), 'package'],
    queryFn: () => api<PackageView>('GET', `${base(personId)}/package`),
    refetchOnWindowFocus: false,
    retry: noRetryOn404,
  });

function useServiceMutation<TBody, TResult>(personId: string, mutationFn: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKey(personId) }),
  });
}

export const useRecordDelivery = (personId: string) =>
  useServiceMutation(personId, (body: RecordDeliveryInput) =>
    api<DeliveryView>('POST', `${base(personId)}/deliveries`, body),
  );

export function useCloseCase(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseCaseInput) => api<PackageView>('POST', `${base(personId)}/closure`, body),
    // A closed case makes the closure survey due: the person's voice section then offers it.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: serviceKey(personId) }),
        queryClient.invalidateQueries({ queryKey: personVoiceKey(personId) }),
      ]),
  });
}
