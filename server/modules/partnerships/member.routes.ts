import { z } from 'zod';
import {
  addMemberBody,
  changeLeaderBody,
  contactListResponse,
  contactParams,
  contactView,
  createContactBody,
  leaderHistoryResponse,
  leaveMemberBody,
  memberParams,
  staffListResponse,
  updateContactBody,
  updateMemberBody,
} from '../../../common/contracts/partnership-members';
import { partnershipParams, partnershipView } from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import {
  createContact,
  deleteContact,
  listContactCandidates,
  listContacts,
  updateContact,
} from './contact.service';
import { addMember, changeLeader, leaveMember, listLeaderTerms, updateMember } from './member.service';
import { presentContact, presentLeaderTerm, presentPartnership } from './partnership.presenter';
import { tags } from './partnership.routes';

/**
 * Members, the leader and contact persons. Member changes answer the whole partnership, since
 * they change its card; the leader history and contacts are private to the members.
 */
export const memberRoutes: RoutesPlugin = async (app, { db }) => {
  const manage = requirePermission('partnerships.manage');
  const read = requirePermission('partnerships.read');

  app.post(
    '/api/partnerships/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member institution',
        params: partnershipParams,
        body: addMemberBody,
        response: { 200: partnershipView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPartnership(
        await addMember(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.patch(
    '/api/partnerships/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: "Change a member's role, management body seat or coalition role (by the member's version)",
        params: memberParams,
        body: updateMemberBody,
        response: { 200: partnershipView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPartnership(
        await updateMember(contextOf(request, db), request.params.id, request.params.memberId, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/partnerships/:id/members/:memberId/leave',
    {
      schema: {
        tags,
        summary: 'A member leaves the partnership, with the reason (kept, never deleted)',
        params: memberParams,
        body: leaveMemberBody,
        response: { 200: partnershipView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPartnership(
        await leaveMember(contextOf(request, db), request.params.id, request.params.memberId, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/partnerships/:id/leader',
    {
      schema: {
        tags,
        summary: 'Hand the leadership to another member (history kept)',
        params: partnershipParams,
        body: changeLeaderBody,
        response: { 200: partnershipView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPartnership(
        await changeLeader(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.get(
    '/api/partnerships/:id/leaders',
    {
      schema: {
        tags,
        summary: 'Who led the partnership and when',
        params: partnershipParams,
        response: { 200: leaderHistoryResponse },
      },
      onRequest: read,
    },
    async (request) => {
      const terms = await listLeaderTerms(contextOf(request, db), request.params.id);
      return { items: terms.map((t) => presentLeaderTerm(t.term, t.institutionName)) };
    },
  );

  app.get(
    '/api/partnerships/:id/contacts',
    {
      schema: {
        tags,
        summary: "The members' contact persons on the three levels",
        params: partnershipParams,
        response: { 200: contactListResponse },
      },
      onRequest: read,
    },
    async (request) => {
      const { loaded, contacts } = await listContacts(contextOf(request, db), request.params.id);
      return {
        items: contacts.map((c) =>
          presentContact(
            c,
            request.actor,
            loaded.facts,
            loaded.members.find((m) => m.id === c.memberId),
          ),
        ),
      };
    },
  );

  app.get(
    '/api/partnerships/:id/members/:memberId/staff',
    {
      schema: {
        tags,
        summary: "The member institution's current staff, to link a contact person to an account",
        params: memberParams,
        response: { 200: staffListResponse },
      },
      onRequest: manage,
    },
    async (request) => ({
      items: await listContactCandidates(contextOf(request, db), request.params.id, request.params.memberId),
    }),
  );

  app.post(
    '/api/partnerships/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact person of a member',
        params: partnershipParams,
        body: createContactBody,
        response: { 201: contactView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createContact(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Change a contact person (by version)',
        params: contactParams,
        body: updateContactBody,
        response: { 200: contactView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateContact(contextOf(request, db), request.params.id, request.params.contactId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Remove a contact person',
        params: contactParams,
        response: { 204: z.null() },
      },
      onRequest: manage,
    },
    async (request, reply) => {
      await deleteContact(contextOf(request, db), request.params.id, request.params.contactId);
      return reply.status(204).send(null);
    },
  );
};
