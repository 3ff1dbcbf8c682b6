import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';

/** Every query of one partnership starts with this key, so a change refreshes its whole page. */
export const partnershipKey = (id: string) => ['partnerships', 'detail', id] as const;

/**
 * A change to one partnership: afterwards its page and the list are read again. After a 409 the
 * page is read again too, so that what is shown behind the conflict message is the current data.
 */
export function usePartnershipMutation<TBody, TResult>(
  id: string,
  mutationFn: (body: TBody) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: partnershipKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void refresh();
    },
  });
}
