import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QualificationListResponse } from '../../../../common/contracts/social-services';
import type {
  DeclareStaffingNeedInput,
  DiagnosisView,
  StaffingNeedListResponse,
  StaffingNeedView,
  UpdateStaffingNeedInput,
} from '../../../../common/contracts/staffing-needs';
import { staffingNeedStatuses } from '../../../../common/enums';
import { api, queryString } from '../../../lib/api';

const keys = { all: ['staffing-needs'] as const };
const statusFilters = [...staffingNeedStatuses, 'all'] as const;

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface NeedSearch {
  q?: string;
  status?: (typeof statusFilters)[number];
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseNeedSearch(search: Record<string, unknown>): NeedSearch {
  const page = Number(search.page);
  const parsed: NeedSearch = {
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    status: statusFilters.includes(search.status as never)
      ? (search.status as NeedSearch['status'])
      : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const useNeeds = (search: NeedSearch) =>
  useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: () =>
      api<StaffingNeedListResponse>('GET', `/api/staffing-needs${queryString({ ...search, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });

/** The diagnosis' address: the voivodeship or powiat it covers. */
export const parseDiagnosisSearch = (search: Record<string, unknown>): { territory?: string } =>
  typeof search.territory === 'string' && /^\d{2}(\d{2})?$/.test(search.territory)
    ? { territory: search.territory }
    : {};

export const useDiagnosis = (territory: string | undefined) =>
  useQuery({
    queryKey: [...keys.all, 'diagnosis', territory],
    queryFn: () => api<DiagnosisView>('GET', `/api/staffing-needs/diagnosis${queryString({ territory })}`),
    enabled: !!territory,
  });

function useNeedMutation<T>(mutationFn: (input: T) => Promise<StaffingNeedView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export const useDeclareNeed = () =>
  useNeedMutation((body: DeclareStaffingNeedInput) =>
    api<StaffingNeedView>('POST', '/api/staffing-needs', body),
  );

export const useUpdateNeed = (id: string) =>
  useNeedMutation((body: UpdateStaffingNeedInput) =>
    api<StaffingNeedView>('PATCH', `/api/staffing-needs/${id}`, body),
  );

/** The qualifications in use, as options (the catalogue holds a few dozen). */
export const useQualificationOptions = () =>
  useQuery({
    queryKey: [...keys.all, 'qualification-options'],
    queryFn: () =>
      api<QualificationListResponse>('GET', '/api/social-services/qualifications?status=active&pageSize=100'),
    select: (page) => page.items.map((q) => ({ value: q.id, label: q.name })),
  });
