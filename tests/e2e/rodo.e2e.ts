import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccounts.find((a) => a.email.startsWith('ops.admin'))!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a person's data rights (RODO) in the browser", () => {
  it('the OPS sees the export and retention rules, and anonymises the person after confirming', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    // A person of the demo service the OPS registers people into, registered through the API.
    const personId = await page.evaluate(async () => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const { services } = await (await fetch('/api/beneficiaries/intake-options')).json();
      if (!services[0]) throw new Error('the demo OPS registers people into no service');
      const response = await fetch('/api/beneficiaries', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({
          partnershipId: services[0].partnership.id,
          firstName: 'Tadeusz',
          lastName: 'Wróblewski',
          noPeselReason: 'notProvided',
          birthDate: '1975-02-03',
          sex: 'male',
          territoryCode: '0605053',
          targetGroups: ['over50'],
        }),
      });
      const person = await response.json();
      if (!person.id) throw new Error(`intake refused: ${JSON.stringify(person)}`);
      return person.id as string;
    });

    await page.goto(`/beneficiaries/${personId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tadeusz Wróblewski');
    const section = page.getByRole('region', { name: 'Dane osobowe (RODO)' });
    await section.getByText('Dokumentacja projektu współfinansowanego z funduszy UE').waitFor();
    await section.getByRole('link', { name: 'Popraw dane osoby' }).waitFor();
    expect(await section.getByRole('link', { name: 'Pobierz PDF' }).getAttribute('href')).toBe(
      `/api/beneficiaries/${personId}/export.pdf`,
    );
    await expectAccessible(page, 'person page with the RODO section');

    await section.getByRole('button', { name: 'Anonimizuj dane osoby' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Anonimizuj nieodwracalnie' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Powód anonimizacji').fill('Żądanie osoby po upływie okresu przechowywania');
    await expectAccessible(page, 'anonymisation confirmation');
    await dialog.getByRole('button', { name: 'Anonimizuj nieodwracalnie' }).click();
    await section.getByText('Dane zanonimizowane').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('[zanonimizowano] [zanonimizowano]');
    expect(await page.getByRole('link', { name: 'Zmień dane' }).count()).toBe(0);
    await expectAccessible(page, 'anonymised person');
    await page.context().close();
  });
});
