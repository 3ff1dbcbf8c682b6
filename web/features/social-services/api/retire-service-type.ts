import type {
  RetireCatalogueEntryInput,
  ServiceTypeView,
} from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useServiceTypeMutation } from './service-type-mutation';

export const retireServiceType = (id: string, body: RetireCatalogueEntryInput) =>
  api<ServiceTypeView>('POST', `/api/social-services/types/${id}/retire`, body);

export const useRetireServiceType = (id: string) =>
  useServiceTypeMutation((body: RetireCatalogueEntryInput) => retireServiceType(id, body));
