import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Every query of one partnership starts with this key, so a change refreshes its whole page. */
export const partnershipKey = (id: string) => ['partnerships', 'detail', id] as const;

/** A change to one partnership: afterwards its page and the list are read again. */
export function usePartnershipMutation<TBody, TResult>(
  id: string,
  mutationFn: (body: TBody) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] }),
      ]),
  });
}
