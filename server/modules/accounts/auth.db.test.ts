import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('a user with the right password gets a session and sees who they are', async () => {
    const user = await buildUser(t.ctx, { isPlatformAdmin: true });
    const agent = t.agent();
    const login = await agent.post('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: DEFAULT_PASSWORD,
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'kooperacja_session') as {
      httpOnly?: boolean;
      sameSite?: string;
    };
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await agent.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
  });

  it('a wrong password answers 401 with a Polish message and no session', async () => {
    const user = await buildUser(t.ctx);
    const agent = t.agent();
    const login = await agent.post('/api/auth/login', { email: user.email, password: 'wrong-password-000' });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.message).toBe('Nieprawidłowy e-mail lub hasło.');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a state-changing request without the CSRF token is refused', async () => {
    const user = await buildUser(t.ctx);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: DEFAULT_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
  });

  it('a malformed body names the fields in the user language', async () => {
    const agent = t.agent();
    agent.locale = 'en';
    const response = await agent.post('/api/auth/login', { email: 'not-an-email', extra: 1 });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(['email', 'extra', 'password']);
    expect(response.json().error.fields.find((f: { field: string }) => f.field === 'email').message).toBe(
      'Invalid e-mail address.',
    );
  });
});
