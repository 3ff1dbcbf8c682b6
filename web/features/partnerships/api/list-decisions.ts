import { useQuery } from '@tanstack/react-query';
import type { DecisionView } from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const useDecisions = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'decisions'],
    queryFn: () => api<{ items: DecisionView[] }>('GET', `/api/partnerships/${id}/decisions`),
  });
