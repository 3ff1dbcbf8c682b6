import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { api } from '../../../lib/api';

export const getInstitution = (id: string) => api<InstitutionView>('GET', `/api/institutions/${id}`);

export const institutionQuery = (id: string) =>
  queryOptions({ queryKey: ['institutions', 'detail', id], queryFn: () => getInstitution(id) });

export const useInstitution = (id: string) => useQuery(institutionQuery(id));
