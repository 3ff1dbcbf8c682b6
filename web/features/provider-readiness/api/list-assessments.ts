import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type AssessmentListResponse,
  assessmentViews,
} from '../../../../common/contracts/provider-readiness';
import { readinessStatuses } from '../../../../common/enums';
import { api, queryString } from '../../../lib/api';
import { readinessKeys } from './keys';

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface AssessmentSearch {
  view?: (typeof assessmentViews)[number];
  q?: string;
  status?: (typeof readinessStatuses)[number];
  page?: number;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown) =>
  values.includes(value as T) ? (value as T) : undefined;

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseAssessmentSearch(search: Record<string, unknown>): AssessmentSearch {
  const page = Number(search.page);
  const parsed: AssessmentSearch = {
    view: oneOf(assessmentViews, search.view),
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    status: oneOf(readinessStatuses, search.status),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;

export const useAssessments = (search: AssessmentSearch) =>
  useQuery({
    queryKey: [...readinessKeys.assessments, 'list', search],
    queryFn: () =>
      api<AssessmentListResponse>(
        'GET',
        `/api/provider-readiness/assessments${queryString({ ...search, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
