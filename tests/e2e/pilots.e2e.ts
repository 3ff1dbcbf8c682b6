import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import plPilots from '../../common/i18n/pl/pilots.json';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const admin = demoAccounts.find((a) => a.email === 'admin@demo.kooperacja.example')!;
const NAME = 'Pilotaż modelu współpracy PZS (e2e)';

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

/** The first day of the month `monthsAgo` months before this one, as the date input takes it. */
const monthStart = (monthsAgo: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
    .toISOString()
    .slice(0, 10);
};

/** Opens a Mantine select and picks the option with exactly this label. */
async function choose(inputId: string, option: string) {
  await page.locator(`#${inputId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openTab(name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

async function addCandidate(site: string, years: string, sections: string, pes: string, owes: boolean) {
  await choose('field-institutionId', site);
  await choose('field-organiserType', plPilots.organiserTypes.ngo);
  await page.locator('#field-yearsOfExperience').fill(years);
  await page.locator('#field-sectionsCount').fill(sections);
  await page.locator('#field-cooperatingPesCount').fill(pes);
  if (owes) await choose('field-owesRecommendedById', demoInstitutions.owes.name);
  await page.getByRole('button', { name: plPilots.candidates.submit }).click();
  await page.getByTestId('candidate-row').filter({ hasText: site }).waitFor();
}

async function addExpert(name: string, email: string) {
  await page.locator('#field-name').fill(name);
  await page.locator('#field-email').fill(email);
  await page.getByRole('button', { name: plPilots.experts.submit }).click();
  await page.getByTestId('expert-row').filter({ hasText: name }).waitFor();
}

describe('a pilot chooses sites and assigns trained experts', () => {
  it('the organiser ranks candidates, chooses a site, trains and assigns experts, files a report and downloads the PDF', {
    timeout: 240_000,
  }, async () => {
    page = await newPage(browser);
    await signInAs(page, admin.email, demoPassword);
    await page.getByRole('link', { name: plPilots.nav }).first().click();
    await expect.poll(() => heading().textContent()).toBe(plPilots.title);
    await expectAccessible(page, 'pilots list');

    await page.getByRole('link', { name: plPilots.create.open }).click();
    await expect.poll(() => heading().textContent()).toBe(plPilots.create.title);
    await page.getByRole('button', { name: plPilots.create.submit }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain(plPilots.fields.name);
    await expectAccessible(page, 'new pilot with errors');

    await page.locator('#field-name').fill(NAME);
    await choose('field-organiserInstitutionId', demoInstitutions.rops.name);
    await page.locator('#field-startsOn').fill(monthStart(4));
    await page.locator('#field-endsOn').fill(monthStart(-12));
    await page.locator('#field-testingStartsOn').fill(monthStart(2));
    await page.locator('#field-sitesToChoose').fill('1');
    await page.getByRole('button', { name: plPilots.create.submit }).click();
    await expect.poll(() => heading().textContent()).toBe(NAME);
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'pilot, no candidates');

    await addCandidate(demoInstitutions.kis.name, '3', '1', '0', false);
    await addCandidate(demoInstitutions.cis.name, '7', '3', '2', true);
    const rows = page.getByTestId('candidate-row');
    await expect.poll(() => rows.first().textContent()).toContain(demoInstitutions.cis.name);
    expect(await rows.first().textContent()).toContain('70 z 85 pkt');
    expect(await rows.nth(1).textContent()).toContain('25 z 85 pkt');
    await expectAccessible(page, 'ranking');

    await page
      .getByRole('button', { name: `${plPilots.candidates.edit}: ${demoInstitutions.kis.name}` })
      .click();
    await dialog().locator('#edit-sectionsCount').fill('2');
    await expectAccessible(page, 'correcting criteria');
    await dialog().getByRole('button', { name: plPilots.edit.submit }).click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => rows.nth(1).textContent()).toContain('30 z 85 pkt');

    await page.getByRole('button', { name: plPilots.candidates.choose.replace('{{count}}', '1') }).click();
    await dialog().getByText(plPilots.candidates.chooseTitle).waitFor();
    await expectAccessible(page, 'choose confirmation');
    await dialog().getByRole('button', { name: plPilots.candidates.chooseConfirm }).click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => rows.first().textContent()).toContain(plPilots.candidateStates.chosen);
    expect(await rows.nth(1).textContent()).toContain(plPilots.candidateStates.reserve);

    await openTab(plPilots.tabs.experts);
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'experts, none');
    await addExpert('Anna Opiekuńska', 'anna.opiekunska.e2e@example.pl');
    await addExpert('Jan Nieprzeszkolony', 'jan.nieprzeszkolony.e2e@example.pl');
    const anna = page.getByTestId('expert-row').filter({ hasText: 'Anna Opiekuńska' });
    for (let day = 1; day <= 9; day++)
      await anna.getByRole('checkbox', { name: `Dzień ${day}`, exact: true }).check();
    await anna.getByRole('button', { name: plPilots.experts.saveAttendance }).click();
    await anna.getByText(plPilots.experts.trained, { exact: true }).waitFor();
    const jan = page.getByTestId('expert-row').filter({ hasText: 'Jan Nieprzeszkolony' });
    for (const day of [1, 2, 3])
      await jan.getByRole('checkbox', { name: `Dzień ${day}`, exact: true }).check();
    await jan.getByRole('button', { name: plPilots.experts.saveAttendance }).click();
    await jan.getByText('Szkolenie: 3 z 9 dni').waitFor();
    await expectAccessible(page, 'experts and attendance');

    await openTab(plPilots.tabs.sites);
    const site = page.getByTestId('site-card').filter({ hasText: demoInstitutions.cis.name });
    await site.locator('input[id^="field-expertId-"]').click();
    await page.getByRole('option', { name: /Jan Nieprzeszkolony/ }).click();
    await site.getByRole('button', { name: plPilots.sites.assignSubmit }).click();
    await site.getByTestId('error-summary').waitFor();
    expect(await site.getByTestId('error-summary').textContent()).toContain(
      'Ekspert nie ukończył 9-dniowego szkolenia (obecność: 3 z 9 dni)',
    );
    await expectAccessible(page, 'untrained expert refused');
    await site.locator('input[id^="field-expertId-"]').click();
    await page.getByRole('option', { name: 'Anna Opiekuńska', exact: true }).click();
    await site.getByRole('button', { name: plPilots.sites.assignSubmit }).click();
    await site.getByRole('listitem').filter({ hasText: 'Anna Opiekuńska' }).waitFor();
    await expectAccessible(page, 'site with its caretaker');

    await openTab(plPilots.tabs.reports);
    await page.getByTestId('reports-grid').waitFor();
    const missing = () => page.locator('[data-testid="reports-grid"] td[data-status="missing"]').count();
    const missingBefore = await missing();
    // Testing began two months ago: month 1's report was due by the 10th of last month.
    expect(missingBefore).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'monthly reports grid');
    await choose('field-candidateId', demoInstitutions.cis.name);
    await page.locator('#field-month').click();
    await page.getByRole('option', { name: /^1 \(/ }).click();
    await page.getByRole('checkbox', { name: plPilots.products.standardOffer }).check();
    await page.locator('#field-activities').fill('Przegląd oferty usług opiekuńczych z OPS.');
    await page.locator('#field-cooperation').fill('Spotkanie z OWES i gminą.');
    await page.getByRole('button', { name: plPilots.reports.submit }).click();
    await page.getByTestId('site-report').first().waitFor();
    await expect.poll(missing).toBe(missingBefore - 1);
    expect(await page.locator('[data-testid="reports-grid"] td[data-status="late"]').count()).toBe(1);
    await expectAccessible(page, 'report filed');

    await openTab(plPilots.tabs.reviews);
    await page.getByText(plPilots.reviews.noneQuality).waitFor();
    await expectAccessible(page, 'reviews');

    await openTab(plPilots.tabs.documents);
    await expectAccessible(page, 'documents');
    const download = page.waitForEvent('download');
    await page
      .getByRole('link', { name: plPilots.documents.site.replace('{{name}}', demoInstitutions.cis.name) })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile((await file.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
