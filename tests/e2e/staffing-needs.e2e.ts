import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const pesManager = demoAccounts.find((a) => a.email === 'pes.prezes@demo.kooperacja.example')!;

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

/** Types into a territory picker and picks the first unit whose label has `text`. */
async function pickUnit(inputId: string, typed: string, text: string) {
  await page.locator(`#${inputId}`).fill(typed);
  await page.getByRole('option').filter({ hasText: text }).first().click();
}

describe('staffing needs in the browser', () => {
  it('a PES manager declares a staffing need, errors first, and finds it in the joint diagnosis of the powiat', async () => {
    page = await newPage(browser);
    await signInAs(page, pesManager.email, demoPassword);
    await page.getByRole('link', { name: 'Potrzeby kadrowe' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Potrzeby kadrowe usługodawców');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'staffing needs, empty');

    await page.getByRole('button', { name: 'Zgłoś potrzebę kadrową' }).click();
    await dialog().getByRole('button', { name: 'Zgłoś potrzebę' }).click();
    await dialog().getByTestId('error-summary').waitFor();
    const errors = await dialog().getByTestId('error-summary').textContent();
    expect(errors).toContain('Stanowisko');
    expect(errors).toContain('Wymagana kwalifikacja');
    await expectAccessible(page, 'declare form with errors');

    await page.locator('#field-position').fill('Opiekunka środowiskowa');
    await page.locator('#field-qualificationId').click();
    await page.locator('#field-qualificationId').fill('Opiekunka');
    await page.getByRole('option', { name: 'Opiekunka środowiskowa', exact: true }).click();
    await page.locator('#field-headcount').fill('3');
    await page.locator('#field-neededFrom').fill('2027-03-01');
    await pickUnit('field-territoryCode', '0605053', 'Janów Lubelski');
    await dialog().getByRole('button', { name: 'Zgłoś potrzebę' }).click();
    await page.getByText('Zgłoszono potrzebę kadrową.').waitFor();
    const row = page.getByTestId('need-row').first();
    expect(await row.textContent()).toContain('Opiekunka środowiskowa');
    expect(await row.textContent()).toContain('Janów Lubelski');
    await expectAccessible(page, 'staffing needs with a need');

    await page.getByRole('link', { name: 'Wspólna diagnoza gminy i powiatu' }).click();
    await expect.poll(() => heading().textContent()).toBe('Wspólna diagnoza potrzeb kadrowych');
    await expectAccessible(page, 'diagnosis, no territory');
    await pickUnit('filter-territory', '0605', 'janowski');
    await page.getByTestId('diagnosis-total').waitFor();
    expect(await page.getByTestId('diagnosis-total').textContent()).toBe('Łącznie potrzeba osób: 3');
    expect(await page.getByTestId('diagnosis-powiat-row').first().textContent()).toContain(
      'Opiekunka środowiskowa',
    );
    expect(await page.getByTestId('diagnosis-gmina-row').first().textContent()).toContain('Janów Lubelski');
    await expectAccessible(page, 'diagnosis of the powiat');
  });
});
