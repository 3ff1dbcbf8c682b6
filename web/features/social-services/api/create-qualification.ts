import type {
  CreateQualificationInput,
  QualificationView,
} from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useQualificationMutation } from './qualification-mutation';

export const createQualification = (body: CreateQualificationInput) =>
  api<QualificationView>('POST', '/api/social-services/qualifications', body);

export const useCreateQualification = () => useQualificationMutation(createQualification);
