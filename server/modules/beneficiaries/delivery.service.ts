import type { Page } from '../../../common/contracts/pagination';
import {
  type CloseCaseInput,
  closeCaseBody,
  type DeliveryPage,
  type DeliveryView,
  type ListDeliveriesQuery,
  listDeliveriesQuery,
  type PackageView,
  type RecordDeliveryBody,
  type RecordDeliveryInput,
  recordDeliveryBody,
  type UpdateDeliveryInput,
  updateDeliveryBody,
} from '../../../common/contracts/service-delivery';
import { parseGrosze } from '../../../common/money';
import { recordAudit } from '../../platform/audit';
import { type Ctx, institutionsWithPermission, inTransaction, requireActor } from '../../platform/authz';
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
import { refuseAnonymised } from './beneficiary-rules';
import {
  type DeliveryNames,
  deliveryNames,
  packageRows,
  presentClosure,
  presentDelivery,
} from './delivery.presenter';
import {
  type DeliveryRow,
  findClosure,
  findDeliveries,
  findDelivery,
  findDeliveryPage,
  findReferralInService,
  insertClosure,
  insertDelivery,
  updateDeliveryAtVersion,
} from './delivery.repository';
import { type PersonAccess, personAccess, requireCategory, requireManage } from './person-access';
import { openContent } from './support-plan.presenter';
import { findPlan, findPlanVersions } from './support-plan.repository';

/**
 * Deliveries of services to a person and the closure of the case. The providing institution's
 * staff record what they delivered: the entry institution's, or the operator's while its
 * referral of the person is in service (and a consent opens `serviceDelivery` to it). Every
 * partner that sees the category reads the deliveries and the package; reads are logged as
 * reads of personal data. A closed case takes no more deliveries.
 */

/** The institution in whose name the context records deliveries now, and its referral. */
interface Writer {
  institutionId: string;
  /** The operator's referral in service; null for the entry institution. */
  referralId: string | null;
}

async function writerOf(ctx: Ctx, access: PersonAccess): Promise<Writer | undefined> {
  if (!access.categories.has('serviceDelivery')) return undefined;
  if (access.owner)
    return access.manage ? { institutionId: access.row.entryInstitutionId, referralId: null } : undefined;
  requireActor(ctx);
  const workers = institutionsWithPermission(ctx.actor, 'beneficiaries.register');
  for (const institutionId of access.via.filter((id) => workers.includes(id))) {
    const referralId = await findReferralInService(ctx.db, access.row.id, institutionId);
    if (referralId) return { institutionId, referralId };
  }
  return undefined;
}

/** The entry institution changes any delivery; an operator the ones it provided. */
const mayEdit = (writer: Writer | undefined, row: DeliveryRow) =>
  !!writer && (writer.referralId === null || row.providerInstitutionId === writer.institutionId);

const audit = (ctx: Ctx, access: PersonAccess, action: string, entityId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'serviceDelivery',
    entityId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

/** The newest approved version of the person's plan with its actions, if one was approved. */
async function approvedPlan(ctx: Ctx, vault: PersonalDataVault, personId: string) {
  const plan = await findPlan(ctx.db, personId);
  const approved = plan && (await findPlanVersions(ctx.db, plan.id)).find((v) => v.status === 'approved');
  return approved && { number: approved.number, content: openContent(vault, approved) };
}

/** The person's deliveries, newest first, a page at a time; the read is logged. */
export async function listDeliveries(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  query: ListDeliveriesQuery,
): Promise<DeliveryPage> {
  const { page, pageSize } = parse(listDeliveriesQuery, query);
  const access = await personAccess(ctx, personId);
  requireCategory(access, 'serviceDelivery');
  const [{ items, total }, writer, closure, plan] = await Promise.all([
    findDeliveryPage(ctx.db, personId, page, pageSize),
    writerOf(ctx, access),
    findClosure(ctx.db, personId),
    approvedPlan(ctx, vault, personId),
  ]);
  const names = await deliveryNames(ctx.db, access.row.partnershipId, items);
  await recordAudit(ctx, {
    action: 'beneficiaries.delivery.read',
    entityType: 'person',
    entityId: personId,
    institutionId: access.row.entryInstitutionId,
    changes: { page, count: items.length },
    personalData: true,
  });
  const result: Page<DeliveryView> = {
    items: items.map((row) => presentDelivery(names, row, !closure && mayEdit(writer, row))),
    total,
    page,
    pageSize,
  };
  const record = !closure && !!writer;
  return {
    ...result,
    scopeItems: [...names.items.keys()].map(names.scopeItem),
    members: names.members.map((m) => names.institution(m.institutionId)),
    planActions: (plan?.content.actions ?? []).map((a, index) => ({
      index,
      scopeItem: a.scopeItem,
      provider: a.provider,
      payer: a.payer,
    })),
    abilities: { record, recordAs: record ? writer.institutionId : null },
  };
}

/**
 * The delivery as stored: the instrument is an item of the service's scope; the provider a
 * member named for the item (any member when it names none) and, for an operator, the operator
 * itself; the payer a member; the plan action one of the approved version for the same item.
 */
async function resolveDelivery(
  ctx: Ctx,
  vault: PersonalDataVault,
  access: PersonAccess,
  writer: Writer,
  body: RecordDeliveryBody,
  names: DeliveryNames,
) {
  const members = new Set(names.members.map((m) => m.institutionId));
  const item = names.items.get(body.scopeItemId);
  const problems: FieldProblem[] = [];
  if (!item) problems.push({ field: 'scopeItemId', id: 'supportPlan.scopeItemUnknown' });
  const providers = item?.providerInstitutionIds ?? [];
  if (
    !members.has(body.providerInstitutionId) ||
    (providers.length > 0 && !providers.includes(body.providerInstitutionId))
  )
    problems.push({ field: 'providerInstitutionId', id: 'supportPlan.notProvider' });
  else if (writer.referralId && body.providerInstitutionId !== writer.institutionId)
    problems.push({ field: 'providerInstitutionId', id: 'delivery.ownProvider' });
  if (!members.has(body.payerInstitutionId))
    problems.push({ field: 'payerInstitutionId', id: 'supportPlan.notMember' });
  let planVersion: number | null = null;
  if (body.planAction !== null && body.planAction !== undefined) {
    const plan = await approvedPlan(ctx, vault, access.row.id);
    const action = plan?.content.actions[body.planAction];
    if (!plan || action?.scopeItem.id !== body.scopeItemId)
      problems.push({ field: 'planAction', id: 'delivery.planActionUnknown' });
    else planVersion = plan.number;
  }
  if (problems.length) throw invalid(problems);
  return {
    deliveredOn: body.deliveredOn,
    scopeItemId: body.scopeItemId,
    hours: body.hours,
    providerInstitutionId: body.providerInstitutionId,
    payerInstitutionId: body.payerInstitutionId,
    costGrosze: parseGrosze(body.cost)!,
    planVersion,
    planAction: planVersion === null ? null : (body.planAction ?? null),
    note: body.note ?? null,
    recordedBy: ctx.actor?.userId ?? null,
    recordedByName: ctx.actor?.displayName ?? null,
  };
}

/** Locks the person and checks the case is open and the context may record now. */
async function writeTarget(ctx: Ctx, personId: string) {
  const access = await personAccess(ctx, personId, true);
  requireCategory(access, 'serviceDelivery');
  refuseAnonymised(access.row);
  const writer = await writerOf(ctx, access);
  if (!writer) throw new AppError('forbidden', 'delivery.notProvider');
  if (await findClosure(ctx.db, personId)) throw new AppError('conflict', 'delivery.caseClosed');
  return { access, writer };
}

export async function recordDelivery(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: RecordDeliveryInput,
): Promise<DeliveryView> {
  const body = parse(recordDeliveryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { access, writer } = await writeTarget(tctx, personId);
    const names = await deliveryNames(tctx.db, access.row.partnershipId, []);
    const fields = await resolveDelivery(tctx, vault, access, writer, body, names);
    const row = await insertDelivery(tctx.db, {
      id: newId(),
      personId,
      referralId: writer.referralId,
      ...fields,
    });
    await audit(tctx, access, 'beneficiaries.delivery.record', row.id, {
      deliveredOn: row.deliveredOn,
      scopeItemId: row.scopeItemId,
      hours: row.hours,
      costGrosze: row.costGrosze,
      payerInstitutionId: row.payerInstitutionId,
    });
    return presentDelivery(names, row, true);
  });
}

export async function updateDelivery(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  deliveryId: string,
  input: UpdateDeliveryInput,
): Promise<DeliveryView> {
  const { version, ...body } = parse(updateDeliveryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { access, writer } = await writeTarget(tctx, personId);
    const current = await findDelivery(tctx.db, personId, deliveryId, true);
    if (!current) throw notFound();
    if (!mayEdit(writer, current)) throw new AppError('forbidden', 'delivery.notProvider');
    const names = await deliveryNames(tctx.db, access.row.partnershipId, [current]);
    if (current.version !== version) throw versionConflict(presentDelivery(names, current, true));
    const fields = await resolveDelivery(tctx, vault, access, writer, body, names);
    const row = (await updateDeliveryAtVersion(tctx.db, deliveryId, version, fields))!;
    await audit(tctx, access, 'beneficiaries.delivery.update', row.id, {
      before: { hours: current.hours, costGrosze: current.costGrosze, deliveredOn: current.deliveredOn },
      after: { hours: row.hours, costGrosze: row.costGrosze, deliveredOn: row.deliveredOn },
    });
    return presentDelivery(names, row, true);
  });
}

/** Planned against delivered per action and instrument, with totals per paying partner (logged). */
export async function getPackage(ctx: Ctx, vault: PersonalDataVault, personId: string): Promise<PackageView> {
  const access = await personAccess(ctx, personId);
  requireCategory(access, 'serviceDelivery');
  const [deliveries, plan, closure] = await Promise.all([
    findDeliveries(ctx.db, personId),
    approvedPlan(ctx, vault, personId),
    findClosure(ctx.db, personId),
  ]);
  const names = await deliveryNames(ctx.db, access.row.partnershipId, deliveries);
  await recordAudit(ctx, {
    action: 'beneficiaries.package.read',
    entityType: 'person',
    entityId: personId,
    institutionId: access.row.entryInstitutionId,
    changes: { deliveries: deliveries.length, planVersion: plan?.number ?? null },
    personalData: true,
  });
  return {
    planVersion: plan?.number ?? null,
    ...packageRows(names, plan, deliveries),
    closure: closure ? presentClosure(closure) : null,
    abilities: { close: !closure && access.manage },
  };
}

/** The entry institution closes the case with its outcome; a closed case stays closed. */
export async function closeCase(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: CloseCaseInput,
): Promise<PackageView> {
  const body = parse(closeCaseBody, input);
  await inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    requireCategory(access, 'serviceDelivery');
    requireManage(access);
    if (await findClosure(tctx.db, personId)) throw new AppError('conflict', 'delivery.caseClosed');
    await insertClosure(tctx.db, {
      personId,
      outcome: body.outcome,
      closedOn: body.closedOn,
      dropOutReason: body.outcome === 'dropOut' ? (body.dropOutReason ?? null) : null,
      note: body.note ?? null,
      closedBy: tctx.actor?.userId ?? null,
      closedByName: tctx.actor?.displayName ?? null,
    });
    await recordAudit(tctx, {
      action: 'beneficiaries.case.close',
      entityType: 'person',
      entityId: personId,
      institutionId: access.row.entryInstitutionId,
      changes: { outcome: body.outcome, closedOn: body.closedOn },
      personalData: true,
    });
  });
  return getPackage(ctx, vault, personId);
}
