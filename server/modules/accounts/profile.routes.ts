import { changePasswordBody, profileView, updateProfileBody } from '../../../common/contracts/accounts';
import { contextOf } from '../../platform/auth';
import { requireSignedIn } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { changePassword, getProfile, updateProfile } from './profile.service';
import { presentProfile } from './user.presenter';

const tags = ['profile'];

/** The signed-in person's own account. Signing out everywhere is `POST /api/auth/logout-everywhere`. */
export const profileRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/profile',
    {
      schema: { tags, summary: 'My account', response: { 200: profileView } },
      onRequest: requireSignedIn,
    },
    async (request) => presentProfile(await getProfile(contextOf(request, db))),
  );

  app.patch(
    '/api/profile',
    {
      schema: {
        tags,
        summary: 'Change my name or interface language (optimistic locking by version)',
        body: updateProfileBody,
        response: { 200: profileView },
      },
      onRequest: requireSignedIn,
    },
    async (request) => presentProfile(await updateProfile(contextOf(request, db), request.body)),
  );

  app.post(
    '/api/profile/password',
    {
      schema: {
        tags,
        summary: 'Change my password; my other sessions end',
        body: changePasswordBody,
        response: { 200: profileView },
      },
      onRequest: requireSignedIn,
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) =>
      presentProfile(await changePassword(contextOf(request, db), request.body, request.sessionId!)),
  );
};
