import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const platformAdmin = demoAccounts.find((a) => a.role === 'platformAdmin');
if (!platformAdmin) throw new Error('The demo data has no platform administrator');

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
  await signInAs(page, platformAdmin.email, demoPassword);
});
afterEach(async () => {
  await page.context().close();
});

const heading = (p: Page = page) => p.locator('h1');
const unique = () => Date.now().toString(36);

async function chooseOption(p: Page, inputId: string, option: string) {
  await p.locator(`#${inputId}`).click();
  await p.getByRole('option', { name: option, exact: true }).click();
}

/** Adds a CIS through the form and waits for its card; returns its name. */
async function addCis(name: string) {
  await page.goto('/institutions/new');
  await heading().waitFor();
  await page.locator('#field-name').fill(name);
  await chooseOption(page, 'field-type', 'Centrum integracji społecznej (CIS)');
  await page.locator('#field-registerEntryNumber').fill('CIS/06/99');
  await page.locator('#field-registerEntryDate').fill('2021-09-01');
  await page.locator('#field-territoryCode').fill('0605053');
  await page.locator('#field-nip').fill('526-025-02-74');
  await page.getByRole('button', { name: 'Dodaj instytucję' }).click();
  await page.waitForURL((url) => /^\/institutions\/[0-9a-f-]{36}$/.test(url.pathname));
  await expect.poll(() => heading().textContent()).toBe(name);
}

describe('the registry of institutions in the browser', () => {
  it('lists and finds institutions, with an accessible table and filters', async () => {
    await page.getByRole('link', { name: 'Instytucje' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Instytucje');
    await page.locator('table').waitFor();
    await expectAccessible(page, 'institutions list');
    await page.locator('#filter-q').fill('janowskie smaki');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('1 wynik');
    await page.locator('#filter-q').fill('nie ma takiej instytucji');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'institutions list, nothing found');
  });

  it('a platform administrator adds an institution: errors first, then the card with the type facts', async () => {
    await page.goto('/institutions');
    await page.getByRole('link', { name: 'Dodaj instytucję' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowa instytucja');
    await expectAccessible(page, 'new institution form');

    await page.getByRole('button', { name: 'Dodaj instytucję' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBe(3);
    await expectAccessible(page, 'new institution form with errors');

    await chooseOption(page, 'field-type', 'Centrum integracji społecznej (CIS)');
    expect(await page.getByTestId('type-facts').textContent()).toContain('Numer wpisu do rejestru wojewody');

    const name = `Centrum Integracji Społecznej e2e ${unique()}`;
    await addCis(name);
    const card = page.locator('main');
    expect(await card.textContent()).toContain('5260250274');
    expect(await card.textContent()).toContain('CIS/06/99');
    await expectAccessible(page, 'institution card');
  });

  it('edits an institution, and a change saved meanwhile by someone else is shown with a way to reload', async () => {
    const name = `Klub e2e ${unique()}`;
    await addCis(name);
    const cardUrl = page.url();
    await page.getByRole('link', { name: 'Edytuj' }).click();
    await page.locator('#field-phone').waitFor();
    await expectAccessible(page, 'edit form');

    const other = await page.context().newPage();
    await other.goto(`${cardUrl}/edit`);
    await other.locator('#field-city').fill('Janów Lubelski');
    await other.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await other.waitForURL(cardUrl);
    await other.close();

    await page.locator('#field-phone').fill('+48 15 872 00 00');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('conflict').waitFor();
    await expectAccessible(page, 'edit form after a conflict');
    await page.getByRole('button', { name: 'Wczytaj aktualne dane' }).click();
    await expect.poll(() => page.locator('#field-city').inputValue()).toBe('Janów Lubelski');

    await page.locator('#field-phone').fill('+48 15 872 00 00');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.waitForURL(cardUrl);
    await expect.poll(() => page.locator('main').textContent()).toContain('+48 15 872 00 00');
  });

  it('deactivates an institution only with a reason, and shows who did it and why', async () => {
    const name = `Centrum do zamknięcia e2e ${unique()}`;
    await addCis(name);
    await page.getByRole('button', { name: 'Dezaktywuj' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Dezaktywuj instytucję' });
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'deactivation dialog');
    await dialog.locator('#deactivate-reason').fill('Zakończenie działalności');
    await confirm.click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Nieaktywna');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Powód: Zakończenie działalności');
    expect(main).toContain(platformAdmin.displayName);
    await expectAccessible(page, 'deactivated institution card');
  });
});
