import type {
  AssessmentView,
  ConfirmAssessmentInput,
  ReturnAssessmentInput,
  SelfAssessmentInput,
  StartAssessmentInput,
  SubmitAssessmentInput,
} from '../../../../common/contracts/provider-readiness';
import { api } from '../../../lib/api';
import { useAssessmentMutation } from './assessment-mutation';

const base = '/api/provider-readiness/assessments';

export const useStartAssessment = () =>
  useAssessmentMutation((body: StartAssessmentInput) => api<AssessmentView>('POST', base, body));

export const useSaveSelfAssessment = (id: string) =>
  useAssessmentMutation((body: SelfAssessmentInput) =>
    api<AssessmentView>('PUT', `${base}/${id}/self-assessment`, body),
  );

export const useSubmitAssessment = (id: string) =>
  useAssessmentMutation((body: SubmitAssessmentInput) =>
    api<AssessmentView>('POST', `${base}/${id}/submit`, body),
  );

export const useConfirmAssessment = (id: string) =>
  useAssessmentMutation((body: ConfirmAssessmentInput) =>
    api<AssessmentView>('POST', `${base}/${id}/confirm`, body),
  );

export const useReturnAssessment = (id: string) =>
  useAssessmentMutation((body: ReturnAssessmentInput) =>
    api<AssessmentView>('POST', `${base}/${id}/return`, body),
  );
