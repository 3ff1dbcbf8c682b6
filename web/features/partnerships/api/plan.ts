import { useQuery } from '@tanstack/react-query';
import type {
  BudgetResponse,
  ListBudgetQuery,
  PledgeListResponse,
} from '../../../../common/contracts/partnership-budget';
import type { PlanView } from '../../../../common/contracts/partnership-plan';
import { api, queryString } from '../../../lib/api';
import { partnershipKey, usePartnershipMutation } from './keys';

/** The plan tab's data: goals, target group, needs, scope, tasks, standards, in one read. */
export const usePlan = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'plan'],
    queryFn: () => api<PlanView>('GET', `/api/partnerships/${id}/plan`),
  });

export const useResources = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'resources'],
    queryFn: () => api<PledgeListResponse>('GET', `/api/partnerships/${id}/resources`),
  });

export type BudgetFilters = Partial<Pick<ListBudgetQuery, 'payer' | 'source' | 'year' | 'page'>>;

export const useBudget = (id: string, filters: BudgetFilters) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'budget', filters],
    queryFn: () =>
      api<BudgetResponse>(
        'GET',
        `/api/partnerships/${id}/budget${queryString({ ...filters, pageSize: 50 })}`,
      ),
    placeholderData: (previous) => previous,
  });

/** The export is a plain link: the browser sends the session cookie and saves the file. */
export const budgetCsvUrl = (id: string, filters: BudgetFilters, lang: string) =>
  `/api/partnerships/${id}/budget/export.csv${queryString({ ...filters, page: undefined, lang })}`;

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A change to a record of the plan, pledges or budget at `path` (relative to the partnership);
 * afterwards the partnership's page, its lifecycle included, is read again.
 */
export const usePlanChange = <TBody>(id: string, method: Method) =>
  usePartnershipMutation(id, ({ path, body }: { path: string; body?: TBody }) =>
    api<unknown>(method, `/api/partnerships/${id}${path}`, body),
  );
