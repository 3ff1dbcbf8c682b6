import type { LifecycleView, ReopenStepInput } from '../../../../common/contracts/partnership-activity';
import type { LifecycleStep } from '../../../../common/enums';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useReopenStep = (id: string) =>
  usePartnershipMutation(id, ({ step, ...body }: ReopenStepInput & { step: LifecycleStep }) =>
    api<LifecycleView>('POST', `/api/partnerships/${id}/lifecycle/${step}/reopen`, body),
  );
