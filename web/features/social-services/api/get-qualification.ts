import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QualificationView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { catalogueKeys } from './keys';

export const qualificationQuery = (id: string) =>
  queryOptions({
    queryKey: [...catalogueKeys.qualifications, 'detail', id],
    queryFn: () => api<QualificationView>('GET', `/api/social-services/qualifications/${id}`),
  });

export const useQualification = (id: string) => useQuery(qualificationQuery(id));
