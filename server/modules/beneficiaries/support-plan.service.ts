import {
  type SaveSupportPlanInput,
  type SupportPlanStepInput,
  type SupportPlanView,
  saveSupportPlanBody,
  supportPlanStepBody,
} from '../../../common/contracts/support-plan';
import { parseGrosze } from '../../../common/money';
import { recordAudit } from '../../platform/audit';
import { type Actor, type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { newId } from '../../platform/db';
import {
  AppError,
  type FieldProblem,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { type ServiceScopeItem, serviceScope } from '../partnerships';
import { refuseAnonymised } from './beneficiary-rules';
import { findService } from './person.repository';
import { type PersonAccess, personAccess, requireCategory, requireManage } from './person-access';
import { openContent, presentVersion, type StoredPlanContent, sealContent } from './support-plan.presenter';
import {
  bumpPlan,
  findPlan,
  findPlanVersions,
  insertPlan,
  insertPlanVersion,
  type PlanVersionRow,
  updatePlanVersion,
} from './support-plan.repository';

/**
 * The individual support plan: the entry institution's staff draft it, a coordinator or manager
 * of the entry institution approves it, and the partners that see the person's `supportPlan`
 * category read it. Every version stays: approval freezes one, the next change opens another.
 */

/** Roles at the entry institution that approve plans (the case worker who drafts does not). */
const approverRoles = ['coordinator', 'manager'] as const;

/** The institutions whose people's plans the actor approves. */
export const approverInstitutions = (actor: Actor): string[] =>
  actor.memberships
    .filter((m) => (approverRoles as readonly string[]).includes(m.role))
    .map((m) => m.institutionId);

function mayApprove(ctx: Ctx, access: PersonAccess): boolean {
  if (ctx.system) return true;
  requireActor(ctx);
  return approverInstitutions(ctx.actor).includes(access.row.entryInstitutionId);
}

const audit = (ctx: Ctx, access: PersonAccess, action: string, planId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'supportPlan',
    entityId: planId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

async function planView(ctx: Ctx, vault: PersonalDataVault, access: PersonAccess): Promise<SupportPlanView> {
  const plan = await findPlan(ctx.db, access.row.id);
  const versions = plan ? await findPlanVersions(ctx.db, plan.id) : [];
  const current = versions[0];
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const scope = await serviceScope(ctx.db, access.row.partnershipId);
  const service = await findService(ctx.db, access.row.partnershipId);
  return {
    current: current ? presentVersion(vault, current) : null,
    versions: versions.map((v) => ({
      number: v.number,
      status: v.status,
      approvedAt: v.approvedAt?.toISOString() ?? null,
      approvedByName: v.approvedByName,
    })),
    scopeItems: scope.map((s) => ({ id: s.id, instrument: s.instrument, description: s.description })),
    members: (service?.members ?? []).map((m) => ({ id: m.institutionId, name: m.name })),
    version: plan?.version ?? 0,
    abilities: {
      edit: access.manage,
      submit: access.manage && current?.status === 'draft',
      approve: current?.status === 'submitted' && mayApprove(ctx, access),
    },
  };
}

/** The plan with its versions; the read is logged. 404 without the `supportPlan` category. */
export async function getSupportPlan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
): Promise<SupportPlanView> {
  const access = await personAccess(ctx, personId);
  requireCategory(access, 'supportPlan');
  const view = await planView(ctx, vault, access);
  await recordAudit(ctx, {
    action: 'beneficiaries.supportPlan.read',
    entityType: 'person',
    entityId: personId,
    institutionId: access.row.entryInstitutionId,
    changes: { versions: view.versions.length },
    personalData: true,
  });
  return view;
}

/**
 * The actions as stored: each must name an item of the service scope, a provider named for the
 * item (any member when the item names none) and a paying member of the service.
 */
async function resolveContent(
  ctx: Ctx,
  access: PersonAccess,
  body: ReturnType<typeof saveSupportPlanBody.parse>,
): Promise<StoredPlanContent> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const scope = await serviceScope(ctx.db, access.row.partnershipId);
  const service = await findService(ctx.db, access.row.partnershipId);
  const members = new Map((service?.members ?? []).map((m) => [m.institutionId, m.name]));
  const items = new Map<string, ServiceScopeItem>(scope.map((s) => [s.id, s]));
  const problems: FieldProblem[] = [];
  body.actions.forEach((a, i) => {
    const item = items.get(a.scopeItemId);
    if (!item) problems.push({ field: `actions.${i}.scopeItemId`, id: 'supportPlan.scopeItemUnknown' });
    const providers = item?.providerInstitutionIds ?? [];
    if (
      !members.has(a.providerInstitutionId) ||
      (providers.length > 0 && !providers.includes(a.providerInstitutionId))
    )
      problems.push({ field: `actions.${i}.providerInstitutionId`, id: 'supportPlan.notProvider' });
    if (!members.has(a.payerInstitutionId))
      problems.push({ field: `actions.${i}.payerInstitutionId`, id: 'supportPlan.notMember' });
  });
  if (problems.length) throw invalid(problems);
  const ref = (id: string) => ({ id, name: members.get(id)! });
  return {
    goals: body.goals,
    actions: body.actions.map((a) => {
      const item = items.get(a.scopeItemId)!;
      return {
        scopeItem: { id: item.id, instrument: item.instrument, description: item.description },
        goal: a.goal,
        description: a.description ?? null,
        provider: ref(a.providerInstitutionId),
        payer: ref(a.payerInstitutionId),
        legalBasis: a.legalBasis,
        from: a.from,
        until: a.until,
        hours: a.hours ?? null,
        costGrosze: a.cost ? parseGrosze(a.cost) : null,
      };
    }),
    agreement: { signed: body.agreement.signed, signedOn: body.agreement.signedOn ?? null },
  };
}

/**
 * Saves the whole plan at the version read (0 before the first draft). An approved plan is not
 * changed: its next version opens as a draft. A submitted plan that is changed returns to draft.
 */
export async function saveSupportPlan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: SaveSupportPlanInput,
): Promise<SupportPlanView> {
  const body = parse(saveSupportPlanBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    refuseAnonymised(access.row);
    requireCategory(access, 'supportPlan');
    requireManage(access);
    const plan = await findPlan(tctx.db, personId, true);
    if ((plan?.version ?? 0) !== body.version) throw versionConflict(await planView(tctx, vault, access));
    const content = await resolveContent(tctx, access, body);
    const editor = { editedBy: tctx.actor?.userId ?? null, editedByName: tctx.actor?.displayName ?? null };
    const planId = plan
      ? (await bumpPlan(tctx.db, plan.id, plan.version))!.id
      : (await insertPlan(tctx.db, { id: newId(), personId })).id;
    const current = plan ? (await findPlanVersions(tctx.db, plan.id))[0] : undefined;
    let number = 1;
    if (current && current.status !== 'approved') {
      number = current.number;
      await updatePlanVersion(tctx.db, current.id, {
        ...editor,
        status: 'draft',
        submittedAt: null,
        contentEnc: sealContent(vault, current.id, content),
      });
    } else {
      number = (current?.number ?? 0) + 1;
      const id = newId();
      await insertPlanVersion(tctx.db, {
        id,
        planId,
        number,
        ...editor,
        contentEnc: sealContent(vault, id, content),
      });
    }
    await audit(tctx, access, 'beneficiaries.supportPlan.save', planId, {
      number,
      goals: content.goals.length,
      actions: content.actions.length,
      agreementSigned: content.agreement.signed,
    });
    return planView(tctx, vault, access);
  });
}

/** Locks the plan at the version read and hands back its newest version, for a step of its approval. */
async function stepTarget(ctx: Ctx, vault: PersonalDataVault, access: PersonAccess, version: number) {
  const plan = await findPlan(ctx.db, access.row.id, true);
  if (!plan) throw notFound();
  if (plan.version !== version) throw versionConflict(await planView(ctx, vault, access));
  await bumpPlan(ctx.db, plan.id, plan.version);
  return { plan, current: (await findPlanVersions(ctx.db, plan.id))[0] as PlanVersionRow };
}

/** The case worker hands the draft to the coordinator; the person's signature must be recorded first. */
export async function submitSupportPlan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: SupportPlanStepInput,
): Promise<SupportPlanView> {
  const body = parse(supportPlanStepBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    requireCategory(access, 'supportPlan');
    requireManage(access);
    const { plan, current } = await stepTarget(tctx, vault, access, body.version);
    if (current.status !== 'draft') throw new AppError('conflict', 'supportPlan.notDraft');
    if (!openContent(vault, current).agreement.signed)
      throw invalid([{ field: 'agreement.signed', id: 'supportPlan.agreementMissing' }]);
    await updatePlanVersion(tctx.db, current.id, { status: 'submitted', submittedAt: new Date() });
    await audit(tctx, access, 'beneficiaries.supportPlan.submit', plan.id, { number: current.number });
    return planView(tctx, vault, access);
  });
}

/** A coordinator or manager of the entry institution approves the submitted version: it is frozen. */
export async function approveSupportPlan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: SupportPlanStepInput,
): Promise<SupportPlanView> {
  const body = parse(supportPlanStepBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    requireCategory(access, 'supportPlan');
    if (!access.owner || !mayApprove(tctx, access))
      throw new AppError('forbidden', 'supportPlan.approverOnly');
    const { plan, current } = await stepTarget(tctx, vault, access, body.version);
    if (current.status !== 'submitted') throw new AppError('conflict', 'supportPlan.notSubmitted');
    await updatePlanVersion(tctx.db, current.id, {
      status: 'approved',
      approvedAt: new Date(),
      approvedBy: tctx.actor?.userId ?? null,
      approvedByName: tctx.actor?.displayName ?? null,
    });
    await audit(tctx, access, 'beneficiaries.supportPlan.approve', plan.id, { number: current.number });
    return planView(tctx, vault, access);
  });
}

/** One version for printing, with the person's name where the reader sees it; the print is logged. */
export async function planVersionForPrint(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  number: number,
) {
  const access = await personAccess(ctx, personId);
  requireCategory(access, 'supportPlan');
  const plan = await findPlan(ctx.db, personId);
  const row = plan && (await findPlanVersions(ctx.db, plan.id)).find((v) => v.number === number);
  if (!plan || !row) throw notFound();
  await audit(ctx, access, 'beneficiaries.supportPlan.print', plan.id, { number });
  const service = await findService(ctx.db, access.row.partnershipId);
  return {
    version: presentVersion(vault, row),
    person: access.categories.has('identification')
      ? { firstName: access.row.firstName, lastName: access.row.lastName, birthDate: access.row.birthDate }
      : null,
    partnership: service?.name ?? '',
    entryInstitution:
      service?.members.find((m) => m.institutionId === access.row.entryInstitutionId)?.name ?? '',
  };
}
