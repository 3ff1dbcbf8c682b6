import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import enCommon from '../../common/i18n/en/common.json';
import enDashboard from '../../common/i18n/en/dashboard.json';
import enProfile from '../../common/i18n/en/profile.json';
import plAuth from '../../common/i18n/pl/auth.json';
import plCommon from '../../common/i18n/pl/common.json';
import plDashboard from '../../common/i18n/pl/dashboard.json';
import plErrors from '../../common/i18n/pl/errors.json';
import plProfile from '../../common/i18n/pl/profile.json';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { baseUrl, launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccounts.find((a) => a.role === 'institutionAdmin');
if (!opsAdmin) throw new Error('The demo data has no institution administrator');

/** `{{name}}` placeholders of a catalog text filled in, as i18next does. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/**
 * The person whose profile this file changes: a new account made for it through an invitation,
 * since the server is shared by every file of the run and the demo accounts must stay as they are.
 */
const suffix = Date.now().toString(36);
const person = {
  email: `profil.e2e.${suffix}@example.org`,
  displayName: `Irena Profilowa ${suffix}`,
  newName: `Irena Zmieniona-Profilowa ${suffix}`,
  password: 'pierwsze-haslo-do-profilu-2024',
  newPassword: 'drugie-haslo-po-zmianie-2024',
};

let browser: Browser;
/** The person's own browser session, opened by accepting the invitation (no sign-in needed). */
let session: BrowserContextOptions['storageState'];
const pages: Page[] = [];

/** The CSRF token of a browser context, as the web app fetches it before each change. */
async function csrfOf(page: Page): Promise<string> {
  const response = await page.request.get('/api/auth/csrf');
  return ((await response.json()) as { token: string }).token;
}

beforeAll(async () => {
  browser = await launchBrowser();

  const admin = await newPage(browser);
  await signInAs(admin, opsAdmin.email, demoPassword);
  const me = (await (await admin.request.get('/api/auth/me')).json()) as {
    user: { memberships: { institutionId: string }[] };
  };
  const institutionId = me.user.memberships[0]?.institutionId;
  if (!institutionId) throw new Error('The OPS administrator has no institution');
  const invited = await admin.request.post(`/api/institutions/${institutionId}/invitations`, {
    headers: { 'x-csrf-token': await csrfOf(admin) },
    data: { email: person.email, displayName: person.displayName, role: 'caseWorker' },
  });
  expect(invited.status()).toBe(201);
  const { link } = (await invited.json()) as { link: string };
  await admin.context().close();

  const invitee = await newPage(browser);
  const accepted = await invitee.request.post('/api/invitations/accept', {
    headers: { 'x-csrf-token': await csrfOf(invitee) },
    data: { token: new URL(link).pathname.split('/').pop(), password: person.password },
  });
  expect(accepted.status()).toBe(200);
  session = await invitee.context().storageState();
  await invitee.context().close();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

/** A page in the person's session (or, without it, a fresh browser that is signed in as nobody). */
async function open(withSession = true): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'pl-PL',
    ...(withSession && { storageState: session }),
  });
  const page = await context.newPage();
  pages.push(page);
  return page;
}

const heading = (page: Page) => page.locator('h1');
/** The text a field's aria-describedby points at: its hint and its error. */
const describedBy = (page: Page, id: string) =>
  page.evaluate((fieldId) => {
    const ids = document.getElementById(fieldId)?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ');
  }, id);
const errorSummary = (page: Page) => page.getByTestId('error-summary');

async function openProfile(page: Page, nav = plCommon.nav, title = plProfile.title) {
  await page.goto('/');
  await page.getByRole('navigation', { name: nav.main }).getByRole('link', { name: nav.profile }).click();
  await expect.poll(() => heading(page).textContent()).toBe(title);
  await page.locator('#field-displayName').waitFor();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.locator('#field-currentPassword').fill(current);
  await page.locator('#field-newPassword').fill(next);
  await page.locator('#field-confirm').fill(next);
  await page.getByRole('button', { name: plProfile.password.submit }).click();
}

/** Signs in through the form and waits for the answer, whichever it is. */
async function trySignIn(page: Page, password: string) {
  await page.goto('/sign-in');
  await page.locator('#sign-in-email').fill(person.email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: plAuth.signIn.submit }).click();
}

describe('the profile page in the browser', () => {
  it('changes the display name, and the header and the dashboard use it at once', async () => {
    const page = await open();
    await openProfile(page);
    expect(await page.getByLabel(plProfile.details.email).inputValue()).toBe(person.email);
    expect(await page.getByLabel(plProfile.details.email).getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#field-displayName').inputValue()).toBe(person.displayName);
    await expectAccessible(page, 'profile');

    await page.locator('#field-displayName').fill(person.newName);
    await page.getByRole('button', { name: plProfile.details.save }).click();
    const saved = page.getByTestId('profile-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toBe(plProfile.details.saved);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe(person.newName);
    await expectAccessible(page, 'profile after saving');

    await page
      .getByRole('navigation', { name: plCommon.nav.main })
      .getByRole('link', { name: plCommon.nav.home })
      .click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe(fill(plDashboard.title, { name: person.newName }));

    await page.goto('/profile');
    await expect.poll(() => page.locator('#field-displayName').inputValue()).toBe(person.newName);
  });

  it('refuses a wrong current password in the error summary, then changes it and signs in with the new one', async () => {
    // A second device, signed in before the change, which the change must sign out.
    const otherDevice = await open(false);
    await signInAs(otherDevice, person.email, person.password);

    const page = await open();
    await openProfile(page);
    await changePassword(page, 'to-nie-jest-moje-haslo', person.newPassword);
    const summary = errorSummary(page);
    await summary.waitFor();
    expect(await summary.getAttribute('role')).toBe('alert');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('error-summary');
    const problem = summary.getByRole('link');
    expect(await problem.textContent()).toBe(
      `${plProfile.password.current}: ${plErrors.profile.wrongCurrentPassword}`,
    );
    expect(await problem.getAttribute('href')).toBe('#field-currentPassword');
    // The field itself tells its problem to a screen reader too.
    expect(await describedBy(page, 'field-currentPassword')).toContain(plErrors.profile.wrongCurrentPassword);
    expect(await page.getByTestId('password-changed').count()).toBe(0);
    await expectAccessible(page, 'profile with a wrong current password');

    // The summary's link takes the keyboard to the field.
    await problem.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-currentPassword');

    await changePassword(page, person.password, person.newPassword);
    const changed = page.getByTestId('password-changed');
    await changed.waitFor();
    expect(await changed.textContent()).toBe(plProfile.password.changed);
    expect(await errorSummary(page).count()).toBe(0);
    expect(await page.locator('#field-currentPassword').inputValue()).toBe('');
    await expectAccessible(page, 'profile after changing the password');

    // This browser stays signed in; the other device has been signed out.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(plProfile.title);
    await otherDevice.goto('/profile');
    await otherDevice.waitForURL((url) => url.pathname === '/sign-in');

    await trySignIn(otherDevice, person.password);
    await errorSummary(otherDevice).waitFor();
    expect(await errorSummary(otherDevice).textContent()).toContain(plErrors.auth.invalidCredentials);
    await expectAccessible(otherDevice, 'sign-in refused with the old password');

    await signInAs(otherDevice, person.email, person.newPassword);
    expect(await heading(otherDevice).textContent()).toBe(fill(plDashboard.title, { name: person.newName }));
  });

  it('keeps the chosen language: English after a reload and after signing in again on another browser', async () => {
    const page = await open();
    await openProfile(page);
    await page.locator('#field-locale').selectOption({ label: plCommon.languages.en });
    await page.getByRole('button', { name: plProfile.details.save }).click();
    await expect.poll(() => heading(page).textContent()).toBe(enProfile.title);
    expect(await page.getByTestId('profile-saved').textContent()).toBe(enProfile.details.saved);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#field-locale').inputValue()).toBe('en');
    await expectAccessible(page, 'profile in English');

    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(enProfile.title);
    expect(await page.getByRole('button', { name: enCommon.nav.signOut, exact: true }).count()).toBe(1);

    // A browser that has never seen this person: Polish until they sign in, then their language.
    const elsewhere = await open(false);
    await elsewhere.goto('/sign-in');
    await expect.poll(() => heading(elsewhere).textContent()).toBe(plAuth.signIn.title);
    await signInAs(elsewhere, person.email, person.newPassword);
    await expect
      .poll(() => heading(elsewhere).textContent())
      .toBe(fill(enDashboard.title, { name: person.newName }));
    expect(await elsewhere.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(elsewhere, 'dashboard in the language of the profile');

    await openProfile(elsewhere, enCommon.nav, enProfile.title);
    expect(await elsewhere.locator('#field-locale').inputValue()).toBe('en');
  });
});
