import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { demoAccounts } from '../../../server/workflows/demo-data';
import { chromiumPath } from './chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The address of the server started by the e2e global setup. */
export const baseUrl = (): string => inject('baseUrl');

/** One system Chromium per test file; each test opens its own context with `newPage`. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** A page in a fresh context (own cookies and storage), so tests do not see each other's sessions. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'pl-PL' });
  return context.newPage();
}

/** Signs in through the sign-in form, as a person does, and waits for the dashboard. */
export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  const refused = page.getByTestId('error-summary');
  await Promise.race([page.waitForURL((url) => url.pathname === '/'), refused.waitFor()]);
  if (await refused.isVisible())
    throw new Error(`Signing in as ${email} failed: ${await refused.textContent()}`);
  await page.locator('h1').waitFor();
}

/** The demo account whose e-mail starts with `prefix` (`ops.admin`), or a clear failure. */
export function demoAccount(prefix: string): (typeof demoAccounts)[number] {
  const found = demoAccounts.find((a) => a.email.startsWith(prefix));
  if (!found) throw new Error(`The demo data has no ${prefix} account`);
  return found;
}
