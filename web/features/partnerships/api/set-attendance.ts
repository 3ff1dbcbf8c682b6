import type { AttendanceInput, MeetingView } from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useSetAttendance = (id: string) =>
  usePartnershipMutation(id, ({ meetingId, ...body }: AttendanceInput & { meetingId: string }) =>
    api<MeetingView>('PUT', `/api/partnerships/${id}/meetings/${meetingId}/attendance`, body),
  );
