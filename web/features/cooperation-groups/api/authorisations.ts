import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuthorisationListResponse,
  AuthorisationView,
  CreateAuthorisationInput,
} from '../../../../common/contracts/cooperation-groups';
import { api, queryString } from '../../../lib/api';
import { uploadFile } from '../../../lib/upload';

const base = '/api/cooperation-authorisations';
const keys = { all: ['cooperation-authorisations'] as const };

export const useAuthorisations = (page: number) =>
  useQuery({
    queryKey: [...keys.all, page],
    queryFn: () => api<AuthorisationListResponse>('GET', `${base}${queryString({ page, pageSize: 20 })}`),
  });

export const documentUrl = (id: string) => `${base}/${id}/document`;

/** After a change the authorisations and the convening form's options are read again. */
function useAuthorisationMutation<TBody>(call: (body: TBody) => Promise<AuthorisationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all }),
        queryClient.invalidateQueries({ queryKey: ['cooperation-groups', 'options'] }),
      ]),
  });
}

export const useCreateAuthorisation = () =>
  useAuthorisationMutation((body: CreateAuthorisationInput) => api<AuthorisationView>('POST', base, body));

export const useUploadDocument = () =>
  useAuthorisationMutation(({ id, file }: { id: string; file: File }) =>
    uploadFile<AuthorisationView>('PUT', documentUrl(id), 'document', file),
  );
