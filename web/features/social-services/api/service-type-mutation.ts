import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceTypeView } from '../../../../common/contracts/social-services';
import { serviceTypeQuery } from './get-service-type';
import { catalogueKeys } from './keys';

/** After any change to a card, the lists and counts that show it are read again. */
export function useServiceTypeMutation<T>(mutationFn: (input: T) => Promise<ServiceTypeView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (card) => {
      queryClient.setQueryData(serviceTypeQuery(card.id).queryKey, card);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...catalogueKeys.types, 'list'] }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.areas }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.qualifications }),
      ]);
    },
  });
}
