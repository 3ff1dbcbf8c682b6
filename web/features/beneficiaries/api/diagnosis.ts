import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateDiagnosisEntryInput,
  DiagnosisEntryView,
  DiagnosisView,
  UpdateDiagnosisEntryInput,
} from '../../../../common/contracts/diagnosis';
import { ApiError, api } from '../../../lib/api';

const diagnosisKey = (personId: string) => ['beneficiaries', 'diagnosis', personId] as const;

/** The person's joint diagnosis: each load is a logged read of personal data, so not refetched on focus. */
export const useDiagnosis = (personId: string) =>
  useQuery({
    queryKey: diagnosisKey(personId),
    queryFn: () => api<DiagnosisView>('GET', `/api/beneficiaries/${personId}/diagnosis`),
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

function useDiagnosisMutation<TBody>(
  personId: string,
  mutationFn: (body: TBody) => Promise<DiagnosisEntryView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: diagnosisKey(personId) }),
  });
}

export const useAddDiagnosisEntry = (personId: string) =>
  useDiagnosisMutation(personId, (body: CreateDiagnosisEntryInput) =>
    api<DiagnosisEntryView>('POST', `/api/beneficiaries/${personId}/diagnosis`, body),
  );

export const useUpdateDiagnosisEntry = (personId: string) =>
  useDiagnosisMutation(personId, ({ entryId, ...body }: UpdateDiagnosisEntryInput & { entryId: string }) =>
    api<DiagnosisEntryView>('PATCH', `/api/beneficiaries/${personId}/diagnosis/${entryId}`, body),
  );
