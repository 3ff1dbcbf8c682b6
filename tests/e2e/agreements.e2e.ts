import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccounts.find((a) => a.email.startsWith('ops.admin'));
if (!opsAdmin) throw new Error('The demo data has no OPS administrator');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await signInAs(page, opsAdmin.email, demoPassword);
});
afterAll(async () => {
  await browser?.close();
});

/** The partnership is founded through the API from the signed-in page: this file is about its agreement. */
async function foundPartnership(p: Page): Promise<string> {
  return p.evaluate(async () => {
    const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json();
    const find = async (q: string) =>
      (await json(`/api/institutions?q=${encodeURIComponent(q)}`)).items[0].id;
    const [ops, pup, ngo] = await Promise.all([
      find('Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie'),
      find('Powiatowy Urząd Pracy w Janowie'),
      find('Stowarzyszenie Razem dla Janowa'),
    ]);
    const { token } = await json('/api/auth/csrf');
    const created = await json('/api/partnerships', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({
        name: `Razem do pracy ${Date.now().toString(36)}`,
        kind: 'integrationPartnership',
        area: ['0605053'],
        members: [
          { institutionId: ops, role: 'leader' },
          { institutionId: ngo, role: 'coordinator' },
          { institutionId: pup, role: 'implementer' },
        ],
      }),
    });
    return created.id as string;
  });
}

describe('the agreement tab in the browser', () => {
  it('drafts from a template, edits a section, checks the answers, sends to signature and records a signature', async () => {
    const id = await foundPartnership(page);
    await page.goto(`/partnerships/${id}#agreement`);
    await page.getByRole('button', { name: 'Utwórz projekt' }).click();
    await page.locator('#agreement-title').waitFor();
    await expectAccessible(page, 'agreement draft');

    await page.getByRole('button', { name: 'Edytuj projekt' }).click();
    await page.locator('#agreement-sections-goals').fill('Zażółć gęślą jaźń: wspólna usługa dla 12 osób.');
    await expectAccessible(page, 'agreement editor');
    await page.getByRole('button', { name: 'Zapisz nową wersję' }).click();
    await page.getByText('Wersja 2 ·').first().waitFor();
    await page.getByTestId('agreement-diff').waitFor();
    await expectAccessible(page, 'agreement with versions and diff');

    await page.getByRole('button', { name: 'Przekaż do podpisu…' }).click();
    await page.getByRole('heading', { name: 'Sprawdź przed przekazaniem do podpisu' }).waitFor();
    await expectAccessible(page, 'check before signature');
    await page.getByRole('button', { name: 'Przekaż do podpisu', exact: true }).click();
    await page.getByText('Porozumienie przekazano do podpisu').waitFor();
    expect(await page.getByTestId('agreement-state').first().textContent()).toBe('W podpisie');

    const party = page.getByTestId('agreement-party').filter({ hasText: 'Miejsko-Gminny' });
    await party.getByLabel('Imię i nazwisko podpisującego').fill('Anna Kowalska');
    await party.getByLabel('Stanowisko (w jakim charakterze podpisuje)').fill('Dyrektor');
    await party.getByRole('button', { name: 'Zapisz podpis' }).click();
    await party.getByText('Anna Kowalska, Dyrektor').waitFor();
    await expectAccessible(page, 'agreement in signature');
  });
});
