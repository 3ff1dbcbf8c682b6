import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { fillIntake, recordConsent } from './support/beneficiary-screens';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccount('ops.admin');
const ngoWorker = demoAccount('ngo.pracownik');

/** Valid PESELs: a woman born 15 June 1981 and a man born 3 February 1975. */
const PESEL = '81061512301';

let browser: Browser;
let partnershipName: string;

/** An integration partnership of the demo OPS, PUP and NGO, founded through the API of a signed-in page. */
async function foundPartnership(p: Page): Promise<string> {
  const name = `Usługa integracji ${Date.now().toString(36)}`;
  await p.evaluate(async (partnership) => {
    const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json();
    const find = async (q: string) =>
      (await json(`/api/institutions?q=${encodeURIComponent(q)}`)).items[0].id;
    const [ops, pup, ngo] = await Promise.all([
      find('Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie'),
      find('Powiatowy Urząd Pracy w Janowie'),
      find('Stowarzyszenie Razem dla Janowa'),
    ]);
    const { token } = await json('/api/auth/csrf');
    await json('/api/partnerships', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({
        name: partnership,
        kind: 'integrationPartnership',
        area: ['0605053'],
        members: [
          { institutionId: ops, role: 'leader' },
          { institutionId: ngo, role: 'coordinator' },
          { institutionId: pup, role: 'implementer' },
        ],
      }),
    });
  }, name);
  return name;
}

/** Maria Zielińska of Janów Lubelski on the intake form. */
const fillMaria = (p: Page) =>
  fillIntake(p, {
    partnership: new RegExp(partnershipName),
    firstName: 'Maria',
    lastName: 'Zielińska',
    pesel: PESEL,
    phone: '+48 605 111 222',
    street: 'ul. Bialska 7',
    postalCode: '23-300',
    locality: 'Janów Lubelski',
    territoryCode: '0605053',
    targetGroup: 'osoba długotrwale bezrobotna',
  });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('beneficiaries in the browser', () => {
  it('the OPS registers a person, is offered the existing record for a duplicate, and records a consent', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    partnershipName = await foundPartnership(page);

    await page.getByRole('link', { name: 'Beneficjenci' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beneficjenci');
    await expectAccessible(page, 'beneficiaries list');

    await page.getByRole('link', { name: 'Przyjmij osobę' }).click();
    await page.locator('#field-firstName').waitFor();
    await page.getByRole('button', { name: 'Przyjmij osobę' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'intake form with errors');

    await fillMaria(page);
    await page.locator('#field-birthDate').fill('1981-06-16');
    await page.getByRole('button', { name: 'Przyjmij osobę' }).click();
    await page.getByText('Data urodzenia nie zgadza się z numerem PESEL.').first().waitFor();
    await page.locator('#field-birthDate').fill('');
    await page.getByRole('button', { name: 'Przyjmij osobę' }).click();
    await page.waitForURL((url) => /^\/beneficiaries\/[0-9a-f-]{36}$/.test(url.pathname));
    const personUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maria Zielińska');
    await page.getByText(PESEL).waitFor();
    await expectAccessible(page, 'person page');

    await page.getByRole('link', { name: 'Zmień dane' }).click();
    await page.locator('#field-phone').waitFor();
    await expect.poll(() => page.locator('#field-pesel').inputValue()).toBe(PESEL);
    await expectAccessible(page, 'person edit form');
    await page.locator('#field-phone').fill('+48 605 333 444');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.waitForURL((url) => url.pathname === personUrl);
    await page.getByText('+48 605 333 444').waitFor();

    await page.goto('/beneficiaries/new');
    await page.locator('#field-firstName').waitFor();
    await fillMaria(page);
    await page.getByRole('button', { name: 'Przyjmij osobę' }).click();
    await page.getByTestId('duplicate').waitFor();
    await expectAccessible(page, 'duplicate offered');
    await page.getByRole('button', { name: 'Otwórz istniejący rekord' }).click();
    await page.waitForURL((url) => url.pathname === personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maria Zielińska');

    await recordConsent(page, {
      purpose: 'Wspólna diagnoza potrzeb i indywidualny plan wsparcia',
      grants: [
        { institution: 'Powiatowy Urząd Pracy w Janowie Lubelskim', categories: ['dane identyfikacyjne'] },
      ],
      scan: { name: 'zgoda.pdf', buffer: Buffer.from('%PDF-1.4\nZgoda\n%%EOF') },
    });
    const consents = page.getByTestId('consents');
    await consents.getByText('obowiązuje').waitFor();
    await consents.getByText('Pobierz skan (zgoda.pdf)').waitFor();
    await expectAccessible(page, 'person with a consent');

    await consents.getByRole('button', { name: 'Wycofaj zgodę' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog
      .getByLabel('Przyczyna lub sposób wycofania (opcjonalnie)')
      .fill('Oświadczenie złożone w OPS');
    await expectAccessible(page, 'withdrawal confirmation');
    await dialog.getByRole('button', { name: 'Wycofaj zgodę' }).click();
    await consents.getByText('wycofana', { exact: true }).waitFor();
    await consents.getByText('Oświadczenie złożone w OPS').waitFor();

    await page.goto(`/beneficiaries?q=${PESEL}`);
    await page.getByTestId('beneficiaries').getByText('Zielińska Maria').waitFor();
    await expectAccessible(page, 'list found by PESEL');
    await page.context().close();
  });

  it('the NGO operator is told to direct the person to an entry institution, and does not see the person', async () => {
    const page = await newPage(browser);
    await signInAs(page, ngoWorker.email, demoPassword);
    await page.goto('/beneficiaries/new');
    await page.getByTestId('not-entry').waitFor();
    expect(await page.getByTestId('not-entry').textContent()).toContain('Skieruj tę osobę do jednej z nich');
    await expectAccessible(page, 'NGO intake refused');
    await page.goto('/beneficiaries');
    await page.locator('[data-testid="empty-state"], [data-testid="beneficiaries"]').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Zielińska');
    await expectAccessible(page, 'NGO list');
    await page.context().close();
  });
});
