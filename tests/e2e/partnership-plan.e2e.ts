import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';
import { foundPartnership } from './support/partnership';

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

describe('the plan, resources and budget tabs in the browser', () => {
  it('the leader writes a goal and the target group; a missing field is named in the error summary', async () => {
    const id = await foundPartnership(page, 'Plan na rzecz aktywizacji');
    await page.goto(`/partnerships/${id}#plan`);
    await page.getByRole('heading', { name: 'Cele i spodziewane rezultaty' }).waitFor();
    await expectAccessible(page, 'empty plan');

    await page.getByRole('button', { name: 'Dodaj cel' }).click();
    await page.locator('#goal-text').fill('Aktywizacja zawodowa samotnych matek');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Spodziewany rezultat');
    await expectAccessible(page, 'goal form with errors');
    await page.locator('#goal-expectedResult').fill('Zatrudnienie co najmniej 6 uczestniczek');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Zatrudnienie co najmniej 6 uczestniczek').waitFor();
    // The form closes once the whole page has been read again.
    await page.locator('#goal-text').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.locator('#group-description').fill('Samotne matki bezrobotne');
    await page.locator('#group-plannedSize').fill('12');
    await page
      .locator('#group-selectionCriteria')
      .fill('Status osoby bezrobotnej i korzystanie ze świadczeń OPS');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Samotne matki bezrobotne').waitFor();
    await expectAccessible(page, 'plan with goal and group');
  });

  it('a budget line is typed in złoty and shown in pl-PL format with totals per payer', async () => {
    await page.getByRole('tab', { name: 'Budżet' }).click();
    await page.getByRole('button', { name: 'Dodaj pozycję' }).click();
    await page.locator('#budget-legalBasis').fill('art. 17 ustawy o pomocy społecznej');
    await page.locator('#budget-planned').fill('12,345');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'budget form with errors');
    await page.locator('#budget-source').click();
    await page.getByRole('option', { name: 'Budżet pomocy społecznej' }).click();
    await page.locator('#budget-category').click();
    await page.getByRole('option', { name: 'Pomoc rzeczowa' }).click();
    await page.locator('#budget-planned').fill('12 345,67');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByTestId('budget-lines').waitFor();
    expect((await page.getByTestId('budget-lines').textContent())?.replace(/\s/g, ' ')).toContain(
      '12 345,67 zł',
    );
    await expectAccessible(page, 'budget with a line');

    await page.getByRole('tab', { name: 'Zasoby' }).click();
    await page.getByRole('heading', { name: 'Zasoby zadeklarowane przez partnerów' }).waitFor();
    await expectAccessible(page, 'resources');
  });
});
