import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '../../common/contracts/auth';
import type { Permission } from '../../common/permissions';
import { ApiError, api } from './api';

export type SessionUser = MeResponse['user'];

/** The signed-in user, or null; shared by the router's guard and every page. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      return (await api<MeResponse>('GET', '/api/auth/me')).user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: 60_000,
});

export function useSession() {
  const { data } = useQuery(sessionQuery);
  const user = data ?? null;
  return {
    user,
    /** Whether the user holds a permission somewhere: used to show navigation, not to enforce. */
    can: (permission: Permission) => Boolean(user?.permissions.includes(permission)),
  };
}
