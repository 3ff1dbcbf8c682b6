import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { api } from '../../../lib/api';

/** The chosen institution's card, for its name when the address names it but no search has found it yet. */
export const getInstitution = (id: string) => api<InstitutionView>('GET', `/api/institutions/${id}`);

export const chosenInstitutionQuery = (id: string) =>
  queryOptions({
    queryKey: ['institutions', 'detail', id],
    queryFn: () => getInstitution(id),
    staleTime: 60_000,
  });

export const useChosenInstitution = (id: string | undefined) =>
  useQuery({ ...chosenInstitutionQuery(id ?? ''), enabled: Boolean(id) });
