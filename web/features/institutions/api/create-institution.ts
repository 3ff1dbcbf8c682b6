import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstitutionFormInput, InstitutionView } from '../../../../common/contracts/institutions';
import { api } from '../../../lib/api';
import { institutionQuery } from './get-institution';

export const createInstitution = (body: InstitutionFormInput) =>
  api<InstitutionView>('POST', '/api/institutions', body);

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstitution,
    onSuccess: (card) => {
      queryClient.setQueryData(institutionQuery(card.id).queryKey, card);
      return queryClient.invalidateQueries({ queryKey: ['institutions', 'list'] });
    },
  });
}
