import type { EndOfferingInput, OfferingView } from '../../../../common/contracts/service-offerings';
import { api } from '../../../lib/api';
import { useOfferingMutation } from './offering-mutation';

export const endOffering = (id: string, body: EndOfferingInput) =>
  api<OfferingView>('POST', `/api/social-services/offerings/${id}/end`, body);

export const useEndOffering = (id: string) =>
  useOfferingMutation((body: EndOfferingInput) => endOffering(id, body));
