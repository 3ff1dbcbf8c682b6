import {
  type BudgetResponse,
  type CreateBudgetLineInput,
  type CreatePledgeInput,
  createBudgetLineBody,
  createPledgeBody,
  type ExportBudgetQuery,
  type ListBudgetQuery,
  type ListPledgesQuery,
  type PledgeListResponse,
  type PledgeView,
  type UpdateBudgetLineInput,
  type UpdatePledgeInput,
  updateBudgetLineBody,
  updatePledgeBody,
} from '../../../common/contracts/partnership-budget';
import { parseGrosze } from '../../../common/money';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, givenFields, invalid, notFound, parse } from '../../platform/errors';
import { presentBudgetLine, presentPledge } from './budget.presenter';
import {
  type BudgetLineRow,
  countBudgetLines,
  countPledges,
  deleteBudgetLine,
  deletePledge,
  findBudgetLine,
  findBudgetLines,
  findBudgetPage,
  findBudgetTotals,
  findPledges,
  insertBudgetLine,
  insertPledge,
  type PledgeRow,
  updateBudgetLineAtVersion,
  updatePledgeAtVersion,
} from './budget.repository';
import { auditChange, type LoadedPartnership, requireOpen } from './partnership-access';
import { canManageOwnMeans, membersActorSpeaksFor, speaksFor } from './plan.policy';
import { currentMember, LIMITS, lockedPlan, readablePlan, staleOrGone, underLimit } from './plan-access';

/**
 * Resources pledged and budget lines (step 8). Every member reads them all; each is changed only
 * by the member it belongs to, since each partner commits only its own means (seed 002 §9.1).
 * Another member's pledge or line is visible, so changing it is 403, not 404.
 */

const PLEDGE_FIELDS = [
  'kind',
  'description',
  'quantity',
  'unit',
  'availableFrom',
  'availableTo',
  'usedQuantity',
  'status',
] as const;
const LINE_FIELDS = [
  'source',
  'legalBasis',
  'category',
  'description',
  'year',
  'plannedGrosze',
  'spentGrosze',
] as const;

const ownsMeans = (ctx: Ctx, loaded: LoadedPartnership, memberId: string) => {
  const member = loaded.members.find((m) => m.id === memberId);
  return Boolean(member) && (Boolean(ctx.system) || canManageOwnMeans(ctx.actor, loaded.facts, member!));
};

/** Only the member's own people change its record (403), while the partnership is open; a former member's stays (409). */
function requireOwn(ctx: Ctx, loaded: LoadedPartnership, memberId: string) {
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw new AppError('conflict', 'partnership.memberLeft');
  authorize(ctx, (actor) => speaksFor(actor, member));
  requireOpen(loaded);
}

const speaksForMembers = (ctx: Ctx, loaded: LoadedPartnership) =>
  ctx.system ? loaded.members.map((m) => m.id) : membersActorSpeaksFor(ctx.actor, loaded.facts);

function periodProblem(p: { availableFrom: string | null; availableTo: string | null }) {
  if (p.availableFrom && p.availableTo && p.availableFrom > p.availableTo)
    throw invalid([{ field: 'availableTo', id: 'field.dateOrder' }]);
}

const pledgeOf = (ctx: Ctx, loaded: LoadedPartnership, row: PledgeRow) =>
  presentPledge(row, ownsMeans(ctx, loaded, row.memberId));

export async function listPledges(
  ctx: Ctx,
  id: string,
  query: ListPledgesQuery,
): Promise<PledgeListResponse> {
  const loaded = await readablePlan(ctx, id);
  const [rows, total] = await Promise.all([
    findPledges(ctx.db, id, undefined, query),
    countPledges(ctx.db, id),
  ]);
  return {
    items: rows.map((r) => pledgeOf(ctx, loaded, r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { pledgeFor: speaksForMembers(ctx, loaded) },
  };
}

export async function createPledge(ctx: Ctx, id: string, input: CreatePledgeInput): Promise<PledgeView> {
  const body = parse(createPledgeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await lockedPlan(tctx, id);
    const member = currentMember(loaded, body.memberId, 'memberId');
    requireOwn(tctx, loaded, member.id);
    underLimit(await countPledges(tctx.db, id), LIMITS.pledges);
    const fields = {
      kind: body.kind,
      description: body.description,
      quantity: body.quantity,
      unit: body.unit,
      availableFrom: body.availableFrom ?? null,
      availableTo: body.availableTo ?? null,
      usedQuantity: body.usedQuantity ?? null,
      status: body.status,
    };
    periodProblem(fields);
    const row = await insertPledge(tctx.db, { partnershipId: id, memberId: member.id, ...fields });
    await auditChange(tctx, loaded, {
      action: 'partnership.pledge.create',
      entityType: 'partnershipResourcePledge',
      entityId: row.id,
      changes: { memberId: member.id, ...changedFields(null, row, PLEDGE_FIELDS) },
    });
    return pledgeOf(tctx, loaded, { ...row, institutionName: member.institution.name });
  });
}

async function existingPledge(ctx: Ctx, id: string, pledgeId: string) {
  const loaded = await lockedPlan(ctx, id);
  const [row] = await findPledges(ctx.db, id, pledgeId);
  if (!row) throw notFound();
  requireOwn(ctx, loaded, row.memberId);
  return { loaded, row };
}

export async function updatePledge(ctx: Ctx, id: string, pledgeId: string, input: UpdatePledgeInput) {
  const { version, ...patch } = parse(updatePledgeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { loaded, row } = await existingPledge(tctx, id, pledgeId);
    const next = { ...row, ...givenFields(patch) };
    periodProblem(next);
    const updated =
      version === row.version
        ? await updatePledgeAtVersion(tctx.db, row.id, version, givenFields(patch))
        : undefined;
    if (!updated) throw staleOrGone(pledgeOf(tctx, loaded, row));
    await auditChange(tctx, loaded, {
      action: 'partnership.pledge.update',
      entityType: 'partnershipResourcePledge',
      entityId: row.id,
      changes: changedFields(row, updated, PLEDGE_FIELDS),
    });
    return pledgeOf(tctx, loaded, { ...updated, institutionName: row.institutionName });
  });
}

export async function removePledge(ctx: Ctx, id: string, pledgeId: string): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    const { loaded, row } = await existingPledge(tctx, id, pledgeId);
    await deletePledge(tctx.db, row.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.pledge.delete',
      entityType: 'partnershipResourcePledge',
      entityId: row.id,
      changes: {
        memberId: row.memberId,
        kind: { before: row.kind, after: null },
        description: { before: row.description, after: null },
      },
    });
  });
}

/** Text the contract has already checked, as grosze. */
const grosze = (text: string) => parseGrosze(text)!;

const lineOf = (ctx: Ctx, loaded: LoadedPartnership, row: BudgetLineRow) =>
  presentBudgetLine(row, ownsMeans(ctx, loaded, row.memberId));

/** A page of the lines the filters select, with totals per payer and per source over all of them. */
export async function listBudget(ctx: Ctx, id: string, query: ListBudgetQuery): Promise<BudgetResponse> {
  const loaded = await readablePlan(ctx, id);
  const [page, totals] = await Promise.all([
    findBudgetPage(ctx.db, id, query),
    findBudgetTotals(ctx.db, id, query),
  ]);
  return {
    items: page.items.map((r) => lineOf(ctx, loaded, r)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    totals,
    abilities: { addFor: speaksForMembers(ctx, loaded) },
  };
}

/** Every line the filters select, for the CSV export. */
export async function exportBudget(ctx: Ctx, id: string, query: ExportBudgetQuery) {
  const loaded = await readablePlan(ctx, id);
  return { partnership: loaded.row, lines: await findBudgetLines(ctx.db, id, query) };
}

export async function createBudgetLine(ctx: Ctx, id: string, input: CreateBudgetLineInput) {
  const body = parse(createBudgetLineBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await lockedPlan(tctx, id);
    const member = currentMember(loaded, body.memberId, 'memberId');
    requireOwn(tctx, loaded, member.id);
    underLimit(await countBudgetLines(tctx.db, id), LIMITS.budgetLines);
    const row = await insertBudgetLine(tctx.db, {
      partnershipId: id,
      memberId: member.id,
      source: body.source,
      legalBasis: body.legalBasis,
      category: body.category,
      description: body.description ?? null,
      year: body.year,
      plannedGrosze: grosze(body.planned),
      spentGrosze: body.spent ? grosze(body.spent) : 0,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.budgetLine.create',
      entityType: 'partnershipBudgetLine',
      entityId: row.id,
      changes: { memberId: member.id, ...changedFields(null, row, LINE_FIELDS) },
    });
    return lineOf(tctx, loaded, { ...row, institutionName: member.institution.name });
  });
}

async function existingLine(ctx: Ctx, id: string, lineId: string) {
  const loaded = await lockedPlan(ctx, id);
  const row = await findBudgetLine(ctx.db, id, lineId);
  if (!row) throw notFound();
  requireOwn(ctx, loaded, row.memberId);
  return { loaded, row };
}

export async function updateBudgetLine(ctx: Ctx, id: string, lineId: string, input: UpdateBudgetLineInput) {
  const { version, planned, spent, ...patch } = parse(updateBudgetLineBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { loaded, row } = await existingLine(tctx, id, lineId);
    const changes = givenFields({
      ...patch,
      plannedGrosze: planned === undefined ? undefined : grosze(planned),
      spentGrosze: spent === undefined ? undefined : grosze(spent),
    });
    const updated =
      version === row.version
        ? await updateBudgetLineAtVersion(tctx.db, row.id, version, changes)
        : undefined;
    if (!updated) throw staleOrGone(lineOf(tctx, loaded, row));
    await auditChange(tctx, loaded, {
      action: 'partnership.budgetLine.update',
      entityType: 'partnershipBudgetLine',
      entityId: row.id,
      changes: changedFields(row, updated, LINE_FIELDS),
    });
    return lineOf(tctx, loaded, { ...updated, institutionName: row.institutionName });
  });
}

export async function removeBudgetLine(ctx: Ctx, id: string, lineId: string): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    const { loaded, row } = await existingLine(tctx, id, lineId);
    await deleteBudgetLine(tctx.db, row.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.budgetLine.delete',
      entityType: 'partnershipBudgetLine',
      entityId: row.id,
      changes: {
        memberId: row.memberId,
        source: { before: row.source, after: null },
        plannedGrosze: { before: row.plannedGrosze, after: null },
      },
    });
  });
}
