import { useQuery } from '@tanstack/react-query';
import type {
  AdvisoryListResponse,
  AdvisoryView,
  AttendanceInput,
  CreateAdvisoryInput,
  CreateEditionInput,
  CreateStudyVisitInput,
  EditionListResponse,
  EditionView,
  StudyVisitListResponse,
  StudyVisitView,
} from '../../../../common/contracts/training-programme';
import { api, queryString } from '../../../lib/api';
import { base, keys, useProgrammeChange } from './programmes';

export const useEditions = (id: string) =>
  useQuery({
    queryKey: [...keys.programme(id), 'editions'],
    queryFn: () => api<EditionListResponse>('GET', `${base(id)}/editions`),
  });

export const useCreateEdition = (id: string) =>
  useProgrammeChange(id, (body: CreateEditionInput) =>
    api<EditionView>('POST', `${base(id)}/editions`, body),
  );

export const useRecordAttendance = (id: string, editionId: string) =>
  useProgrammeChange(id, (body: AttendanceInput) =>
    api<EditionView>('PUT', `${base(id)}/editions/${editionId}/attendance`, body),
  );

export const useAdvisory = (id: string, participantId?: string) =>
  useQuery({
    queryKey: [...keys.programme(id), 'advisory', participantId ?? null],
    queryFn: () => api<AdvisoryListResponse>('GET', `${base(id)}/advisory${queryString({ participantId })}`),
  });

export const useRecordAdvisory = (id: string) =>
  useProgrammeChange(id, (body: CreateAdvisoryInput) =>
    api<AdvisoryView>('POST', `${base(id)}/advisory`, body),
  );

export const useRemoveAdvisory = (id: string) =>
  useProgrammeChange(id, ({ sessionId, version }: { sessionId: string; version: number }) =>
    api<null>('DELETE', `${base(id)}/advisory/${sessionId}${queryString({ version })}`),
  );

export const useVisits = (id: string) =>
  useQuery({
    queryKey: [...keys.programme(id), 'visits'],
    queryFn: () => api<StudyVisitListResponse>('GET', `${base(id)}/study-visits`),
  });

export const useRecordVisit = (id: string) =>
  useProgrammeChange(id, (body: CreateStudyVisitInput) =>
    api<StudyVisitView>('POST', `${base(id)}/study-visits`, body),
  );
