import type { CreateServiceAreaInput, ServiceAreaView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useAreaMutation } from './area-mutation';

export const createArea = (body: CreateServiceAreaInput) =>
  api<ServiceAreaView>('POST', '/api/social-services/areas', body);

export const useCreateArea = () => useAreaMutation(createArea);
