import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateMatchInput,
  type CreateProgrammeInput,
  type EnrollParticipantInput,
  type GraduateParticipantInput,
  type MatchListResponse,
  type MatchProposalsResponse,
  type MatchResultInput,
  type MatchView,
  type ParticipantView,
  type ProgrammeListResponse,
  type ProgrammeView,
  programmeKinds,
  programmeStates,
  type UpdateParticipantInput,
  type UpdateProgrammeInput,
} from '../../../../common/contracts/preparation-programmes';
import type { QualificationListResponse } from '../../../../common/contracts/social-services';
import type { StaffingNeedListResponse } from '../../../../common/contracts/staffing-needs';
import { api, queryString } from '../../../lib/api';

const keys = { all: ['preparation-programmes'] as const };
const stateFilters = [...programmeStates, 'all'] as const;

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface ProgrammeSearch {
  q?: string;
  kind?: (typeof programmeKinds)[number];
  state?: (typeof stateFilters)[number];
  qualificationId?: string;
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parsePreparationProgrammeSearch(search: Record<string, unknown>): ProgrammeSearch {
  const page = Number(search.page);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const parsed: ProgrammeSearch = {
    q: text(search.q),
    kind: programmeKinds.includes(search.kind as never)
      ? (search.kind as ProgrammeSearch['kind'])
      : undefined,
    state: stateFilters.includes(search.state as never)
      ? (search.state as ProgrammeSearch['state'])
      : undefined,
    qualificationId: text(search.qualificationId),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const useProgrammes = (search: ProgrammeSearch) =>
  useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: () =>
      api<ProgrammeListResponse>(
        'GET',
        `/api/preparation-programmes${queryString({ ...search, pageSize: 20 })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const useProgramme = (id: string) =>
  useQuery({
    queryKey: [...keys.all, 'one', id],
    queryFn: () => api<ProgrammeView>('GET', `/api/preparation-programmes/${id}`),
  });

function useProgrammeMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateProgramme = () =>
  useProgrammeMutation((body: CreateProgrammeInput) =>
    api<ProgrammeView>('POST', '/api/preparation-programmes', body),
  );

export const useUpdateProgramme = (id: string) =>
  useProgrammeMutation((body: UpdateProgrammeInput) =>
    api<ProgrammeView>('PATCH', `/api/preparation-programmes/${id}`, body),
  );

export const useAdvanceProgramme = (id: string) =>
  useProgrammeMutation((body: { version: number }) =>
    api<ProgrammeView>('POST', `/api/preparation-programmes/${id}/advance`, body),
  );

export const useEnroll = (id: string) =>
  useProgrammeMutation((body: EnrollParticipantInput) =>
    api<ParticipantView>('POST', `/api/preparation-programmes/${id}/participants`, body),
  );

const participantUrl = (id: string, participantId: string) =>
  `/api/preparation-programmes/${id}/participants/${participantId}`;

export const useUpdateParticipant = (id: string, participantId: string) =>
  useProgrammeMutation((body: UpdateParticipantInput) =>
    api<ParticipantView>('PATCH', participantUrl(id, participantId), body),
  );

export const useGraduate = (id: string, participantId: string) =>
  useProgrammeMutation((body: GraduateParticipantInput) =>
    api<ParticipantView>('POST', `${participantUrl(id, participantId)}/graduate`, body),
  );

export const useDropOut = (id: string, participantId: string) =>
  useProgrammeMutation((body: { version: number; reason: string }) =>
    api<ParticipantView>('POST', `${participantUrl(id, participantId)}/drop-out`, body),
  );

export const useProposals = (id: string, participantId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'proposals', participantId],
    queryFn: () => api<MatchProposalsResponse>('GET', `${participantUrl(id, participantId)}/proposals`),
    enabled,
  });

export const useCreateMatch = (id: string, participantId: string) =>
  useProgrammeMutation((body: CreateMatchInput) =>
    api<ParticipantView>('POST', `${participantUrl(id, participantId)}/matches`, body),
  );

/** Matches to the actor's providers' needs (and of programmes it runs). */
export const useMatches = (page: number) =>
  useQuery({
    queryKey: [...keys.all, 'matches', page],
    queryFn: () =>
      api<MatchListResponse>('GET', `/api/programme-matches${queryString({ page, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });

export const useRecordResult = (matchId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MatchResultInput) =>
      api<MatchView>('POST', `/api/programme-matches/${matchId}/result`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all }),
        queryClient.invalidateQueries({ queryKey: ['staffing-needs'] }),
      ]),
  });
};

/** The qualifications in use, as options (the catalogue holds a few dozen). */
export const useQualificationOptions = () =>
  useQuery({
    queryKey: [...keys.all, 'qualification-options'],
    queryFn: () =>
      api<QualificationListResponse>('GET', '/api/social-services/qualifications?status=active&pageSize=100'),
    select: (page) => page.items.map((q) => ({ value: q.id, label: q.name })),
  });

/** Open declared needs a programme may target. */
export const useOpenNeeds = () =>
  useQuery({
    queryKey: [...keys.all, 'open-needs'],
    queryFn: () => api<StaffingNeedListResponse>('GET', '/api/staffing-needs?status=open&pageSize=100'),
  });
