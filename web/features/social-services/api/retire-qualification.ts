import type {
  QualificationView,
  RetireCatalogueEntryInput,
} from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useQualificationMutation } from './qualification-mutation';

export const retireQualification = (id: string, body: RetireCatalogueEntryInput) =>
  api<QualificationView>('POST', `/api/social-services/qualifications/${id}/retire`, body);

export const useRetireQualification = (id: string) =>
  useQualificationMutation((body: RetireCatalogueEntryInput) => retireQualification(id, body));
