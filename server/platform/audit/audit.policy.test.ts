import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from '../authz';
import { auditScopeOf, isEmptyScope, narrowAuditScope } from './audit.policy';

const A = '0190f3a4-0000-7000-8000-00000000000a';
const B = '0190f3a4-0000-7000-8000-00000000000b';
const C = '0190f3a4-0000-7000-8000-00000000000c';

const actor = (memberships: Omit<Membership, 'institutionName'>[], isPlatformAdmin = false): Actor => ({
  userId: '0190f3a4-0000-7000-8000-000000000001',
  email: 'a@example.pl',
  displayName: 'A',
  isPlatformAdmin,
  memberships: memberships.map((m) => ({ ...m, institutionName: m.institutionId })),
});

describe('whose audit events a reader may see', () => {
  it('a platform admin sees everything', () => {
    expect(auditScopeOf(actor([], true))).toBe('all');
  });

  it('an institution admin sees only the institutions they administer, not those where they hold another role', () => {
    const scope = auditScopeOf(
      actor([
        { institutionId: A, role: 'institutionAdmin' },
        { institutionId: B, role: 'manager' },
      ]),
    );
    expect(scope).toEqual([A]);
  });

  it('someone who administers nothing, or nobody at all, sees nothing', () => {
    expect(isEmptyScope(auditScopeOf(actor([{ institutionId: A, role: 'caseWorker' }])))).toBe(true);
    expect(isEmptyScope(auditScopeOf(null))).toBe(true);
  });

  it('asking for an institution outside the scope narrows it to nothing, never widens it', () => {
    expect(narrowAuditScope([A, B], B)).toEqual([B]);
    expect(narrowAuditScope([A], C)).toEqual([]);
    expect(narrowAuditScope('all', C)).toEqual([C]);
    expect(narrowAuditScope([A, B], undefined)).toEqual([A, B]);
  });
});
