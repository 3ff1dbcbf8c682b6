import { and, eq } from 'drizzle-orm';
import type { MembershipRole } from '../../../common/enums';
import { toSearchable } from '../../../common/text';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import type { Agent, TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { territorialUnits } from '../territory';

/**
 * The TERYT units the institution factory's default address needs. Until the database is
 * prepared with the whole register, they are added here (a no-op once the register is loaded).
 */
async function ensureJanowTerritory(t: TestApp) {
  const unit = (
    code: string,
    level: 'voivodeship' | 'powiat' | 'gmina',
    name: string,
    description: string,
  ) => ({
    code,
    level,
    parentCode: level === 'voivodeship' ? null : code.slice(0, level === 'powiat' ? 2 : 4),
    voivodeshipCode: code.slice(0, 2),
    powiatCode: level === 'voivodeship' ? null : code.slice(0, 4),
    name,
    searchName: toSearchable(name),
    description,
    validOn: '2024-01-01',
  });
  await t.ctx.db
    .insert(territorialUnits)
    .values([
      unit(JANOW.voivodeship, 'voivodeship', 'LUBELSKIE', 'województwo'),
      unit(JANOW.powiat, 'powiat', 'janowski', 'powiat'),
      unit(JANOW.gmina, 'gmina', 'Janów Lubelski', 'gmina miejsko-wiejska'),
    ])
    .onConflictDoNothing();
}

/** Helpers the accounts suites share, bound to one test app. */
export function accountsFixtures(t: TestApp) {
  let territoryReady: Promise<void> | undefined;
  const institution = async (name?: string) => {
    territoryReady ??= ensureJanowTerritory(t);
    await territoryReady;
    return buildInstitution(t.ctx, name ? { name } : {});
  };

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

  const auditOf = (entityId: string, action: string) =>
    t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));

  return { institution, signedInMember, signedInPlatformAdmin, auditOf };
}

/** The field names of a 400's error list, with their codes. */
export const fieldsOf = (response: { json(): unknown }) =>
  Object.fromEntries(
    ((response.json() as { error: { fields?: { field: string; code: string }[] } }).error.fields ?? []).map(
      (f) => [f.field, f.code],
    ),
  );

/** The error code of an answer, undefined for a success. */
export const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error?: { code: string } }).error?.code;
