import type { MembershipRole } from '../../../common/enums';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf } from '../../../tests/support/responses';
import type { Agent, TestApp } from '../../../tests/support/test-app';

/** Helpers the accounts suites share, bound to one test app. */
export function accountsFixtures(t: TestApp) {
  const institution = (name?: string) => buildInstitution(t.ctx, name ? { name } : {});

  /** A member with the role, signed in. */
  const signedInMember = async (institutionId: string, role: MembershipRole, displayName?: string) => {
    const member = await buildMember(t.ctx, institutionId, role, displayName ? { displayName } : {});
    const agent = await t.agent().signIn(member.email, DEFAULT_PASSWORD);
    return { member, agent };
  };

  const signedInPlatformAdmin = async (): Promise<Agent> => {
    const admin = await buildUser(t.ctx, { isPlatformAdmin: true, displayName: 'Anna Administratorka' });
    return t.agent().signIn(admin.email, DEFAULT_PASSWORD);
  };

  const auditOf = (entityId: string, action: string) => auditRowsOf(t.ctx.db, entityId, action);

  return { institution, signedInMember, signedInPlatformAdmin, auditOf };
}
