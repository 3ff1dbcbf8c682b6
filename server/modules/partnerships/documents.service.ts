import type { Ctx } from '../../platform/authz';
import { findInstitutionById } from '../institutions';
import { findAttendance, findDecisionsOfMeetings } from './activity.repository';
import { getAgreementVersion } from './agreement.service';
import { agreementPdf } from './agreement-pdf';
import { effectiveState } from './agreement-state';
import { getMeeting } from './meeting.service';
import { minutesPdf } from './minutes-pdf';

/**
 * The partnership's printable documents, private to its members like the records they print:
 * an agreement's version and a meeting's minutes. Each answers the file and its name.
 */

const slug = (text: string) => text.slice(0, 60).trim();

export async function agreementVersionPdf(ctx: Ctx, id: string, agreementId: string, n: number) {
  const { loaded, row, version, signatures } = await getAgreementVersion(ctx, id, agreementId, n);
  const parties = await Promise.all(
    loaded.members.map(async (member) => ({
      member,
      institution: await findInstitutionById(ctx.db, member.institutionId),
    })),
  );
  const pdf = await agreementPdf({
    partnershipName: loaded.row.name,
    agreement: row,
    state: effectiveState(row),
    version,
    parties,
    signatures,
  });
  return { pdf, fileName: `${slug(version.title)} - wersja ${version.number}.pdf` };
}

export async function meetingMinutesPdf(ctx: Ctx, id: string, meetingId: string) {
  const { partnership, meeting } = await getMeeting(ctx, id, meetingId);
  const [attendance, decisions] = await Promise.all([
    findAttendance(ctx.db, [meeting.id]),
    findDecisionsOfMeetings(ctx.db, [meeting.id]),
  ]);
  const pdf = await minutesPdf({ partnershipName: partnership.name, meeting, attendance, decisions });
  return { pdf, fileName: `Protokół - ${slug(meeting.title)}.pdf` };
}
