import type { ServiceTypeView, UpdateServiceTypeInput } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useServiceTypeMutation } from './service-type-mutation';

export const updateServiceType = (id: string, body: UpdateServiceTypeInput) =>
  api<ServiceTypeView>('PATCH', `/api/social-services/types/${id}`, body);

export const useUpdateServiceType = (id: string) =>
  useServiceTypeMutation((body: UpdateServiceTypeInput) => updateServiceType(id, body));
