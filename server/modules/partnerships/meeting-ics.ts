import { createEvent } from 'ics';
import type { MeetingRow } from './activity.repository';
import type { PartnershipRow } from './partnership.repository';

/** A meeting without an end is put in calendars for two hours, the usual length of a partners' meeting. */
const DEFAULT_LENGTH_MS = 2 * 60 * 60 * 1000;

/**
 * The meeting as an RFC 5545 calendar event (the `ics` package escapes and folds the text). The
 * UID is the meeting's id, so a second download updates the same entry instead of adding one.
 */
export function meetingCalendar(partnership: PartnershipRow, meeting: MeetingRow, host: string): string {
  const end = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_LENGTH_MS);
  const { error, value } = createEvent({
    uid: `${meeting.id}@${host}`,
    productId: 'kooperacja/partnerships',
    method: 'PUBLISH',
    title: `${partnership.name}: ${meeting.title}`,
    description: meeting.agenda,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    sequence: meeting.version,
    ...(meeting.place && { location: meeting.place }),
    ...(meeting.onlineUrl && { url: meeting.onlineUrl }),
  });
  if (error || !value) throw error ?? new Error('The calendar event could not be built');
  return value;
}
