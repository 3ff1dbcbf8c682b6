import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationListResponse } from '../../../../common/contracts/accounts';
import { api, queryString } from '../../../lib/api';

export const INVITATIONS_PAGE_SIZE = 20;

export const listInvitations = (institutionId: string, page: number) =>
  api<InvitationListResponse>(
    'GET',
    `/api/institutions/${institutionId}/invitations${queryString({ page, pageSize: INVITATIONS_PAGE_SIZE })}`,
  );

export const invitationsQuery = (institutionId: string, page: number) =>
  queryOptions({
    queryKey: ['invitations', institutionId, page],
    queryFn: () => listInvitations(institutionId, page),
  });

export const useInvitations = (institutionId: string, page: number, enabled: boolean) =>
  useQuery({ ...invitationsQuery(institutionId, page), enabled });
