import { useQuery } from '@tanstack/react-query';
import type { AssessmentView } from '../../../../common/contracts/provider-readiness';
import { api } from '../../../lib/api';
import { readinessKeys } from './keys';

export const useAssessment = (id: string) =>
  useQuery({
    queryKey: readinessKeys.assessment(id),
    queryFn: () => api<AssessmentView>('GET', `/api/provider-readiness/assessments/${id}`),
  });
