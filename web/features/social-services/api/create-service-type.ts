import type { CreateServiceTypeInput, ServiceTypeView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useServiceTypeMutation } from './service-type-mutation';

export const createServiceType = (body: CreateServiceTypeInput) =>
  api<ServiceTypeView>('POST', '/api/social-services/types', body);

export const useCreateServiceType = () => useServiceTypeMutation(createServiceType);
