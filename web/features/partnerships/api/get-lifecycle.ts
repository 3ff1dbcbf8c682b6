import { useQuery } from '@tanstack/react-query';
import type { LifecycleView } from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const useLifecycle = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'lifecycle'],
    queryFn: () => api<LifecycleView>('GET', `/api/partnerships/${id}/lifecycle`),
  });
