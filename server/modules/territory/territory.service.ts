import type { Page } from '../../../common/contracts/pagination';
import type { ListTerritorialUnitsQuery } from '../../../common/contracts/territory';
import { type Ctx, requireActor } from '../../platform/authz';
import { AppError, notFound } from '../../platform/errors';
import { canReadTerritory } from './territory.policy';
import type { TerritorialUnitDetail } from './territory.presenter';
import {
  countChildren,
  countDescendantsByLevel,
  findChildrenWithPath,
  findUnitWithPath,
  searchUnitsWithPath,
  type UnitWithPathRows,
} from './territory.repository';

/** The platform itself passes; anyone else must be signed in and a member somewhere. */
function authorizeRead(ctx: Ctx) {
  if (ctx.system) return;
  requireActor(ctx);
  if (!canReadTerritory(ctx.actor)) throw new AppError('forbidden', 'forbidden');
}

/** Finds units by name or code, optionally of some levels or under one parent: what pickers and the register page ask. */
export async function searchTerritorialUnits(
  ctx: Ctx,
  query: ListTerritorialUnitsQuery,
): Promise<Page<UnitWithPathRows>> {
  authorizeRead(ctx);
  const { rows, total } = await searchUnitsWithPath(ctx.db, query);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

/** A unit with its path and what lies below it; an unknown or malformed code is 404. */
export async function getTerritorialUnit(ctx: Ctx, code: string): Promise<TerritorialUnitDetail> {
  authorizeRead(ctx);
  const path = await findUnitWithPath(ctx.db, code);
  if (!path) throw notFound();
  const [childrenCount, byLevel] = await Promise.all([
    countChildren(ctx.db, code),
    countDescendantsByLevel(ctx.db, path.unit),
  ]);
  return {
    path,
    childrenCount,
    descendantCounts: {
      powiat: byLevel.powiat ?? 0,
      gmina: byLevel.gmina ?? 0,
      gminaPart: byLevel.gminaPart ?? 0,
    },
  };
}

/** The units directly below one unit, for drilling down the register; 404 for an unknown unit. */
export async function listTerritorialUnitChildren(ctx: Ctx, code: string): Promise<UnitWithPathRows[]> {
  authorizeRead(ctx);
  const [unit, children] = await Promise.all([
    findUnitWithPath(ctx.db, code),
    findChildrenWithPath(ctx.db, code),
  ]);
  if (!unit) throw notFound();
  return children;
}
