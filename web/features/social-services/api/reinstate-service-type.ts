import type { ServiceTypeView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { useServiceTypeMutation } from './service-type-mutation';

export const reinstateServiceType = (id: string, version: number) =>
  api<ServiceTypeView>('POST', `/api/social-services/types/${id}/reinstate`, { version });

export const useReinstateServiceType = (id: string) =>
  useServiceTypeMutation((version: number) => reinstateServiceType(id, version));
