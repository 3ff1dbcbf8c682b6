import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const getProfile = () => api<ProfileView>('GET', '/api/profile');

export const profileQuery = queryOptions({ queryKey: ['profile'], queryFn: getProfile });

export const useProfile = () => useQuery(profileQuery);
