import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstitutionView, UpdateInstitutionInput } from '../../../../common/contracts/institutions';
import { api } from '../../../lib/api';
import { institutionQuery } from './get-institution';

export const updateInstitution = (id: string, body: UpdateInstitutionInput) =>
  api<InstitutionView>('PATCH', `/api/institutions/${id}`, body);

export function useUpdateInstitution(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateInstitutionInput) => updateInstitution(id, body),
    onSuccess: (card) => {
      queryClient.setQueryData(institutionQuery(id).queryKey, card);
      return queryClient.invalidateQueries({ queryKey: ['institutions', 'list'] });
    },
  });
}
