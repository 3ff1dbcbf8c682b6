import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { statusFilters, type UserListResponse } from '../../../../common/contracts/accounts';
import { api, queryString } from '../../../lib/api';

/** The accounts page's state, kept in the address so a search can be bookmarked. */
export interface AccountSearch {
  q?: string;
  status?: (typeof statusFilters)[number];
  page?: number;
}

export function parseAccountSearch(search: Record<string, unknown>): AccountSearch {
  const page = Number(search.page);
  return {
    ...(typeof search.q === 'string' && search.q !== '' && { q: search.q }),
    ...(statusFilters.includes(search.status as never) && {
      status: search.status as AccountSearch['status'],
    }),
    ...(Number.isInteger(page) && page > 1 && { page }),
  };
}

export const ACCOUNTS_PAGE_SIZE = 20;

export const listUsers = (search: AccountSearch) =>
  api<UserListResponse>('GET', `/api/users${queryString({ ...search, pageSize: ACCOUNTS_PAGE_SIZE })}`);

export const usersQuery = (search: AccountSearch) =>
  queryOptions({
    queryKey: ['accounts', search],
    queryFn: () => listUsers(search),
    placeholderData: keepPreviousData,
  });

export const useUsers = (search: AccountSearch) => useQuery(usersQuery(search));
