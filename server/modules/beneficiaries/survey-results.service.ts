import { warsawToday } from '../../../common/contracts/beneficiaries';
import {
  type SurveyResultsView,
  surveyMilestones,
  type surveyRatings,
} from '../../../common/contracts/person-survey';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import { notFound } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { findService } from './person.repository';
import { openSurveyText } from './survey.presenter';
import { countSurveysOfPartnership, findSurveyTextsOfPartnership } from './survey.repository';

/**
 * The partnership's monitoring of what people say about its support (seed 002 §10): per milestone
 * how many were asked and answered, the average ratings, and the texts of what helped and what
 * should change. Nothing here links an answer to a person: counts come from non-personal columns,
 * texts are decrypted and sorted alphabetically (neither order nor date gives the author away).
 * Any member institution's staff who read the partnership see it, evaluators included; to anyone
 * else the partnership's results do not exist (404).
 */
export async function surveyResults(
  ctx: Ctx,
  vault: PersonalDataVault,
  partnershipId: string,
): Promise<SurveyResultsView> {
  requireActor(ctx);
  const service = await findService(ctx.db, partnershipId);
  const readers = institutionsWithPermission(ctx.actor, 'partnerships.read');
  if (!service?.members.some((m) => readers.includes(m.institutionId))) throw notFound();
  const [counts, texts] = await Promise.all([
    countSurveysOfPartnership(ctx.db, partnershipId, warsawToday()),
    findSurveyTextsOfPartnership(ctx.db, partnershipId),
  ]);
  const collect = (field: 'helped' | 'change', pick: (row: (typeof texts)[number]) => string | null) =>
    texts
      .flatMap((row) => {
        const text = openSurveyText(vault, field, row.id, pick(row));
        return text ? [{ milestone: row.milestone, text }] : [];
      })
      .sort((a, b) => a.text.localeCompare(b.text, 'pl'));
  return {
    partnership: { id: service.id, name: service.name },
    milestones: surveyMilestones.map((milestone) => {
      const of = counts.filter((c) => c.milestone === milestone);
      const n = (state: string) => of.find((c) => c.state === state)?.n ?? 0;
      const answered = of.find((c) => c.state === 'answered');
      const average = (rating: (typeof surveyRatings)[number]) =>
        answered && answered.n > 0 && answered[rating] !== null
          ? Math.round((answered[rating] / answered.n) * 10) / 10
          : null;
      return {
        milestone,
        issued: of.reduce((sum, c) => sum + c.n, 0),
        answered: n('answered'),
        open: n('open'),
        expired: n('expired'),
        revoked: n('revoked'),
        averages: { useful: average('useful'), respectful: average('respectful'), onTime: average('onTime') },
      };
    }),
    proposals: collect('change', (row) => row.changeEnc),
    helped: collect('helped', (row) => row.helpedEnc),
  };
}
