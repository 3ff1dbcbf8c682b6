import type { QualificationView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useQualificationMutation } from './qualification-mutation';

export const reinstateQualification = (id: string, version: number) =>
  api<QualificationView>('POST', `/api/social-services/qualifications/${id}/reinstate`, { version });

export const useReinstateQualification = (id: string) =>
  useQualificationMutation((version: number) => reinstateQualification(id, version));
