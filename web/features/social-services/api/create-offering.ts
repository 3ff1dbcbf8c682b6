import type { CreateOfferingInput, OfferingView } from '../../../../common/contracts/service-offerings';
import { api } from '../../../lib/api';
import { useOfferingMutation } from './offering-mutation';

export const createOffering = (body: CreateOfferingInput) =>
  api<OfferingView>('POST', '/api/social-services/offerings', body);

export const useCreateOffering = () => useOfferingMutation(createOffering);
