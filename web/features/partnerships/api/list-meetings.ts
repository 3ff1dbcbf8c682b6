import { useQuery } from '@tanstack/react-query';
import type { MeetingView } from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const useMeetings = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'meetings'],
    queryFn: () => api<{ items: MeetingView[] }>('GET', `/api/partnerships/${id}/meetings`),
  });

/** The calendar invitation is a plain download link: the browser sends the session cookie. */
/** The minutes as a PDF to print and file. */
export const meetingMinutesUrl = (id: string, meetingId: string) =>
  `/api/partnerships/${id}/meetings/${meetingId}/minutes.pdf`;

export const meetingIcsUrl = (id: string, meetingId: string) =>
  `/api/partnerships/${id}/meetings/${meetingId}/invitation.ics`;
