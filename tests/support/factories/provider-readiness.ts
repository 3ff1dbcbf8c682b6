import {
  confirmAssessment,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from '../../../server/modules/provider-readiness';
import type { Ctx } from '../../../server/platform/authz';

/** Today in Poland, where the validity of a confirmation is a legal date. */
const warsawToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

/**
 * A provider's readiness for a service type taken through the real steps (start, every item met,
 * submit, then `confirmed` from today until the end given, or left `submitted`), so the rules and
 * audit of sphere 3 apply as they do in the app.
 */
export async function buildReadiness(
  ctx: Ctx,
  institutionId: string,
  serviceTypeId: string,
  options: { until?: 'submitted' | 'confirmed'; validUntil?: string } = {},
) {
  const draft = await startAssessment(ctx, { institutionId, serviceTypeId });
  const saved = await saveSelfAssessment(ctx, draft.id, {
    version: draft.version,
    items: draft.items.map((i) => ({
      key: i.key,
      met: true,
      evidence: 'Dokumenty w siedzibie',
      staffCount: i.source === 'qualification' ? 2 : null,
    })),
  });
  const submitted = await submitAssessment(ctx, draft.id, { version: saved.version });
  if (options.until === 'submitted') return submitted;
  return confirmAssessment(ctx, draft.id, {
    version: submitted.version,
    items: submitted.items.map((i) => ({ key: i.key, verdict: 'met' })),
    validFrom: warsawToday(),
    validUntil: options.validUntil ?? '2099-12-31',
  });
}
