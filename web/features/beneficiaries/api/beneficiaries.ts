import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentView,
  CreateConsentInput,
  IntakeOptions,
  PersonListItem,
  PersonView,
  RegisterPersonInput,
  UpdatePersonInput,
  WithdrawConsentInput,
} from '../../../../common/contracts/beneficiaries';
import type { Page } from '../../../../common/contracts/pagination';
import type { AnonymisePersonInput } from '../../../../common/contracts/rodo';
import { ApiError, api, queryString } from '../../../lib/api';
import { uploadFile } from '../../../lib/upload';

/** The list page's state, kept in the address so a search can be bookmarked. */
export interface BeneficiarySearch {
  q?: string;
  /** Only people whose support plan waits for approval (the home page's link). */
  planAwaitingApproval?: boolean;
  page?: number;
}

export function parseBeneficiarySearch(search: Record<string, unknown>): BeneficiarySearch {
  const page = Number(search.page);
  return {
    ...(typeof search.q === 'string' && search.q !== '' && { q: search.q }),
    ...((search.planAwaitingApproval === true || search.planAwaitingApproval === 'true') && {
      planAwaitingApproval: true,
    }),
    ...(Number.isInteger(page) && page > 1 && { page }),
  };
}

export const PAGE_SIZE = 20;
const listKey = ['beneficiaries', 'list'] as const;
const personKey = (id: string) => ['beneficiaries', 'detail', id] as const;

export const useBeneficiaries = (search: BeneficiarySearch) =>
  useQuery({
    queryKey: [...listKey, search],
    queryFn: () =>
      api<Page<PersonListItem>>(
        'GET',
        `/api/beneficiaries${queryString({ ...search, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const useIntakeOptions = () =>
  useQuery({
    queryKey: ['beneficiaries', 'intake-options'],
    queryFn: () => api<IntakeOptions>('GET', '/api/beneficiaries/intake-options'),
  });

/** A person's page: each load is a logged read of personal data, so it is not refetched on focus. */
export const personQuery = (id: string) =>
  queryOptions({
    queryKey: personKey(id),
    queryFn: () => api<PersonView>('GET', `/api/beneficiaries/${id}`),
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

export const usePerson = (id: string) => useQuery(personQuery(id));

export function useRegisterPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterPersonInput) => api<PersonView>('POST', '/api/beneficiaries', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey }),
  });
}

/** A change of a person's record or consents: the page is read again afterwards. */
function usePersonMutation<TBody, TResult>(id: string, mutationFn: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKey(id) }),
  });
}

export const useUpdatePerson = (id: string) =>
  usePersonMutation(id, (body: UpdatePersonInput) =>
    api<PersonView>('PATCH', `/api/beneficiaries/${id}`, body),
  );

export const useCreateConsent = (id: string) =>
  usePersonMutation(id, (body: CreateConsentInput) =>
    api<ConsentView>('POST', `/api/beneficiaries/${id}/consents`, body),
  );

export const useWithdrawConsent = (id: string) =>
  usePersonMutation(id, ({ consentId, ...body }: WithdrawConsentInput & { consentId: string }) =>
    api<ConsentView>('POST', `/api/beneficiaries/${id}/consents/${consentId}/withdraw`, body),
  );

export const scanUrl = (id: string, consentId: string) =>
  `/api/beneficiaries/${id}/consents/${consentId}/scan`;

export const useUploadConsentScan = (id: string) =>
  usePersonMutation(id, ({ consentId, file }: { consentId: string; file: File }) =>
    uploadFile<ConsentView>('PUT', scanUrl(id, consentId), 'scan', file),
  );

/** Anonymising the person (RODO erasure): irreversible; the page shows the closed record afterwards. */
export const useAnonymisePerson = (id: string) =>
  usePersonMutation(id, (body: AnonymisePersonInput) =>
    api<PersonView>('POST', `/api/beneficiaries/${id}/anonymise`, body),
  );

/** The export of everything held about the person; each download is logged as a read. */
export const exportUrl = (id: string, format: 'json' | 'pdf') => `/api/beneficiaries/${id}/export.${format}`;
