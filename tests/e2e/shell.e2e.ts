import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import plUsers from '../../common/i18n/pl/users.json';
import { demoAccounts, demoInstitutionName, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccounts.find((a) => a.role === 'institutionAdmin');
if (!opsAdmin) throw new Error('The demo data has no institution administrator');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await newPage(browser);
});
afterEach(async () => {
  await page.context().close();
});

const heading = () => page.locator('h1');

describe('the application shell', () => {
  it('shows an accessible sign-in page to a stranger who opens the app', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expect.poll(() => heading().textContent()).toBe('Logowanie');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await expectAccessible(page);
  });

  it('tells a person who typed a wrong password, at the top of the form, and keeps them out', async () => {
    await page.goto('/sign-in');
    await page.locator('#sign-in-email').fill(opsAdmin.email);
    await page.locator('#sign-in-password').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Nieprawidłowy e-mail lub hasło.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'sign-in with an error');
  });

  it('greets a demo user on the dashboard with their institution and role', async () => {
    await signInAs(page, opsAdmin.email, demoPassword);
    expect(await heading().textContent()).toBe(`Dzień dobry, ${opsAdmin.displayName}`);
    const institutions = page.locator('section[aria-labelledby="my-institutions"]');
    const text = await institutions.textContent();
    expect(text).toContain(demoInstitutionName(opsAdmin));
    expect(text).toContain(plUsers.roles.institutionAdmin);
    await expectAccessible(page, 'dashboard');
  });

  it('switches the interface and the page language to English', async () => {
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe(`Hello, ${opsAdmin.displayName}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await expectAccessible(page, 'dashboard in English');

    await page.reload();
    await expect.poll(() => heading().textContent()).toBe(`Hello, ${opsAdmin.displayName}`);
  });

  it('offers a skip link as the first stop of the keyboard, and it moves focus to the content', async () => {
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      className: document.activeElement?.className,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ className: 'skip-link', href: '#main-content' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('signs the user out and then asks them to sign in again', async () => {
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expectAccessible(page, 'sign-in after signing out');

    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await heading().textContent()).toBe('Logowanie');
  });
});
