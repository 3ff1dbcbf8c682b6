import type { ServiceAreaView, UpdateServiceAreaInput } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useAreaMutation } from './area-mutation';

export const updateArea = (id: string, body: UpdateServiceAreaInput) =>
  api<ServiceAreaView>('PATCH', `/api/social-services/areas/${id}`, body);

export const useUpdateArea = (id: string) =>
  useAreaMutation((body: UpdateServiceAreaInput) => updateArea(id, body));
