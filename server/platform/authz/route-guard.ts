import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Permission } from '../../../common/permissions';
import { AppError } from '../errors';
import { hasPermission } from './actor';

type Guard = ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) & {
  permission?: Permission | 'signedIn';
};

/**
 * The route-level check: signed in (401 otherwise) and holding the permission in some
 * institution (403 otherwise). Which record may be touched is the service policy's business.
 * The guard carries its permission, so the route catalog (and the permission-matrix test)
 * can tell what every route demands.
 */
export function requirePermission(permission: Permission): Guard {
  const guard: Guard = async (request) => {
    if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated');
    if (!hasPermission(request.actor, permission)) throw new AppError('forbidden', 'forbidden');
  };
  guard.permission = permission;
  return guard;
}

export const requireSignedIn: Guard = async (request) => {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated');
};
requireSignedIn.permission = 'signedIn';

export interface RouteEntry {
  method: string;
  url: string;
  /** A permission, `signedIn`, or `public` when the route has no guard. */
  access: Permission | 'signedIn' | 'public';
}

/**
 * What a route demands, read off the guard in its `onRequest` hook. Guards run there, before
 * body parsing and validation, so a stranger learns nothing about a route's schema: 401/403
 * comes before any 400.
 */
export function routeEntries(route: RouteOptions): RouteEntry[] {
  const handlers = [route.onRequest ?? []].flat() as Guard[];
  const access = handlers.find((h) => h.permission)?.permission ?? 'public';
  return [route.method].flat().map((method) => ({ method, url: route.url, access }));
}
