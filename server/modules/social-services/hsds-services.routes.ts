import { z } from 'zod';
import {
  hsdsPageOf,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceAtLocationSummary,
  hsdsServiceSummary,
  hsdsServicesQuery,
} from '../../../common/contracts/hsds';
import { contextOf } from '../../platform/auth';
import type { RoutesPlugin } from '../../platform/http';
import { getDirectoryService, getDirectoryServiceAtLocation, listDirectoryServices } from './hsds.service';
import { presentHsdsPage } from './hsds-page.presenter';
import {
  presentService,
  presentServiceAtLocation,
  presentServiceAtLocationSummary,
  presentServiceSummary,
} from './hsds-service.presenter';

const idParams = z.object({ id: z.string() });
const tags = ['HSDS directory'];
/** Open data needs no account, but one client must not exhaust the server. */
export const hsdsRateLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

/** HSDS services (one per offering) and their service_at_location records, without signing in. */
export const hsdsServiceRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/hsds/services',
    {
      schema: {
        tags,
        summary: 'HSDS: a page of services (full=true nests every related record)',
        querystring: hsdsServicesQuery,
        response: { 200: hsdsPageOf(z.union([hsdsService, hsdsServiceSummary])) },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const { full, format: _json, ...query } = request.query;
      const { sources, total } = await listDirectoryServices(contextOf(request, db), query);
      const present = full ? presentService : presentServiceSummary;
      return presentHsdsPage(
        sources.map((source) => present(source, request.locale)),
        total,
        query.page,
        query.per_page,
      );
    },
  );

  app.get(
    '/api/hsds/services/:id',
    {
      schema: {
        tags,
        summary: 'HSDS: a fully nested service',
        params: idParams,
        response: { 200: hsdsService },
      },
      config: hsdsRateLimit,
    },
    async (request) =>
      presentService(await getDirectoryService(contextOf(request, db), request.params.id), request.locale),
  );

  app.get(
    '/api/hsds/service_at_locations',
    {
      schema: {
        tags,
        summary: 'HSDS: a page of service_at_location records (full=true nests every related record)',
        querystring: hsdsServicesQuery,
        response: { 200: hsdsPageOf(z.union([hsdsServiceAtLocation, hsdsServiceAtLocationSummary])) },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const { full, format: _json, ...query } = request.query;
      const { sources, total } = await listDirectoryServices(contextOf(request, db), query);
      return presentHsdsPage(
        sources.map((source) =>
          full ? presentServiceAtLocation(source, request.locale) : presentServiceAtLocationSummary(source),
        ),
        total,
        query.page,
        query.per_page,
      );
    },
  );

  app.get(
    '/api/hsds/service_at_locations/:id',
    {
      schema: {
        tags,
        summary: 'HSDS: a fully nested service_at_location',
        params: idParams,
        response: { 200: hsdsServiceAtLocation },
      },
      config: hsdsRateLimit,
    },
    async (request) =>
      presentServiceAtLocation(
        await getDirectoryServiceAtLocation(contextOf(request, db), request.params.id),
        request.locale,
      ),
  );
};
