import { warsawToday } from '../../../common/contracts/beneficiaries';
import type { SurveyInvitationView, SurveyState } from '../../../common/contracts/person-survey';
import type { Executor } from '../../platform/db';
import type { PersonalDataVault } from '../../platform/personal-data';
import { findStatedGoals, type SurveyInsert, type SurveyRow } from './survey.repository';

type TextField = 'helped' | 'change' | 'goals';

/** Each text is bound to its row and column, so a ciphertext copied elsewhere does not decrypt. */
const contextOf = (field: TextField, id: string) => `person_survey_invitations.${field}:${id}`;

export const openSurveyText = (
  vault: PersonalDataVault,
  field: TextField,
  id: string,
  sealed: string | null,
) => (sealed === null ? null : vault.open(sealed, contextOf(field, id)));

/** The encrypted columns of the person's own words; a blank answer stays null. */
export const sealSurveyTexts = (
  vault: PersonalDataVault,
  id: string,
  texts: Record<TextField, string | null | undefined>,
): Pick<SurveyInsert, 'helpedEnc' | 'changeEnc' | 'goalsEnc'> => {
  const seal = (field: TextField) => {
    const value = texts[field];
    return value ? vault.seal(value, contextOf(field, id)) : null;
  };
  return { helpedEnc: seal('helped'), changeEnc: seal('change'), goalsEnc: seal('goals') };
};

/** `expired` is an open invitation past its deadline (Warsaw's calendar day). */
export const surveyState = (row: Pick<SurveyRow, 'state' | 'useBy'>, today = warsawToday()): SurveyState =>
  row.state === 'open' && row.useBy < today ? 'expired' : row.state;

/** An invitation as staff who may open the person see it, with the answer decrypted. */
export function presentSurvey(
  vault: PersonalDataVault,
  row: SurveyRow,
  manage: boolean,
): SurveyInvitationView {
  const state = surveyState(row);
  return {
    id: row.id,
    milestone: row.milestone,
    state,
    useBy: row.useBy,
    issuedAt: row.createdAt.toISOString(),
    issuedByName: row.issuedByName,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
    answer:
      row.answeredAt &&
      row.ratingUseful !== null &&
      row.ratingRespectful !== null &&
      row.ratingOnTime !== null
        ? {
            answeredAt: row.answeredAt.toISOString(),
            useful: row.ratingUseful,
            respectful: row.ratingRespectful,
            onTime: row.ratingOnTime,
            helped: openSurveyText(vault, 'helped', row.id, row.helpedEnc),
            change: openSurveyText(vault, 'change', row.id, row.changeEnc),
            goals: openSurveyText(vault, 'goals', row.id, row.goalsEnc),
            textsCleared: row.textsClearedAt !== null,
          }
        : null,
    version: row.version,
    abilities: { revoke: manage && state === 'open' },
  };
}

/** The goals the person stated in the survey, decrypted, for the diagnosis' "motivation and own goals". */
export async function statedGoals(db: Executor, vault: PersonalDataVault, personId: string) {
  return (await findStatedGoals(db, personId)).flatMap((row) => {
    const text = openSurveyText(vault, 'goals', row.id, row.goalsEnc);
    return text && row.answeredAt
      ? [{ milestone: row.milestone, answeredAt: row.answeredAt.toISOString(), text }]
      : [];
  });
}
