import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../common/contracts/accounts';
import { buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { errorCode, fieldsOf } from '../../../tests/support/responses';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { accountsFixtures } from './test-helpers';

let t: TestApp;
let f: ReturnType<typeof accountsFixtures>;

beforeAll(async () => {
  t = await createTestApp();
  f = accountsFixtures(t);
});
afterAll(() => t.close());

async function signedIn(displayName?: string) {
  const user = await buildUser(t.ctx, displayName ? { displayName } : {});
  return { user, agent: await t.agent().signIn(user.email, DEFAULT_PASSWORD) };
}

describe('my profile', () => {
  it('shows my own account, without secrets; a stranger gets 401', async () => {
    const { user, agent } = await signedIn('Teresa Profilowa');
    const profile = (await agent.get('/api/profile')).json<ProfileView>();
    expect(profile).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Teresa Profilowa',
      locale: 'pl',
      hasPassword: true,
      version: 1,
    });
    expect((await t.agent().get('/api/profile')).statusCode).toBe(401);
  });

  it('changes my name and language; messages follow the language; the change is audited', async () => {
    const { user, agent } = await signedIn();
    const update = await agent.patch('/api/profile', {
      displayName: 'Nowe Nazwisko',
      locale: 'en',
      version: 1,
    });
    expect(update.statusCode, update.body).toBe(200);
    expect(update.json()).toMatchObject({ displayName: 'Nowe Nazwisko', locale: 'en', version: 2 });
    expect((await agent.get('/api/auth/me')).json().user).toMatchObject({
      displayName: 'Nowe Nazwisko',
      locale: 'en',
    });
    const [event] = await f.auditOf(user.id, 'profile.update');
    expect(event?.changes).toEqual({
      displayName: { before: user.displayName, after: 'Nowe Nazwisko' },
      locale: { before: 'pl', after: 'en' },
    });
    // The language is the account's: an error now comes in English though the browser asks for Polish.
    const bad = await agent.get('/api/profile/nothing');
    expect(bad.json().error.message).toBe('No such resource was found.');
  });

  it('a stale version answers 409 with my profile as it is; an unknown language or field is refused', async () => {
    const { agent } = await signedIn();
    await agent.patch('/api/profile', { displayName: 'Pierwsza Zmiana', version: 1 });
    const stale = await agent.patch('/api/profile', { displayName: 'Druga Zmiana', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ displayName: 'Pierwsza Zmiana', version: 2 });
    const bad = await agent.patch('/api/profile', { locale: 'de', isPlatformAdmin: true, version: 2 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['isPlatformAdmin', 'locale']);
  });
});

describe('changing my password', () => {
  it('needs the current password, follows the rules, and ends my other sessions but not this one', async () => {
    const { user, agent } = await signedIn();
    const other = await t.agent().signIn(user.email, DEFAULT_PASSWORD);

    const wrong = await agent.post('/api/profile/password', {
      currentPassword: 'not-my-password',
      newPassword: 'Nowe-haslo-na-lato-2024',
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual({ currentPassword: 'profile.wrongCurrentPassword' });
    const weak = await agent.post('/api/profile/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword: 'qwertyuiop123',
    });
    expect(fieldsOf(weak)).toEqual({ newPassword: 'field.passwordTooCommon' });
    const local = user.email.split('@')[0]!;
    const withEmail = await agent.post('/api/profile/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword: `${local}-i-cos-jeszcze`,
    });
    expect(fieldsOf(withEmail)).toEqual({ newPassword: 'field.passwordContainsEmail' });
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);

    const change = await agent.post('/api/profile/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword: 'Nowe-haslo-na-lato-2024',
    });
    expect(change.statusCode, change.body).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    const [event] = await f.auditOf(user.id, 'profile.changePassword');
    expect(JSON.stringify(event?.changes)).not.toMatch(/argon2|Nowe-haslo/);

    const oldPassword = await t
      .agent()
      .post('/api/auth/login', { email: user.email, password: DEFAULT_PASSWORD });
    expect(errorCode(oldPassword)).toBe('auth.invalidCredentials');
    await t.agent().signIn(user.email, 'Nowe-haslo-na-lato-2024');
  });
});

describe('signing out everywhere', () => {
  it('ends every session of mine, on every device, and is audited', async () => {
    const { user, agent } = await signedIn();
    const other = await t.agent().signIn(user.email, DEFAULT_PASSWORD);
    const response = await agent.post('/api/auth/logout-everywhere');
    expect(response.statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect(await f.auditOf(user.id, 'auth.signOutEverywhere')).toHaveLength(1);
  });
});
