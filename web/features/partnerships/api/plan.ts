import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../../../common/contracts/pagination';
import type {
  BudgetResponse,
  ListBudgetQuery,
  PledgeListResponse,
} from '../../../../common/contracts/partnership-budget';
import type { ListTasksQuery, PlanView, TaskPage } from '../../../../common/contracts/partnership-plan';
import { api, queryString } from '../../../lib/api';
import { partnershipKey, usePartnershipMutation } from './keys';

/** The plan tab's data: goals, target group, needs, scope, tasks, standards, in one read. */
export const usePlan = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'plan'],
    queryFn: () => api<PlanView>('GET', `/api/partnerships/${id}/plan`),
  });

export type TaskFilters = Partial<
  Pick<ListTasksQuery, 'sort' | 'status' | 'responsibleMemberId' | 'overdue' | 'page'>
>;

/** One page of the tasks table, sorted and filtered on the server. */
export const useTasks = (id: string, filters: TaskFilters) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'tasks', filters],
    queryFn: () =>
      api<TaskPage>('GET', `/api/partnerships/${id}/plan/tasks${queryString({ ...filters, pageSize: 20 })}`),
    placeholderData: (previous) => previous,
  });

/** A page of one list of the plan, ten cards at a time. */
export const usePlanList = <T>(id: string, list: 'goals' | 'scope' | 'own-standards', page: number) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'plan-list', list, page],
    queryFn: () =>
      api<Page<T>>('GET', `/api/partnerships/${id}/plan/${list}${queryString({ page, pageSize: 10 })}`),
    placeholderData: (previous) => previous,
  });

export const useResources = (id: string, page: number) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'resources', page],
    queryFn: () =>
      api<PledgeListResponse>(
        'GET',
        `/api/partnerships/${id}/resources${queryString({ page, pageSize: 20 })}`,
      ),
    placeholderData: (previous) => previous,
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
