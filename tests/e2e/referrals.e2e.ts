import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { registeredPerson } from './support/beneficiary';
import { closeCase, issueReferral, recordDelivery, redeemCode } from './support/beneficiary-screens';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccount('ops.admin');
const ngoCoordinator = demoAccount('ngo.koordynator');

/** A valid PESEL of a woman born 9 April 1972. */
const PESEL = '72040912306';

let browser: Browser;

/** Helena Kamińska, registered by the OPS, with her consent naming the NGO. */
const personReadyForReferral = (p: Page) =>
  registeredPerson(p, {
    partnershipName: 'Skierowania',
    scopeDescription: 'Doradztwo zawodowe',
    person: { firstName: 'Helena', lastName: 'Kamińska', pesel: PESEL, targetGroups: ['longTermUnemployed'] },
    consent: {
      purpose: 'Usługi operatora partnerstwa',
      partner: 'ngo',
      categories: ['identification', 'socialSituation', 'serviceDelivery'],
    },
  });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a referral the person carries to the operator', () => {
  let personUrl: string;
  let code: string;

  it('the OPS issues a referral and is shown the code once, with the card to download', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    const personId = await personReadyForReferral(page);
    personUrl = `/beneficiaries/${personId}`;
    await page.goto(personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Helena Kamińska');
    const section = page.getByTestId('referrals');
    await section.getByText('Ta osoba nie ma jeszcze skierowań.').waitFor();
    await expectAccessible(page, 'person without referrals');

    await section.getByRole('button', { name: 'Wystaw skierowanie' }).click();
    await page.locator('#field-brief').waitFor();
    await section.getByRole('button', { name: 'Wystaw skierowanie' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'referral form with errors');

    const issued = await issueReferral(page, {
      operator: 'Stowarzyszenie Razem dla Janowa',
      service: 'Poradnictwo zawodowe: Doradztwo zawodowe',
      brief: 'Pani Helena chce wrócić do pracy w handlu; zajęcia tylko rano.',
    });
    code = issued.code;
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await section.getByText('Czeka na kod').waitFor();
    await expectAccessible(page, 'referral issued');
    const card = issued.card;
    expect(card).toContain(code);
    expect(card).toContain('Helena Kamińska');

    // The code lives only on this page: once it is left, the card cannot be printed again.
    await page.goto('/referrals/redeem');
    await page.getByTestId('queue-waitingForCode').getByText('Kamińska Helena').waitFor();
    await expectAccessible(page, 'waiting for the code worklist');
    await page.goto(personUrl);
    await page.getByText('Kartę można pobrać tylko zaraz po wystawieniu skierowania.').waitFor();
    await page.context().close();
  });

  it('the NGO coordinator finds nothing before the code, redeems it, sees the case and accepts it', async () => {
    const page = await newPage(browser);
    await signInAs(page, ngoCoordinator.email, demoPassword);
    await page.goto(personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nie znaleziono strony');
    await expectAccessible(page, 'person not found before the code');

    await page.getByRole('link', { name: 'Realizuj skierowanie' }).first().click();
    await page.locator('#field-code').waitFor();
    await expectAccessible(page, 'redeem page');
    await page.locator('#field-code').fill('ACDEF-GHJKM');
    await page.getByRole('button', { name: 'Otwórz skierowanie' }).click();
    await page.getByText('Ten kod nie otwiera żadnego skierowania').first().waitFor();
    await expectAccessible(page, 'wrong code');

    // The card's QR code opens the page with the code filled in.
    await page.goto(`/referrals/redeem?code=${code}`);
    await expect.poll(() => page.locator('#field-code').inputValue()).toBe(code);
    await redeemCode(page, code, 'Helena Kamińska');
    const redeemed = page.getByTestId('redeemed');
    await page.getByTestId('queue-awaitingService').getByText('Kamińska Helena').waitFor();
    await expectAccessible(page, 'code accepted');

    await redeemed.getByRole('link', { name: 'Przejdź do skierowania' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Skierowanie: Helena Kamińska');
    await page.getByText('Pani Helena chce wrócić do pracy w handlu').waitFor();
    await expectAccessible(page, 'referral detail');
    await page.getByRole('button', { name: 'Przyjmij skierowanie' }).click();
    await page.getByText('Przyjęte', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Rozpocznij usługę' }).waitFor();
    await expectAccessible(page, 'referral accepted');

    await page.getByRole('link', { name: 'Otwórz kartę osoby' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Helena Kamińska');
    await page.getByTestId('referrals').getByText('Przyjęte', { exact: true }).waitFor();
    await expectAccessible(page, 'person seen by the operator');

    // The home page's worklist counts the accepted referral and leads to the operator's queue.
    await page.goto('/');
    const toStart = page
      .getByTestId('attention-list')
      .getByRole('link', { name: /na przyjęcie lub rozpoczęcie usługi/ });
    await toStart.waitFor();
    await expectAccessible(page, 'home page worklist');
    await toStart.click();
    await page.getByTestId('queue-awaitingService').getByText('Kamińska Helena').waitFor();
    await page.context().close();
  });

  it('the NGO starts the service and records a delivery; the package shows it for its payer', async () => {
    const page = await newPage(browser);
    await signInAs(page, ngoCoordinator.email, demoPassword);
    await page.goto(personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Helena Kamińska');
    await page
      .getByTestId('referrals')
      .getByRole('link', { name: 'Stowarzyszenie Razem dla Janowa' })
      .click();
    await page.getByRole('button', { name: 'Rozpocznij usługę' }).click();
    await page.getByText('W realizacji', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Otwórz kartę osoby' }).click();
    const deliveries = page.getByTestId('deliveries');
    await deliveries.getByText('Nie zapisano jeszcze żadnej usługi.').waitFor();
    await expectAccessible(page, 'person with the service package');

    await deliveries.getByRole('button', { name: 'Zapisz zrealizowaną usługę' }).click();
    await deliveries.getByRole('button', { name: 'Zapisz usługę' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'delivery form with errors');
    await recordDelivery(page, {
      service: 'Poradnictwo zawodowe: Doradztwo zawodowe',
      deliveredOn: new Date().toISOString().slice(0, 10),
      hours: '2',
      payer: 'Powiatowy Urząd Pracy w Janowie',
      cost: '150,00',
    });
    await page.getByTestId('payer-total').getByText('Powiatowy Urząd Pracy w Janowie').waitFor();
    await expectAccessible(page, 'delivery recorded');
    await page.context().close();
  });

  it('the OPS closes the case after a confirmation; the outcome is shown', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.goto(personUrl);
    const pkg = page.getByTestId('package');
    await pkg.getByTestId('payer-total').getByText('Powiatowy Urząd Pracy w Janowie').waitFor();
    await closeCase(page, 'Podjęcie zatrudnienia', new Date().toISOString().slice(0, 10));
    await expectAccessible(page, 'case closed');
    await page.context().close();
  });
});
