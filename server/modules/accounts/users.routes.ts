import {
  changeRoleBody,
  deactivateMembershipBody,
  idParams,
  listMembersQuery,
  listUsersQuery,
  memberListResponse,
  memberView,
  userListResponse,
  userSummary,
} from '../../../common/contracts/accounts';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentMember, presentMemberPage } from './member.presenter';
import { changeMemberRole, deactivateMembership, listMembers } from './membership.service';
import { presentUserSummary } from './user.presenter';
import { deactivateUser, listUsers, reactivateUser } from './user.service';

const tags = ['users'];

/**
 * People at institutions: the members of one institution (its admins manage them) and, for the
 * platform admin, every account. The guards check the permission somewhere; the services decide
 * which institution's records the actor may touch (others answer 404).
 */
export const userRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/institutions/:id/members',
    {
      schema: {
        tags,
        summary: "An institution's members",
        params: idParams,
        querystring: listMembersQuery,
        response: { 200: memberListResponse },
      },
      onRequest: requirePermission('users.read'),
    },
    async (request) =>
      presentMemberPage(
        await listMembers(contextOf(request, db), request.params.id, request.query),
        request.actor,
      ),
  );

  app.patch(
    '/api/memberships/:id',
    {
      schema: {
        tags,
        summary: "Change a member's role (optimistic locking by version)",
        params: idParams,
        body: changeRoleBody,
        response: { 200: memberView },
      },
      onRequest: requirePermission('users.manage'),
    },
    async (request) =>
      presentMember(
        await changeMemberRole(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/memberships/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'End a membership: the person loses the institution’s rights at once',
        params: idParams,
        body: deactivateMembershipBody,
        response: { 200: memberView },
      },
      onRequest: requirePermission('users.manage'),
    },
    async (request) =>
      presentMember(
        await deactivateMembership(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Search accounts (the platform admin sees all, others their institutions’ members)',
        querystring: listUsersQuery,
        response: { 200: userListResponse },
      },
      onRequest: requirePermission('users.read'),
    },
    async (request) => {
      const page = await listUsers(contextOf(request, db), request.query);
      return { ...page, items: page.items.map((item) => presentUserSummary(item, request.actor)) };
    },
  );

  app.post(
    '/api/users/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Block an account and end all its sessions (platform admin)',
        params: idParams,
        response: { 200: userSummary },
      },
      onRequest: requirePermission('users.manage'),
    },
    async (request) =>
      presentUserSummary(await deactivateUser(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/users/:id/reactivate',
    {
      schema: {
        tags,
        summary: 'Unblock an account (platform admin)',
        params: idParams,
        response: { 200: userSummary },
      },
      onRequest: requirePermission('users.manage'),
    },
    async (request) =>
      presentUserSummary(await reactivateUser(contextOf(request, db), request.params.id), request.actor),
  );
};
