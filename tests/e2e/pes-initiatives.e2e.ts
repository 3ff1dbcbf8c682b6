import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const owesAdviser = demoAccounts.find((a) => a.email === 'owes.doradca@demo.kooperacja.example')!;
const NAME = 'Spółdzielnia Socjalna Razem (e2e)';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await page?.context().close();
});

const heading = () => page.locator('h1');
const dialog = () => page.getByRole('dialog');

/** Opens a Mantine select and picks the option with exactly this label. */
async function choose(inputId: string, option: string) {
  await page.locator(`#${inputId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addFounder(name: string) {
  await page.locator('#founder-name').fill(name);
  await page.getByRole('button', { name: 'Dodaj założyciela' }).click();
}

/** Confirms the action named `label` in its dialog and waits for the dialog to close. */
async function confirm(label: string) {
  await page.getByRole('button', { name: label }).click();
  await dialog().getByRole('button', { name: 'Potwierdź' }).click();
  await dialog().waitFor({ state: 'hidden' });
}

describe('an initiative group founds a social cooperative', () => {
  it('the OWES starts the group, is refused below the founders minimum, records support and registers the PES', {
    timeout: 180_000,
  }, async () => {
    page = await newPage(browser);
    await signInAs(page, owesAdviser.email, demoPassword);
    await page.getByRole('link', { name: 'Inicjatywy założycielskie PES' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Grupy inicjatywne zakładające PES');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'initiatives, empty');

    await page.getByRole('link', { name: 'Załóż grupę inicjatywną' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowa grupa inicjatywna');
    await page.getByRole('button', { name: 'Załóż grupę' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Nazwa przyszłego podmiotu');
    await expectAccessible(page, 'new initiative with errors');

    await page.locator('#field-name').fill(NAME);
    await choose('field-legalForm', 'Spółdzielnia socjalna');
    await choose('field-jstInstitutionId', demoInstitutions.gmina.name);
    await page.locator('#field-serviceTypeIds').click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await choose('field-owesInstitutionId', demoInstitutions.owes.name);
    await choose('field-pupInstitutionId', demoInstitutions.pup.name);
    await page.getByRole('button', { name: 'Załóż grupę' }).click();
    await expect.poll(() => heading().textContent()).toBe(NAME);
    await expectAccessible(page, 'initiative, forming');

    await addFounder('Anna Kowalska');
    await page.getByText('Podaj imię i pierwszą literę nazwiska').first().waitFor();
    for (const name of ['Anna K.', 'Jan N.', 'Ewa M.']) {
      await addFounder(name);
      await page.getByTestId('founder-row').filter({ hasText: name }).waitFor();
    }
    expect(await page.getByTestId('founders-check').textContent()).toContain('Za mało założycieli');

    await page.getByRole('button', { name: 'Rozpocznij przygotowanie' }).click();
    await dialog().getByRole('button', { name: 'Potwierdź' }).click();
    await dialog().getByTestId('error-summary').waitFor();
    expect(await dialog().getByTestId('error-summary').textContent()).toContain(
      'Spółdzielnię socjalną zakłada co najmniej 5 osób fizycznych',
    );
    await expectAccessible(page, 'founders below the minimum refused');
    await dialog().getByRole('button', { name: 'Anuluj' }).click();
    await dialog().waitFor({ state: 'hidden' });

    for (const name of ['Piotr S.', 'Ola W.']) {
      await addFounder(name);
      await page.getByTestId('founder-row').filter({ hasText: name }).waitFor();
    }
    await expect
      .poll(() => page.getByTestId('founders-check').textContent())
      .toContain('Minimum ustawowe założycieli spełnione');

    await choose('support-kind', 'Dotacja z Funduszu Pracy (PUP)');
    await choose('support-institution', demoInstitutions.pup.name);
    await page.locator('#support-amount').fill('25 000,00');
    await page.locator('#support-date').fill('2026-03-01');
    await page.getByRole('button', { name: 'Odnotuj wsparcie' }).click();
    await page.getByTestId('support-row').first().waitFor();
    expect(await page.getByTestId('support-row').first().textContent()).toMatch(/25\s000,00\szł/);

    await confirm('Rozpocznij przygotowanie');
    await page.getByText('Przygotowanie', { exact: true }).waitFor();
    await page.locator('#field-statuteAdoptedOn').fill('2026-04-01');
    await page.locator('#field-krsAppliedOn').fill('2026-04-15');
    await page.getByRole('button', { name: 'Zapisz daty' }).click();
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Uchwalenie statutu' }).first().textContent())
      .not.toContain('jeszcze nie');
    await confirm('Przejdź do rejestracji');
    await page.getByText('Rejestracja', { exact: true }).waitFor();
    await expectAccessible(page, 'initiative, registering');

    await page.getByRole('button', { name: 'Zarejestruj PES' }).click();
    await dialog().locator('#register-krs').fill('0000998877');
    await dialog().locator('#register-date').fill('2026-06-01');
    await expectAccessible(page, 'registration dialog');
    await dialog().getByRole('button', { name: 'Potwierdź' }).click();
    await page.getByTestId('registered-pes').waitFor();
    await expectAccessible(page, 'initiative, registered');

    await page.getByRole('link', { name: `${NAME} w rejestrze instytucji` }).click();
    await expect.poll(() => heading().textContent()).toBe(NAME);
    expect(await page.locator('main').textContent()).toContain('0000998877');
    await expectAccessible(page, 'the new PES in the registry');
  });
});
