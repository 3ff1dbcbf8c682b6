import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicInvitationView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const getInvitation = (token: string) =>
  api<PublicInvitationView>('GET', `/api/invitations/by-token/${encodeURIComponent(token)}`);

export const invitationByTokenQuery = (token: string) =>
  queryOptions({ queryKey: ['invitation', token], queryFn: () => getInvitation(token), retry: false });

export const useInvitationByToken = (token: string) => useQuery(invitationByTokenQuery(token));
