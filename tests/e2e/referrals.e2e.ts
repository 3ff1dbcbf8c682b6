import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const account = (prefix: string) => {
  const found = demoAccounts.find((a) => a.email.startsWith(prefix));
  if (!found) throw new Error(`The demo data has no ${prefix} account`);
  return found;
};
const opsAdmin = account('ops.admin');
const ngoCoordinator = account('ngo.koordynator');

/** A valid PESEL of a woman born 9 April 1972. */
const PESEL = '72040912306';

let browser: Browser;

/**
 * Through the API of the OPS's signed-in page: an integration partnership of the demo OPS, PUP
 * and NGO with vocational counselling by the NGO in its scope, Helena Kamińska registered by the
 * OPS, and her consent naming the NGO. Answers the person's id.
 */
async function personReadyForReferral(p: Page): Promise<string> {
  return p.evaluate(
    async ({ name, pesel }) => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const call = async (method: string, url: string, body?: unknown) => {
        const response = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': token },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const find = async (q: string) =>
        (await call('GET', `/api/institutions?q=${encodeURIComponent(q)}`)).items[0].id as string;
      const [ops, pup, ngo] = await Promise.all([
        find('Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie'),
        find('Powiatowy Urząd Pracy w Janowie'),
        find('Stowarzyszenie Razem dla Janowa'),
      ]);
      const partnership = await call('POST', '/api/partnerships', {
        name,
        kind: 'integrationPartnership',
        area: ['0605053'],
        members: [
          { institutionId: ops, role: 'leader' },
          { institutionId: ngo, role: 'coordinator' },
          { institutionId: pup, role: 'implementer' },
        ],
      });
      const ngoMember = partnership.members.find(
        (m: { institution: { id: string } }) => m.institution.id === ngo,
      );
      await call('POST', `/api/partnerships/${partnership.id}/plan/scope`, {
        instrument: 'vocationalCounselling',
        description: 'Doradztwo zawodowe',
        providerMemberIds: [ngoMember.id],
      });
      const person = await call('POST', '/api/beneficiaries', {
        partnershipId: partnership.id,
        firstName: 'Helena',
        lastName: 'Kamińska',
        pesel,
        territoryCode: '0605053',
        targetGroups: ['longTermUnemployed'],
      });
      await call('POST', `/api/beneficiaries/${person.id}/consents`, {
        purpose: 'Usługi operatora partnerstwa',
        givenOn: '2025-01-10',
        form: 'inPerson',
        grants: [
          { institutionId: ngo, categories: ['identification', 'socialSituation', 'serviceDelivery'] },
        ],
      });
      return person.id as string;
    },
    { name: `Skierowania ${Date.now().toString(36)}`, pesel: PESEL },
  );
}

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

    await page.locator('#field-operatorInstitutionId').click();
    await page.getByRole('option', { name: 'Stowarzyszenie Razem dla Janowa' }).first().click();
    await section.getByLabel('Poradnictwo zawodowe: Doradztwo zawodowe').check();
    await page.locator('#field-brief').fill('Pani Helena chce wrócić do pracy w handlu; zajęcia tylko rano.');
    await section.getByRole('button', { name: 'Wystaw skierowanie' }).click();
    const issued = page.getByTestId('issued-code');
    await issued.waitFor();
    code = ((await issued.locator('code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await section.getByText('Czeka na kod').waitFor();
    await expectAccessible(page, 'referral issued');
    const download = page.waitForEvent('download');
    await issued.getByRole('button', { name: 'Pobierz kartę skierowania (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^skierowanie-.*\.pdf$/);
    const card = execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', (await (await download).path()) as string, '-'],
      {
        encoding: 'utf8',
      },
    );
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
    await page.getByRole('button', { name: 'Otwórz skierowanie' }).click();
    const redeemed = page.getByTestId('redeemed');
    await redeemed.getByText('Helena Kamińska').waitFor();
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
    await page.locator('#field-scopeItemId').click();
    await page.getByRole('option', { name: 'Poradnictwo zawodowe: Doradztwo zawodowe' }).first().click();
    await page.locator('#field-deliveredOn').fill(new Date().toISOString().slice(0, 10));
    await page.locator('#field-hours').fill('2');
    await page.locator('#field-payerInstitutionId').click();
    await page.getByRole('option', { name: 'Powiatowy Urząd Pracy w Janowie' }).first().click();
    await page.locator('#field-cost').fill('150,00');
    await deliveries.getByRole('button', { name: 'Zapisz usługę' }).click();
    await deliveries
      .getByTestId('delivery')
      .getByText(/150,00/)
      .waitFor();
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
    await page.locator('#field-outcome').click();
    await page.getByRole('option', { name: 'Podjęcie zatrudnienia' }).click();
    await page.locator('#field-closedOn').fill(new Date().toISOString().slice(0, 10));
    await pkg.getByRole('button', { name: 'Zamknij sprawę' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zamknąć sprawę?' });
    await dialog.waitFor();
    await expectAccessible(page, 'close case confirmation');
    await dialog.getByRole('button', { name: 'Zamknij sprawę' }).click();
    await pkg
      .getByTestId('case-closed')
      .getByText(/Podjęcie zatrudnienia/)
      .waitFor();
    await expectAccessible(page, 'case closed');
    await page.context().close();
  });
});
