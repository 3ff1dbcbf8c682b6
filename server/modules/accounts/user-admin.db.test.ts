import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UserListResponse } from '../../../common/contracts/accounts';
import { buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createUser } from './index';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './session.service';
import { accountsFixtures } from './test-helpers';

let t: TestApp;
let f: ReturnType<typeof accountsFixtures>;
let platformAdmin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  f = accountsFixtures(t);
  platformAdmin = await f.signedInPlatformAdmin();
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

const login = (email: string, password: string) => t.agent().post('/api/auth/login', { email, password });

describe('creating accounts directly', () => {
  it('a second account with the same e-mail, in any letter case, answers 409 naming email', async () => {
    const user = await buildUser(t.ctx);
    await expect(
      createUser(t.ctx, {
        email: user.email.toUpperCase(),
        displayName: 'Sobowtór',
        password: DEFAULT_PASSWORD,
      }),
    ).rejects.toMatchObject({ kind: 'conflict', options: { fields: [{ field: 'email' }] } });
  });

  it('the password rules hold for the seed too', async () => {
    await expect(
      createUser(t.ctx, { email: 'krotkie@example.pl', displayName: 'Krótkie Hasło', password: 'short' }),
    ).rejects.toMatchObject({ issues: [{ path: ['password'], message: 'field.passwordTooShort' }] });
    await expect(
      createUser(t.ctx, {
        email: 'marta.nowak@example.pl',
        displayName: 'Marta Nowak',
        password: 'marta.nowak-2024!',
      }),
    ).rejects.toMatchObject({
      options: { fields: [{ field: 'password', id: 'field.passwordContainsEmail' }] },
    });
  });
});

describe('the platform admin’s list of accounts', () => {
  it('finds people by name without diacritics or by e-mail, page by page, without secrets', async () => {
    for (const name of ['Grażyna Wójcik', 'Grzegorz Wójcikowski', 'Halina Zając'])
      await buildUser(t.ctx, { displayName: name });
    const page1 = (await platformAdmin.get('/api/users?q=wojcik&pageSize=1')).json<UserListResponse>();
    expect(page1.total).toBe(2);
    expect(page1.items.map((u) => u.displayName)).toEqual(['Grażyna Wójcik']);
    const page2 = (await platformAdmin.get('/api/users?q=wojcik&pageSize=1&page=2')).json<UserListResponse>();
    expect(page2.items.map((u) => u.displayName)).toEqual(['Grzegorz Wójcikowski']);
    expect(JSON.stringify(page1)).not.toMatch(/passwordHash|argon2|failedLoginCount/);
    expect(page1.items[0]!.abilities).toEqual({ deactivate: true, reactivate: false });

    const zajac = await buildUser(t.ctx, { email: 'h.zajac@urzad.example.pl', displayName: 'H. Zając' });
    const byEmail = (await platformAdmin.get('/api/users?q=urzad.example')).json<UserListResponse>();
    expect(byEmail.items.map((u) => u.id)).toEqual([zajac.id]);
  });

  it('an institution admin sees only their institution’s members there, and may not block accounts', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin', 'Admin Domowy');
    const outsider = await buildUser(t.ctx, { displayName: 'Obcy Człowiek' });
    const list = (await admin.agent.get('/api/users')).json<UserListResponse>();
    expect(list.items.map((u) => u.displayName)).toEqual(['Admin Domowy']);
    expect(list.items[0]!.abilities).toEqual({ deactivate: false, reactivate: false });
    expect((await admin.agent.post(`/api/users/${outsider.id}/deactivate`)).statusCode).toBe(404);
    expect((await admin.agent.post(`/api/users/${admin.member.id}/deactivate`)).statusCode).toBe(403);
    expect((await t.agent().get('/api/users')).statusCode).toBe(401);
  });

  it('a malformed query names the field', async () => {
    const response = await platformAdmin.get('/api/users?status=maybe');
    expect(response.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(response))).toEqual(['status']);
  });
});

describe('blocking an account', () => {
  it('ends every session at once; the person cannot sign in until unblocked; both are audited', async () => {
    const user = await buildUser(t.ctx);
    const phone = await t.agent().signIn(user.email, DEFAULT_PASSWORD);
    const laptop = await t.agent().signIn(user.email, DEFAULT_PASSWORD);

    const block = await platformAdmin.post(`/api/users/${user.id}/deactivate`);
    expect(block.statusCode, block.body).toBe(200);
    expect(block.json()).toMatchObject({
      status: 'inactive',
      abilities: { deactivate: false, reactivate: true },
    });
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(401);
    expect(await f.auditOf(user.id, 'user.deactivate')).toHaveLength(1);
    expect(errorCode(await platformAdmin.post(`/api/users/${user.id}/deactivate`))).toBe(
      'user.alreadyInactive',
    );

    expect((await platformAdmin.post(`/api/users/${user.id}/reactivate`)).statusCode).toBe(200);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
    expect(await f.auditOf(user.id, 'user.reactivate')).toHaveLength(1);
  });

  it('the platform admin cannot block their own account', async () => {
    const me = (await platformAdmin.get('/api/auth/me')).json().user;
    const response = await platformAdmin.post(`/api/users/${me.id}/deactivate`);
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('user.cannotDeactivateSelf');
  });

  it('an unknown account answers 404', async () => {
    const response = await platformAdmin.post('/api/users/0190f3a4-0000-7000-8000-000000000000/deactivate');
    expect(response.statusCode).toBe(404);
  });
});

describe('lockout after wrong passwords', () => {
  it(`after ${MAX_FAILED_LOGINS} wrong passwords the account locks (429): even the right one is refused until it unlocks`, async () => {
    const user = await buildUser(t.ctx);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect((await login(user.email, 'Zle-haslo-numer-1')).statusCode).toBe(401);
    expect((await login(user.email, 'Zle-haslo-numer-1')).statusCode).toBe(429);
    const locked = await login(user.email, DEFAULT_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toContain(`${LOCKOUT_MINUTES} minut`);
    expect(await f.auditOf(user.id, 'auth.locked')).toHaveLength(1);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
  });
});
