import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QualificationView } from '../../../../common/contracts/social-services';
import { qualificationQuery } from './get-qualification';
import { catalogueKeys } from './keys';

/** A qualification shows on cards too: its lists and the cards are read again after a change. */
export function useQualificationMutation<T>(mutationFn: (input: T) => Promise<QualificationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (qualification) => {
      queryClient.setQueryData(qualificationQuery(qualification.id).queryKey, qualification);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...catalogueKeys.qualifications, 'list'] }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.types }),
      ]);
    },
  });
}
