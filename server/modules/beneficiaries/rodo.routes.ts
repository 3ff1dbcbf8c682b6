import { personParams, personView } from '../../../common/contracts/beneficiaries';
import { anonymisePersonBody, personExport } from '../../../common/contracts/rodo';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import { anonymisePerson, exportPerson } from './rodo.service';
import { personExportPdf } from './rodo-export-pdf';

const tags = ['beneficiaries'];

/**
 * The data subject's rights (RODO) on a person's record, exercised by the entry institution that
 * registered the person: the export of everything held (JSON and a printable PDF) and anonymisation.
 * Rectification is the ordinary edit of the record (`PATCH /api/beneficiaries/:id`).
 */
export const rodoRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const register = requirePermission('beneficiaries.register');
  const url = '/api/beneficiaries/:id';

  app.get(
    `${url}/export.json`,
    {
      schema: {
        tags,
        summary: 'Everything held about the person, for the person (art. 15 RODO; the export is logged)',
        params: personParams,
        response: { 200: personExport },
      },
      onRequest: register,
    },
    async (request, reply) => {
      const data = await exportPerson(contextOf(request, db), vault, request.params.id, 'json');
      return reply.header('content-disposition', attachmentDisposition('dane-osoby.json')).send(data);
    },
  );

  app.get(
    `${url}/export.pdf`,
    {
      schema: {
        tags,
        summary: 'The export printed in Polish, to hand to the person (logged)',
        params: personParams,
      },
      onRequest: register,
    },
    async (request, reply) => {
      const data = await exportPerson(contextOf(request, db), vault, request.params.id, 'pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition('dane-osoby.pdf', true))
        .send(await personExportPdf(data));
    },
  );

  app.post(
    `${url}/anonymise`,
    {
      schema: {
        tags,
        summary:
          'Anonymise the person (erasure within the retention rules): irreversible, statistics still count them',
        params: personParams,
        body: anonymisePersonBody,
        response: { 200: personView },
      },
      onRequest: register,
    },
    async (request) => anonymisePerson(contextOf(request, db), vault, request.params.id, request.body),
  );
};
