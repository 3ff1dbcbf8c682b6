import {
  listTerritorialUnitsQuery,
  territorialUnitChildrenResponse,
  territorialUnitListResponse,
  territorialUnitParams,
  territorialUnitView,
} from '../../../common/contracts/territory';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentUnit, presentUnitSummary } from './territory.presenter';
import { getTerritorialUnit, listTerritorialUnitChildren, searchTerritorialUnits } from './territory.service';

const tags = ['territory'];

/** The TERYT register, read-only: search, a unit's card with its path, and the units below one. */
export const territoryRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/territory/units',
    {
      schema: {
        tags,
        summary: 'Search territorial units by name or TERYT code, by level and parent',
        querystring: listTerritorialUnitsQuery,
        response: { 200: territorialUnitListResponse },
      },
      onRequest: requirePermission('territory.read'),
    },
    async (request) => {
      const page = await searchTerritorialUnits(contextOf(request, db), request.query);
      return { ...page, items: page.items.map(presentUnitSummary) };
    },
  );

  app.get(
    '/api/territory/units/:code',
    {
      schema: {
        tags,
        summary: 'A territorial unit with its voivodeship, powiat and the counts of units below it',
        params: territorialUnitParams,
        response: { 200: territorialUnitView },
      },
      onRequest: requirePermission('territory.read'),
    },
    async (request) => presentUnit(await getTerritorialUnit(contextOf(request, db), request.params.code)),
  );

  app.get(
    '/api/territory/units/:code/children',
    {
      schema: {
        tags,
        summary: 'The units directly below a territorial unit',
        params: territorialUnitParams,
        response: { 200: territorialUnitChildrenResponse },
      },
      onRequest: requirePermission('territory.read'),
    },
    async (request) => ({
      items: (await listTerritorialUnitChildren(contextOf(request, db), request.params.code)).map(
        presentUnitSummary,
      ),
    }),
  );
};
