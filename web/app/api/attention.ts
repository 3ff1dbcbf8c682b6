import { useQuery } from '@tanstack/react-query';
import type { AttentionResponse } from '../../../common/contracts/attention';
import { api } from '../../lib/api';

/** What needs the signed-in user's attention, gathered by the server from every module. */
export const useAttention = () =>
  useQuery({ queryKey: ['attention'], queryFn: () => api<AttentionResponse>('GET', '/api/attention') });
