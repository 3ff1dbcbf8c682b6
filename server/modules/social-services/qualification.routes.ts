import { z } from 'zod';
import {
  createQualificationBody,
  listQualificationsQuery,
  qualificationListResponse,
  qualificationView,
  retireCatalogueEntryBody,
  updateQualificationBody,
  versionBody,
} from '../../../common/contracts/social-services';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentQualification } from './catalogue.presenter';
import {
  createQualification,
  getQualification,
  listQualifications,
  reinstateQualification,
  retireQualification,
  updateQualification,
} from './qualification.service';

const idParams = z.object({ id: z.string() });
const tags = ['social services'];

/** The catalogue of qualifications service types require of a provider's staff. */
export const qualificationRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/social-services/qualifications',
    {
      schema: {
        tags,
        summary: 'Search the catalogue of qualifications',
        querystring: listQualificationsQuery,
        response: { 200: qualificationListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => {
      const page = await listQualifications(contextOf(request, db), request.query);
      return { ...page, items: page.items.map((row) => presentQualification(row, request.actor)) };
    },
  );

  app.get(
    '/api/social-services/qualifications/:id',
    {
      schema: { tags, summary: 'A qualification', params: idParams, response: { 200: qualificationView } },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) =>
      presentQualification(await getQualification(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/social-services/qualifications',
    {
      schema: {
        tags,
        summary: 'Add a qualification to the catalogue',
        body: createQualificationBody,
        response: { 201: qualificationView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentQualification(
            await createQualification(contextOf(request, db), request.body),
            request.actor,
          ),
        ),
  );

  app.patch(
    '/api/social-services/qualifications/:id',
    {
      schema: {
        tags,
        summary: 'Change a qualification (optimistic locking by version)',
        params: idParams,
        body: updateQualificationBody,
        response: { 200: qualificationView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentQualification(
        await updateQualification(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/social-services/qualifications/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a qualification, giving the reason',
        params: idParams,
        body: retireCatalogueEntryBody,
        response: { 200: qualificationView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentQualification(
        await retireQualification(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/social-services/qualifications/:id/reinstate',
    {
      schema: {
        tags,
        summary: 'Bring a retired qualification back into use',
        params: idParams,
        body: versionBody,
        response: { 200: qualificationView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentQualification(
        await reinstateQualification(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );
};
