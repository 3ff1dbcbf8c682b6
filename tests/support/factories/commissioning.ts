import type { CreateCommissionInput, CreatePlanInput } from '../../../common/contracts/commissioning';
import { adoptPlan, createCommission, createPlan } from '../../../server/modules/commissioning';
import type { Ctx } from '../../../server/platform/authz';
import { buildInstitution } from './institutions';
import { catalogueType } from './social-services';

let counter = 0;

/** A valid plan form for 2026, with its 2025 baseline and one target; overrides change any field. */
export const planForm = (
  jstInstitutionId: string,
  overrides: Partial<CreatePlanInput> = {},
): CreatePlanInput => ({
  jstInstitutionId,
  title: `Plan zlecania usług społecznych nr ${++counter}`,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  baseYear: 2025,
  baselinePesCount: 2,
  baselinePesValue: '120 000,00',
  baselineTotalCount: 10,
  baselineTotalValue: '800 000',
  strategicDocumentKind: 'socialProblemsStrategy',
  strategicDocumentName:
    'Strategia rozwiązywania problemów społecznych Gminy Janów Lubelski na lata 2021–2030',
  strategicDocumentNumber: 'XXIV/182/2021',
  targets: [{ year: 2026, count: 4, value: '250 000', sharePercent: 30 }],
  ...overrides,
});

/**
 * A gmina office with a draft plan and one planned commission of home care to a social
 * cooperative, created through the real services; `adopted` also adopts it by resolution.
 */
export async function buildPlan(
  ctx: Ctx,
  options: { jstId?: string; adopted?: boolean; commission?: Partial<CreateCommissionInput> } = {},
) {
  const jst = options.jstId ? { id: options.jstId } : await buildInstitution(ctx, { type: 'jstGmina' });
  const pes = await buildInstitution(ctx, {
    type: 'pes',
    name: `Spółdzielnia Socjalna „Pomocna Dłoń” nr ${++counter}`,
  });
  const draft = await createPlan(ctx, planForm(jst.id));
  const type = await catalogueType(ctx);
  const withCommission = await createCommission(ctx, draft.row.id, {
    serviceTypeId: type.id,
    mode: 'openCall',
    year: 2026,
    quarter: 2,
    budget: '60 000',
    description: 'Pomoc w codziennych czynnościach osobom starszym',
    expectedContractorIds: [pes.id],
    ...options.commission,
  });
  const plan = options.adopted
    ? await adoptPlan(ctx, draft.row.id, {
        version: withCommission.row.version,
        resolutionNumber: 'XII/85/2025',
        resolutionDate: '2025-12-18',
      })
    : withCommission;
  return { jstId: jst.id, pes, plan, id: plan.row.id, commissionId: plan.commissions[0]!.id };
}
