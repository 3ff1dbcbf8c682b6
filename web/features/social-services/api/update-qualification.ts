import type {
  QualificationView,
  UpdateQualificationInput,
} from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useQualificationMutation } from './qualification-mutation';

export const updateQualification = (id: string, body: UpdateQualificationInput) =>
  api<QualificationView>('PATCH', `/api/social-services/qualifications/${id}`, body);

export const useUpdateQualification = (id: string) =>
  useQualificationMutation((body: UpdateQualificationInput) => updateQualification(id, body));
