import type { OfferingView, UpdateOfferingInput } from '../../../../common/contracts/service-offerings';
import { api } from '../../../lib/api';
import { useOfferingMutation } from './offering-mutation';

export const updateOffering = (id: string, body: UpdateOfferingInput) =>
  api<OfferingView>('PATCH', `/api/social-services/offerings/${id}`, body);

export const useUpdateOffering = (id: string) =>
  useOfferingMutation((body: UpdateOfferingInput) => updateOffering(id, body));
