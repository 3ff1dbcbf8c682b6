import { type Actor, hasPermission, institutionsWithPermission } from '../authz';
import type { AuditScope } from './audit.repository';

/**
 * Whose events the actor may read: a platform administrator every event (including those of no
 * institution, such as sign-ins), anyone else only the events of institutions where they hold
 * `audit.read` (their administrators). Another institution's events are never in scope.
 */
export function auditScopeOf(actor: Actor | null): AuditScope {
  if (!actor || !hasPermission(actor, 'audit.read')) return [];
  if (actor.isPlatformAdmin) return 'all';
  return institutionsWithPermission(actor, 'audit.read');
}

/**
 * The scope narrowed to one institution the reader asked for. Asking for an institution outside
 * the scope narrows it to nothing: the answer is an empty list, the same as for an institution
 * with no events, so it does not even tell that the institution exists.
 */
export function narrowAuditScope(scope: AuditScope, institutionId: string | undefined): AuditScope {
  if (!institutionId) return scope;
  if (scope === 'all' || scope.includes(institutionId)) return [institutionId];
  return [];
}

export const isEmptyScope = (scope: AuditScope): boolean => scope !== 'all' && scope.length === 0;
