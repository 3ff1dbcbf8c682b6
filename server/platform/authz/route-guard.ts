import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../../common/permissions';
import { AppError } from '../errors';
import { hasPermission } from './actor';

/**
 * The route-level check: signed in (401 otherwise) and holding the permission in some
 * institution (403 otherwise). Which record may be touched is the service policy's business.
 */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated');
    if (!hasPermission(request.actor, permission)) throw new AppError('forbidden', 'forbidden');
  };
}

export async function requireSignedIn(request: FastifyRequest, _reply: FastifyReply) {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated');
}
