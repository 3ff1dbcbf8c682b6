import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerSurveyInput,
  IssuedSurvey,
  IssueSurveyInput,
  PersonVoiceView,
  PublicSurveyView,
  SurveyInvitationView,
  SurveyResultsView,
  SurveyRevokeInput,
} from '../../../../common/contracts/person-survey';
import { ApiError, api, downloadApiFile } from '../../../lib/api';

/** The person's voice section; closing the case refreshes it (the closure survey becomes due). */
export const personVoiceKey = (personId: string) => ['beneficiaries', 'surveys', personId] as const;
const notFoundNoRetry = (count: number, error: Error) =>
  !(error instanceof ApiError && error.status === 404) && count < 2;

/** The person's invitations and answers (a logged read of personal data, so not refetched on focus). */
export const usePersonVoice = (personId: string) =>
  useQuery({
    queryKey: personVoiceKey(personId),
    queryFn: () => api<PersonVoiceView>('GET', `/api/beneficiaries/${personId}/surveys`),
    refetchOnWindowFocus: false,
    retry: notFoundNoRetry,
  });

export function useIssueSurvey(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueSurveyInput) =>
      api<IssuedSurvey>('POST', `/api/beneficiaries/${personId}/surveys`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personVoiceKey(personId) }),
  });
}

export function useRevokeSurvey(personId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyRevokeInput) =>
      api<SurveyInvitationView>('POST', `/api/surveys/${surveyId}/revoke`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personVoiceKey(personId) }),
  });
}

/** Prints the slip from the code just issued and saves it as a PDF file. */
export async function downloadSurveySlip(invitation: SurveyInvitationView, code: string) {
  await downloadApiFile(
    `/api/surveys/${invitation.id}/slip`,
    { code },
    `ankieta-${invitation.milestone}.pdf`,
  );
}

/** The public page: which survey a code opens. */
export const useOpenSurvey = () =>
  useMutation({
    mutationFn: (code: string) => api<PublicSurveyView>('POST', '/api/public/survey/open', { code }),
  });

export const useAnswerSurvey = () =>
  useMutation({
    mutationFn: (body: AnswerSurveyInput) =>
      api<{ answered: true }>('POST', '/api/public/survey/answer', body),
  });

/** The partnership's monitoring of the survey: counts, averages and proposals without names. */
export const useSurveyResults = (partnershipId: string) =>
  useQuery({
    queryKey: ['partnerships', partnershipId, 'survey-results'],
    queryFn: () => api<SurveyResultsView>('GET', `/api/partnerships/${partnershipId}/survey-results`),
    retry: notFoundNoRetry,
  });
