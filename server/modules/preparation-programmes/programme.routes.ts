import { z } from 'zod';
import {
  createProgrammeBody,
  listProgrammesQuery,
  programmeListResponse,
  programmeView,
  updateProgrammeBody,
  versionBody,
} from '../../../common/contracts/preparation-programmes';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import {
  advanceProgramme,
  createProgramme,
  getProgramme,
  listProgrammes,
  updateProgramme,
} from './programme.service';
import { exportProgress } from './progress-export.service';

const idParams = z.object({ id: z.string() });
const tags = ['preparation programmes'];

/** CIS and KIS preparation programmes for declared staffing needs (seed 001, sphere 1). */
export const programmeRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/preparation-programmes',
    {
      schema: {
        tags,
        summary: 'Search preparation programmes (cards and counts, no participants)',
        querystring: listProgrammesQuery,
        response: { 200: programmeListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => listProgrammes(contextOf(request, db), request.query),
  );

  app.get(
    '/api/preparation-programmes/:id',
    {
      schema: {
        tags,
        summary: 'A programme; its participants and progress only for the CIS or KIS running it',
        params: idParams,
        response: { 200: programmeView },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => getProgramme(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/preparation-programmes/:id/progress.xlsx',
    {
      schema: { tags, summary: "The participants' progress as an Excel workbook", params: idParams },
      onRequest: requirePermission('preparationProgrammes.manage'),
    },
    async (request, reply) => {
      const body = await exportProgress(contextOf(request, db), request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition('postepy-uczestnikow.xlsx'))
        .send(body);
    },
  );

  app.post(
    '/api/preparation-programmes',
    {
      schema: {
        tags,
        summary: 'Start a preparation programme of a CIS or KIS',
        body: createProgrammeBody,
        response: { 201: programmeView },
      },
      onRequest: requirePermission('preparationProgrammes.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramme(contextOf(request, db), request.body)),
  );

  app.patch(
    '/api/preparation-programmes/:id',
    {
      schema: {
        tags,
        summary: 'Change a programme (optimistic locking by version)',
        params: idParams,
        body: updateProgrammeBody,
        response: { 200: programmeView },
      },
      onRequest: requirePermission('preparationProgrammes.manage'),
    },
    async (request) => updateProgramme(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/preparation-programmes/:id/advance',
    {
      schema: {
        tags,
        summary: 'planned → running → finished',
        params: idParams,
        body: versionBody,
        response: { 200: programmeView },
      },
      onRequest: requirePermission('preparationProgrammes.manage'),
    },
    async (request) => advanceProgramme(contextOf(request, db), request.params.id, request.body),
  );
};
