import { personParams } from '../../../common/contracts/beneficiaries';
import {
  createDiagnosisEntryBody,
  diagnosisEntryParams,
  diagnosisEntryView,
  diagnosisView,
  updateDiagnosisEntryBody,
} from '../../../common/contracts/diagnosis';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import { addDiagnosisEntry, getDiagnosis, updateDiagnosisEntry } from './diagnosis.service';

const tags = ['beneficiaries'];

/** The joint diagnosis of a person: partners' entries by domain, under the person's consents. */
export const diagnosisRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const write = requirePermission('beneficiaries.register');

  app.get(
    '/api/beneficiaries/:id/diagnosis',
    {
      schema: {
        tags,
        summary:
          "The person's joint diagnosis: the domains the reader may see, every partner's entries (logged)",
        params: personParams,
        response: { 200: diagnosisView },
      },
      onRequest: read,
    },
    async (request) => getDiagnosis(contextOf(request, db), vault, request.params.id),
  );

  app.post(
    '/api/beneficiaries/:id/diagnosis',
    {
      schema: {
        tags,
        summary: "Add my institution's account of a domain (health needs a consent naming `health`)",
        params: personParams,
        body: createDiagnosisEntryBody,
        response: { 201: diagnosisEntryView },
      },
      onRequest: write,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addDiagnosisEntry(contextOf(request, db), vault, request.params.id, request.body)),
  );

  app.patch(
    '/api/beneficiaries/:id/diagnosis/:entryId',
    {
      schema: {
        tags,
        summary: "Change my institution's entry (optimistic locking by version)",
        params: diagnosisEntryParams,
        body: updateDiagnosisEntryBody,
        response: { 200: diagnosisEntryView },
      },
      onRequest: write,
    },
    async (request) =>
      updateDiagnosisEntry(
        contextOf(request, db),
        vault,
        request.params.id,
        request.params.entryId,
        request.body,
      ),
  );
};
