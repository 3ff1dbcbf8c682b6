import { z } from 'zod';
import {
  declareStaffingNeedBody,
  diagnosisQuery,
  diagnosisView,
  listStaffingNeedsQuery,
  staffingNeedListResponse,
  staffingNeedView,
  updateStaffingNeedBody,
} from '../../../common/contracts/staffing-needs';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { diagnosisXlsx } from './diagnosis-xlsx';
import { declareNeed, listNeeds, staffingDiagnosis, updateNeed } from './staffing-need.service';

const idParams = z.object({ id: z.string() });
const tags = ['staffing needs'];

/** Providers' declared staffing needs and the joint diagnosis per gmina and powiat (seed 001, sphere 1). */
export const staffingNeedRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/staffing-needs',
    {
      schema: {
        tags,
        summary: 'Search declared staffing needs',
        querystring: listStaffingNeedsQuery,
        response: { 200: staffingNeedListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => listNeeds(contextOf(request, db), request.query),
  );

  app.get(
    '/api/staffing-needs/diagnosis',
    {
      schema: {
        tags,
        summary: 'Open needs summed per powiat and gmina of a voivodeship or powiat, by qualification',
        querystring: diagnosisQuery,
        response: { 200: diagnosisView },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => staffingDiagnosis(contextOf(request, db), request.query),
  );

  app.get(
    '/api/staffing-needs/diagnosis.xlsx',
    {
      schema: { tags, summary: 'The joint diagnosis as an Excel workbook', querystring: diagnosisQuery },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const diagnosis = await staffingDiagnosis(ctx, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          attachmentDisposition(`diagnoza-kadrowa-${request.query.territory}.xlsx`),
        )
        .send(await diagnosisXlsx(diagnosis, ctx.locale));
    },
  );

  app.post(
    '/api/staffing-needs',
    {
      schema: {
        tags,
        summary: "Declare a provider's staffing need",
        body: declareStaffingNeedBody,
        response: { 201: staffingNeedView },
      },
      onRequest: requirePermission('staffingNeeds.declare'),
    },
    async (request, reply) => reply.status(201).send(await declareNeed(contextOf(request, db), request.body)),
  );

  app.patch(
    '/api/staffing-needs/:id',
    {
      schema: {
        tags,
        summary: 'Change an open need, or close it as filled or withdrawn (optimistic locking by version)',
        params: idParams,
        body: updateStaffingNeedBody,
        response: { 200: staffingNeedView },
      },
      onRequest: requirePermission('staffingNeeds.declare'),
    },
    async (request) => updateNeed(contextOf(request, db), request.params.id, request.body),
  );
};
