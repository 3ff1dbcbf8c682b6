import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { api } from '../../../lib/api';
import { sessionQuery } from '../../../lib/session';
import { institutionQuery } from './get-institution';

export const reactivateInstitution = (id: string) =>
  api<InstitutionView>('POST', `/api/institutions/${id}/reactivate`);

export function useReactivateInstitution(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reactivateInstitution(id),
    onSuccess: (card) => {
      queryClient.setQueryData(institutionQuery(id).queryKey, card);
      // the actor's memberships follow the institution's status
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['institutions', 'list'] }),
        queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
      ]);
    },
  });
}
