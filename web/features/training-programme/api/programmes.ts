import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import type {
  CreateProgrammeInput,
  EnrolInput,
  LinkOutcomeInput,
  ListParticipantsQuery,
  ParticipantListResponse,
  ParticipantView,
  ProgrammeListResponse,
  ProgrammeView,
  ProgressView,
  UpdatePeopleInput,
} from '../../../../common/contracts/training-programme';
import { ApiError, api, queryString } from '../../../lib/api';

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface ProgrammeSearch {
  q?: string;
  page?: number;
}

export function parseTrainingProgrammeSearch(search: Record<string, unknown>): ProgrammeSearch {
  const page = Number(search.page);
  const parsed: ProgrammeSearch = {
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;
export const keys = {
  all: ['training-programme'] as const,
  programme: (id: string) => ['training-programme', id] as const,
};
export const base = (id: string) => `/api/training-programmes/${id}`;

export const useProgrammes = (search: ProgrammeSearch) =>
  useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: () =>
      api<ProgrammeListResponse>(
        'GET',
        `/api/training-programmes${queryString({ ...search, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const useProgramme = (id: string) =>
  useQuery({ queryKey: keys.programme(id), queryFn: () => api<ProgrammeView>('GET', base(id)) });

export const useCreateProgramme = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgrammeInput) => api<ProgrammeView>('POST', '/api/training-programmes', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
};

export type ParticipantFilters = Partial<Omit<ListParticipantsQuery, 'pageSize'>>;

export const useParticipants = (id: string, filters: ParticipantFilters, pageSize = PAGE_SIZE) =>
  useQuery({
    queryKey: [...keys.programme(id), 'participants', filters, pageSize],
    queryFn: () =>
      api<ParticipantListResponse>('GET', `${base(id)}/participants${queryString({ ...filters, pageSize })}`),
    placeholderData: keepPreviousData,
  });

export const useParticipant = (id: string, participantId: string) =>
  useQuery({
    queryKey: [...keys.programme(id), 'participant', participantId],
    queryFn: () => api<ParticipantView>('GET', `${base(id)}/participants/${participantId}`),
  });

export const useProgress = (id: string) =>
  useQuery({
    queryKey: [...keys.programme(id), 'progress'],
    queryFn: () => api<ProgressView>('GET', `${base(id)}/progress`),
  });

/** Any change in a programme can move its counts: the whole programme is read again. */
export function useProgrammeChange<TBody, TResult>(id: string, request: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.programme(id) }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: keys.programme(id) });
    },
  });
}

export const useEnrol = (id: string) =>
  useProgrammeChange(id, (body: EnrolInput) =>
    api<ParticipantView>('POST', `${base(id)}/participants`, body),
  );

export const useUpdatePeople = (id: string, participantId: string) =>
  useProgrammeChange(id, (body: UpdatePeopleInput) =>
    api<ParticipantView>('PUT', `${base(id)}/participants/${participantId}/people`, body),
  );

export const useLinkOutcome = (id: string, participantId: string) =>
  useProgrammeChange(id, (body: LinkOutcomeInput) =>
    api<ParticipantView>('PUT', `${base(id)}/participants/${participantId}/outcome`, body),
  );

/** Active institutions of the given types matching a typed name, for the pickers. */
export const useInstitutionOptions = (types: string, q: string) =>
  useQuery({
    queryKey: ['institutions', 'options', types, q],
    queryFn: () =>
      api<InstitutionListResponse>(
        'GET',
        `/api/institutions${queryString({ type: types, q: q || undefined, pageSize: 50 })}`,
      ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useJstStaff = (id: string, jstInstitutionId: string | null) =>
  useQuery({
    queryKey: [...keys.programme(id), 'staff', jstInstitutionId],
    queryFn: () =>
      api<{ items: { id: string; displayName: string; email: string }[] }>(
        'GET',
        `${base(id)}/jst-staff${queryString({ jstInstitutionId })}`,
      ),
    enabled: Boolean(jstInstitutionId),
  });
