import type {
  CreateMeetingInput,
  MeetingView,
  UpdateMeetingInput,
} from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useCreateMeeting = (id: string) =>
  usePartnershipMutation(id, (body: CreateMeetingInput) =>
    api<MeetingView>('POST', `/api/partnerships/${id}/meetings`, body),
  );

export const useUpdateMeeting = (id: string) =>
  usePartnershipMutation(id, ({ meetingId, ...body }: UpdateMeetingInput & { meetingId: string }) =>
    api<MeetingView>('PATCH', `/api/partnerships/${id}/meetings/${meetingId}`, body),
  );
