import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberListResponse, statusFilters } from '../../../../common/contracts/accounts';
import { api, queryString } from '../../../lib/api';

export interface MemberSearch {
  q?: string;
  status?: (typeof statusFilters)[number];
  page?: number;
}

export const MEMBERS_PAGE_SIZE = 20;

export const listMembers = (institutionId: string, search: MemberSearch) =>
  api<MemberListResponse>(
    'GET',
    `/api/institutions/${institutionId}/members${queryString({ ...search, pageSize: MEMBERS_PAGE_SIZE })}`,
  );

export const membersQuery = (institutionId: string, search: MemberSearch) =>
  queryOptions({
    queryKey: ['members', institutionId, search],
    queryFn: () => listMembers(institutionId, search),
    placeholderData: keepPreviousData,
  });

export const useMembers = (institutionId: string, search: MemberSearch) =>
  useQuery(membersQuery(institutionId, search));
