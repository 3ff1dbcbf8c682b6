import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedInvitationResponse } from '../../../common/contracts/accounts';
import { buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { hashToken } from '../../platform/auth';
import { invitations } from './accounts.table';
import { accountsFixtures } from './test-helpers';

let t: TestApp;
let f: ReturnType<typeof accountsFixtures>;
let ops: { id: string; name: string };
let opsAdmin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  f = accountsFixtures(t);
  ops = await f.institution('Ośrodek Pomocy Społecznej w Janowie');
  opsAdmin = (await f.signedInMember(ops.id, 'institutionAdmin', 'Barbara Kowalczyk')).agent;
});
afterAll(() => t.close());

let counter = 0;
const newEmail = () => `zaproszona${++counter}@example.pl`;

async function invite(agent: Agent, institutionId: string, body: Record<string, unknown> = {}) {
  const response = await agent.post(`/api/institutions/${institutionId}/invitations`, {
    email: newEmail(),
    displayName: 'Zofia Zaproszona',
    role: 'caseWorker',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json<CreatedInvitationResponse>();
  return { ...created, token: new URL(created.link).pathname.split('/').pop()! };
}

describe('inviting a person', () => {
  it('an institution admin invites; the answer holds the link once, only its hash is stored, and it is audited', async () => {
    const { invitation, link, token } = await invite(opsAdmin, ops.id, { email: 'Nowa.Osoba@Example.pl' });
    expect(link).toMatch(/^http:\/\/localhost\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitation).toMatchObject({
      email: 'nowa.osoba@example.pl',
      role: 'caseWorker',
      status: 'pending',
      invitedByName: 'Barbara Kowalczyk',
      abilities: { revoke: true },
    });
    expect(JSON.stringify(invitation)).not.toContain('token');
    const [row] = await t.ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    const [event] = await f.auditOf(invitation.id, 'invitation.create');
    expect(event?.institutionId).toBe(ops.id);

    const list = await opsAdmin.get(`/api/institutions/${ops.id}/invitations`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(invitation.id);
  });

  it('a stranger gets 401, a case worker 403', async () => {
    const body = { email: newEmail(), displayName: 'X Y', role: 'caseWorker' };
    expect((await t.agent().post(`/api/institutions/${ops.id}/invitations`, body)).statusCode).toBe(401);
    const { agent } = await f.signedInMember(ops.id, 'caseWorker');
    expect((await agent.post(`/api/institutions/${ops.id}/invitations`, body)).statusCode).toBe(403);
  });

  it('a malformed invitation names its fields', async () => {
    const response = await opsAdmin.post(`/api/institutions/${ops.id}/invitations`, {
      email: 'not-an-email',
      displayName: 'Z',
      role: 'king',
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(response)).sort()).toEqual(['displayName', 'email', 'extra', 'role']);
  });

  it('an admin of another institution can neither invite to, list nor revoke invitations of this one: 404', async () => {
    const other = await f.institution();
    const { agent: otherAdmin } = await f.signedInMember(other.id, 'institutionAdmin');
    const { invitation } = await invite(opsAdmin, ops.id);
    const body = { email: newEmail(), displayName: 'Intruz', role: 'institutionAdmin' };
    expect((await otherAdmin.post(`/api/institutions/${ops.id}/invitations`, body)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/institutions/${ops.id}/invitations`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/api/invitations/${invitation.id}/revoke`)).statusCode).toBe(404);
  });

  it('a current member cannot be invited again (409 naming email)', async () => {
    const { member } = await f.signedInMember(ops.id, 'coordinator');
    const response = await opsAdmin.post(`/api/institutions/${ops.id}/invitations`, {
      email: member.email,
      displayName: member.displayName,
      role: 'manager',
    });
    expect(response.statusCode).toBe(409);
    expect(fieldsOf(response)).toEqual({ email: 'invitation.alreadyMember' });
  });

  it('inviting the same address again replaces the earlier link', async () => {
    const email = newEmail();
    const first = await invite(opsAdmin, ops.id, { email });
    await invite(opsAdmin, ops.id, { email });
    const response = await t.agent().get(`/api/invitations/by-token/${first.token}`);
    expect(response.statusCode).toBe(404);
    expect(errorCode(response)).toBe('invitation.revoked');
  });
});

describe('accepting an invitation', () => {
  it('the invitee sees where they are invited, sets a name and password, is signed in and a member', async () => {
    const { invitation, token } = await invite(opsAdmin, ops.id, { role: 'coordinator' });
    const invitee = t.agent();
    const preview = await invitee.get(`/api/invitations/by-token/${token}`);
    expect(preview.json()).toMatchObject({
      institutionName: ops.name,
      role: 'coordinator',
      email: invitation.email,
      accountExists: false,
    });
    const accept = await invitee.post('/api/invitations/accept', {
      token,
      displayName: 'Zofia Nowak',
      password: 'Wiosna-nad-Sanem-2024',
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const me = (await invitee.get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ email: invitation.email, displayName: 'Zofia Nowak' });
    expect(me.memberships).toEqual([
      { institutionId: ops.id, institutionName: ops.name, role: 'coordinator' },
    ]);
    const [accepted] = await f.auditOf(invitation.id, 'invitation.accept');
    expect(accepted).toMatchObject({ institutionId: ops.id, actorName: 'Zofia Nowak' });
    expect(await f.auditOf(me.id, 'user.create')).toHaveLength(1);

    // The password set here opens the account.
    await t.agent().signIn(invitation.email, 'Wiosna-nad-Sanem-2024');
  });

  it('a used link is refused the second time, with its own message', async () => {
    const { token } = await invite(opsAdmin, ops.id);
    const body = { token, displayName: 'Raz Tylko', password: 'Jesienne-liscie-2024' };
    expect((await t.agent().post('/api/invitations/accept', body)).statusCode).toBe(200);
    const again = await t.agent().post('/api/invitations/accept', body);
    expect(again.statusCode).toBe(404);
    expect(errorCode(again)).toBe('invitation.used');
    expect(again.json().error.message).toBe(
      'To zaproszenie zostało już wykorzystane. Zaloguj się na swoje konto.',
    );
  });

  it('an expired link is refused, and the admin still sees the invitation as expired', async () => {
    const { invitation, token } = await invite(opsAdmin, ops.id);
    await t.ctx.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    const preview = await t.agent().get(`/api/invitations/by-token/${token}`);
    expect(preview.statusCode).toBe(404);
    expect(errorCode(preview)).toBe('invitation.expired');
    const accept = await t.agent().post('/api/invitations/accept', {
      token,
      displayName: 'Za Późno',
      password: 'Jesienne-liscie-2024',
    });
    expect(errorCode(accept)).toBe('invitation.expired');
    const list = (await opsAdmin.get(`/api/institutions/${ops.id}/invitations`)).json();
    expect(list.items.find((i: { id: string }) => i.id === invitation.id)?.status).toBe('expired');
  });

  it('a revoked link is refused; revoking is audited and cannot be repeated', async () => {
    const { invitation, token } = await invite(opsAdmin, ops.id);
    const revoke = await opsAdmin.post(`/api/invitations/${invitation.id}/revoke`);
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({ status: 'revoked', abilities: { revoke: false } });
    expect(await f.auditOf(invitation.id, 'invitation.revoke')).toHaveLength(1);
    const accept = await t.agent().post('/api/invitations/accept', {
      token,
      displayName: 'Odwołana',
      password: 'Jesienne-liscie-2024',
    });
    expect(accept.statusCode).toBe(404);
    expect(errorCode(accept)).toBe('invitation.revoked');
    expect((await opsAdmin.post(`/api/invitations/${invitation.id}/revoke`)).statusCode).toBe(409);
    const list = (await opsAdmin.get(`/api/institutions/${ops.id}/invitations`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
  });

  it('an unknown token answers 404', async () => {
    const response = await t.agent().get('/api/invitations/by-token/not-a-real-token');
    expect(response.statusCode).toBe(404);
    expect(errorCode(response)).toBe('invitation.notFound');
  });

  it('the password rules apply: too short, too common, or containing the e-mail is refused, naming the field', async () => {
    const { invitation, token } = await invite(opsAdmin, ops.id);
    const attempt = (password: string) =>
      t.agent().post('/api/invitations/accept', { token, displayName: 'Hasło Testowe', password });
    expect(fieldsOf(await attempt('krotkie'))).toEqual({ password: 'field.passwordTooShort' });
    expect(fieldsOf(await attempt('Password1234'))).toEqual({ password: 'field.passwordTooCommon' });
    const local = invitation.email.split('@')[0]!;
    expect(fieldsOf(await attempt(`${local.toUpperCase()}-2024-haslo`))).toEqual({
      password: 'field.passwordContainsEmail',
    });
    expect(fieldsOf(await t.agent().post('/api/invitations/accept', { token }))).toEqual({
      password: 'field.required',
    });
    // None of the refusals used the link up.
    expect((await t.agent().get(`/api/invitations/by-token/${token}`)).statusCode).toBe(200);
  });

  it('a person who already has an account must sign in as it; then the membership is added', async () => {
    const other = await f.institution();
    const person = await buildUser(t.ctx, { displayName: 'Jan Istniejący' });
    const { token } = await invite(opsAdmin, ops.id, {
      email: person.email,
      role: 'manager',
    });
    const preview = await t.agent().get(`/api/invitations/by-token/${token}`);
    expect(preview.json().accountExists).toBe(true);

    const anonymous = await t.agent().post('/api/invitations/accept', { token });
    expect(anonymous.statusCode).toBe(401);
    expect(errorCode(anonymous)).toBe('invitation.signInFirst');

    const { agent: someoneElse } = await f.signedInMember(other.id, 'caseWorker');
    const wrong = await someoneElse.post('/api/invitations/accept', { token });
    expect(wrong.statusCode).toBe(409);
    expect(errorCode(wrong)).toBe('invitation.otherAccount');

    const owner = await t.agent().signIn(person.email, DEFAULT_PASSWORD);
    const accept = await owner.post('/api/invitations/accept', { token });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json().user.memberships).toEqual([
      { institutionId: ops.id, institutionName: ops.name, role: 'manager' },
    ]);
  });
});
