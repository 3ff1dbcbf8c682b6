import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePartnershipInput, PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePartnershipInput) => api<PartnershipView>('POST', '/api/partnerships', body),
    onSuccess: (view) => {
      queryClient.setQueryData(partnershipKey(view.id), view);
      return queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] });
    },
  });
}
