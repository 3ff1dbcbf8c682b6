import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentView } from '../../../../common/contracts/provider-readiness';
import { readinessKeys } from './keys';

/** Any step on an assessment changes the lists and the contractors' readiness: refresh them all. */
export function useAssessmentMutation<T>(mutationFn: (input: T) => Promise<AssessmentView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (assessment) => {
      queryClient.setQueryData(readinessKeys.assessment(assessment.id), assessment);
      return queryClient.invalidateQueries({ queryKey: readinessKeys.all });
    },
  });
}
