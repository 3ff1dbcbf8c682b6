import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CloseGroupInput,
  type ConveneGroupInput,
  type ConveningOptions,
  type CreateGroupMeetingInput,
  type CreateGroupTaskInput,
  type DelegateCandidatesResponse,
  type GroupListResponse,
  type GroupStatus,
  type GroupTaskStatusInput,
  type GroupView,
  groupStatuses,
  type InviteInstitutionInput,
  type RespondInput,
} from '../../../../common/contracts/cooperation-groups';
import { api, queryString } from '../../../lib/api';

/** The list page's state, kept in the address so a search can be bookmarked. */
export interface GroupSearch {
  q?: string;
  status?: GroupStatus;
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseGroupSearch(search: Record<string, unknown>): GroupSearch {
  const page = Number(search.page);
  const parsed: GroupSearch = {
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    status: groupStatuses.includes(search.status as GroupStatus) ? (search.status as GroupStatus) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;
const base = '/api/cooperation-groups';

export const useGroups = (search: GroupSearch) =>
  useQuery(
    queryOptions({
      queryKey: ['cooperation-groups', 'list', search],
      queryFn: () =>
        api<GroupListResponse>('GET', `${base}${queryString({ ...search, pageSize: PAGE_SIZE })}`),
      placeholderData: keepPreviousData,
    }),
  );

export const groupKey = (id: string) => ['cooperation-groups', 'detail', id] as const;

export const useGroup = (id: string) =>
  useQuery({ queryKey: groupKey(id), queryFn: () => api<GroupView>('GET', `${base}/${id}`) });

/** Only for those who may convene: others would be refused (403). */
export const useConveningOptions = (enabled = true) =>
  useQuery({
    queryKey: ['cooperation-groups', 'options'],
    queryFn: () => api<ConveningOptions>('GET', `${base}/options`),
    enabled,
  });

export function useConveneGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConveneGroupInput) => api<GroupView>('POST', base, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cooperation-groups', 'list'] }),
  });
}

/** A change to one group: its page takes the answer, and the list is read again. */
function useGroupMutation<TBody>(id: string, call: (body: TBody) => Promise<GroupView | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (view) => {
      if (view) queryClient.setQueryData(groupKey(id), view);
      else await queryClient.invalidateQueries({ queryKey: groupKey(id) });
      await queryClient.invalidateQueries({ queryKey: ['cooperation-groups', 'list'] });
    },
  });
}

export const useInvite = (id: string) =>
  useGroupMutation(id, (body: InviteInstitutionInput) =>
    api<GroupView>('POST', `${base}/${id}/members`, body),
  );

/** Declining may leave the actor outside the group: the API then answers 204 and no group. */
export const useRespond = (id: string) =>
  useGroupMutation(id, ({ memberId, ...body }: RespondInput & { memberId: string }) =>
    api<GroupView | undefined>('POST', `${base}/${id}/members/${memberId}/response`, body),
  );

export const useCandidates = (id: string, memberId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...groupKey(id), 'candidates', memberId],
    queryFn: () => api<DelegateCandidatesResponse>('GET', `${base}/${id}/members/${memberId}/candidates`),
    enabled,
  });

export const useCreateMeeting = (id: string) =>
  useGroupMutation(id, (body: CreateGroupMeetingInput) =>
    api<GroupView>('POST', `${base}/${id}/meetings`, body),
  );

export const minutesUrl = (id: string, meetingId: string) =>
  `${base}/${id}/meetings/${meetingId}/minutes.pdf`;

export const useCreateTask = (id: string) =>
  useGroupMutation(id, (body: CreateGroupTaskInput) => api<GroupView>('POST', `${base}/${id}/tasks`, body));

export const useTaskStatus = (id: string) =>
  useGroupMutation(id, ({ taskId, ...body }: GroupTaskStatusInput & { taskId: string }) =>
    api<GroupView>('PUT', `${base}/${id}/tasks/${taskId}/status`, body),
  );

export const useCloseGroup = (id: string) =>
  useGroupMutation(id, (body: CloseGroupInput) => api<GroupView>('POST', `${base}/${id}/close`, body));
