import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceAreaView } from '../../../../common/contracts/social-services';
import { areaQuery } from './get-area';
import { catalogueKeys } from './keys';

/** An area names the groups of the service types' lists and pickers: they are read again after a change. */
export function useAreaMutation<T>(mutationFn: (input: T) => Promise<ServiceAreaView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (area) => {
      queryClient.setQueryData(areaQuery(area.id).queryKey, area);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKeys.areas }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.types }),
      ]);
    },
  });
}
