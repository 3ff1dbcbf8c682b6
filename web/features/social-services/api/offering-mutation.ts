import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfferingView } from '../../../../common/contracts/service-offerings';
import { catalogueKeys } from './keys';

/** An offering changes the lists of offerings and the counts on the catalogue's cards. */
export function useOfferingMutation<T>(mutationFn: (input: T) => Promise<OfferingView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKeys.offerings }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.types }),
      ]),
  });
}
