import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const account = (email: string) => {
  const found = demoAccounts.find((a) => a.email === email);
  if (!found) throw new Error(`The demo data has no ${email}`);
  return found;
};
const admin = account('admin@demo.kooperacja.example');
const official = account('gmina.urzednik@demo.kooperacja.example');
const gmina = demoInstitutions.gmina.name;
const pes = demoInstitutions.cooperative.name;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = () => page.locator('h1');
const main = () => page.locator('main');
/** A day in the past, so the study visit counts as done whenever this runs. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Opens a Mantine select by its input, narrows a searchable one by typing, and picks the option. */
async function choose(inputId: string, option: string, typed?: string) {
  await page.locator(`[id="${inputId}"]`).click();
  if (typed) await page.locator(`[id="${inputId}"]`).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The steps share one programme, run by the platform administrator and seen by the gmina: in order. */
describe('a training programme in the browser', () => {
  const name = `Nowa wiedza e2e ${Date.now().toString(36)}`;
  let programmeUrl = '';

  it('the administrator creates a programme, first with errors, then right', async () => {
    page = await newPage(browser);
    await signInAs(page, admin.email, demoPassword);
    await page.getByRole('link', { name: 'Szkolenia i doradztwo JST' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Programy szkoleń i doradztwa dla JST');
    await page.locator('#filter-q').waitFor();
    await expectAccessible(page, 'programmes list');

    await page.getByRole('link', { name: 'Nowy program' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowy program szkoleń i doradztwa');
    await page.getByRole('button', { name: 'Utwórz program' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'new programme form with errors');
    await page.locator('#field-name').fill(name);
    await page.locator('#field-startsOn').fill('2026-01-01');
    await page.locator('#field-endsOn').fill('2027-12-31');
    await page.getByRole('button', { name: 'Utwórz program' }).click();
    await expect.poll(() => heading().textContent()).toBe(name);
    expect(await main().textContent()).toContain('0 / 580');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'programme page, no JSTs');
    programmeUrl = new URL(page.url()).pathname;
  }, 120_000);

  it('enrols the gmina: refused with one person, then with two people and its baseline, with priority', async () => {
    await choose('field-jstInstitutionId', gmina, 'Janowie Lubelskim');
    await choose('field-people.0.userId', official.displayName);
    expect(await page.locator('[id="field-people.0.name"]').inputValue()).toBe(official.displayName);
    await page.locator('[id="field-people.0.position"]').fill('Pełnomocnik ds. organizacji pozarządowych');
    await page.getByRole('button', { name: 'Usuń osobę 2' }).click();
    await page.locator('#field-baseYear').fill('2025');
    await page.locator('#field-baselinePesCount').fill('0');
    await page.locator('#field-baselinePesValue').fill('0');
    await page.locator('#field-baselineTotalCount').fill('5');
    await page.locator('#field-baselineTotalValue').fill('300 000');
    await page.getByRole('button', { name: 'Zrekrutuj JST' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('co najmniej dwie osoby');
    await expectAccessible(page, 'enrolment refused below two people');

    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await page.locator('[id="field-people.1.name"]').fill('Jan Skarbnik');
    await page.locator('[id="field-people.1.position"]').fill('Skarbnik gminy');
    await page.getByRole('button', { name: 'Zrekrutuj JST' }).click();
    await page.getByTestId('jsts-table').waitFor();
    const table = page.getByTestId('jsts-table');
    expect(await table.textContent()).toContain(gmina);
    expect(await table.textContent()).toContain('pierwszeństwo');
    expect(await table.textContent()).toContain('poniżej minimum');
    expect(await main().textContent()).toContain('w najmniejszym stopniu zlecają');
    await expectAccessible(page, 'programme with an enrolled JST');
  }, 120_000);

  it('plans a 4-day edition and records attendance: both people complete it', async () => {
    await page.getByRole('tab', { name: 'Szkolenia' }).click();
    await page.getByTestId('empty-state').waitFor();
    await page.locator('#field-title').fill('Edycja 1 – zlecanie usług społecznych');
    for (const [index, date] of ['2026-03-02', '2026-03-03', '2026-03-09', '2026-03-10'].entries())
      await page.locator(`[id="field-days.${index}.date"]`).fill(date);
    await choose('field-personIds', `${official.displayName} – ${gmina}`);
    await choose('field-personIds', `Jan Skarbnik – ${gmina}`);
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'edition form');
    await page.getByRole('button', { name: 'Zaplanuj edycję' }).click();
    await page.getByTestId('completed-count').waitFor();
    for (const person of [official.displayName, 'Jan Skarbnik'])
      for (const day of [1, 2, 3, 4])
        await page.getByRole('checkbox', { name: `${person} – dzień ${day}` }).check();
    await page.getByRole('button', { name: 'Zapisz obecność' }).click();
    await expect.poll(() => page.getByTestId('completed-count').textContent()).toBe('Ukończyło: 2 z 2');
    await expectAccessible(page, 'attendance grid');
    const pdfHref = await page.getByRole('link', { name: 'Lista obecności (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }, 120_000);

  it('records advisory hours: zero is refused, then progress toward 5 hours is shown', async () => {
    await page.getByRole('tab', { name: 'Doradztwo' }).click();
    await page.getByTestId('empty-state').waitFor();
    await choose('field-participantId', gmina);
    await page.locator('#field-heldOn').fill('2026-04-01');
    await page.locator('#field-hours').fill('0');
    await page.locator('#field-topic').fill('Tryby zlecania usług społecznych');
    await page.locator('#field-adviser').fill('Dorota Doradczyni');
    await page.getByRole('button', { name: 'Zapisz sesję' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain('większą od 0');
    await expectAccessible(page, 'advisory form with errors');
    await page.locator('#field-hours').fill('3');
    await page.getByRole('button', { name: 'Zapisz sesję' }).click();
    await page.getByTestId('advisory-table').waitFor();
    expect(await page.getByTestId('advisory-table').textContent()).toContain('3 h');

    await page.getByRole('tab', { name: 'JST', exact: true }).click();
    await expect.poll(() => page.getByTestId('jsts-table').textContent()).toContain('3 z 5 h');
    expect(await page.getByTestId('jsts-table').textContent()).toContain('poniżej minimum');
    await expect.poll(() => page.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('60');

    await page.getByRole('tab', { name: 'Doradztwo' }).click();
    await choose('field-participantId', gmina);
    await page.locator('#field-heldOn').fill('2026-04-08');
    await page.locator('#field-hours').fill('2');
    await page.locator('#field-topic').fill('Projekt planu zlecania usług');
    await page.locator('#field-adviser').fill('Dorota Doradczyni');
    await page.getByRole('button', { name: 'Zapisz sesję' }).click();
    await expect.poll(() => page.getByTestId('advisory-table').locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'advisory log');

    await page.getByRole('tab', { name: 'JST', exact: true }).click();
    await expect.poll(() => page.getByTestId('jsts-table').textContent()).toContain('minimum osiągnięte');
    await choose('filter-minimumMet', 'Poniżej minimum');
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'JSTs filtered below the minimum');
  }, 120_000);

  it('records a study visit to a PES and shows progress by voivodeship', async () => {
    await page.getByRole('tab', { name: 'Wizyty studyjne' }).click();
    await page.getByTestId('empty-state').waitFor();
    await page.locator('#field-visitedOn').fill(daysAgo(3));
    await choose('field-hostInstitutionId', pes, 'Janowskie');
    await choose('field-participantIds', gmina);
    await page.keyboard.press('Escape');
    await page.locator('#field-notes').fill('Usługi opiekuńcze i catering społeczny');
    await page.getByRole('button', { name: 'Zapisz wizytę' }).click();
    await page.getByTestId('visits-table').waitFor();
    expect(await page.getByTestId('visits-table').textContent()).toContain('odbyta');
    await expectAccessible(page, 'study visits');

    await page.getByRole('tab', { name: 'Postęp wg województw' }).click();
    const progress = page.getByTestId('progress-table');
    await progress.waitFor();
    expect(await progress.locator('tbody tr').count()).toBe(16);
    const cells = async (voivodeship: string) =>
      (await progress.locator('tbody tr', { hasText: voivodeship }).locator('td').allTextContents()).join(
        ' ',
      );
    // enrolled, priority, trained, advisory minimum, visits done, plans adopted
    await expect.poll(() => cells('lubelskie')).toBe('1 1 1 1 1 0');
    expect(await cells('mazowieckie')).toBe('0 0 0 0 0 0');
    await expectAccessible(page, 'progress by voivodeship');
    const xlsxHref = await page.getByRole('link', { name: 'Pobierz XLSX' }).getAttribute('href');
    const xlsx = await page.request.get(xlsxHref!);
    expect(xlsx.status()).toBe(200);

    // The JST's page as the manager sees it: people to change, and no adopted plan to link yet.
    await page.getByRole('tab', { name: 'JST', exact: true }).click();
    await page.getByTestId('jsts-table').getByRole('link', { name: gmina }).click();
    await expect.poll(() => heading().textContent()).toBe(gmina);
    expect(await main().textContent()).toContain('z formularza rekrutacji');
    await expectAccessible(page, "the JST's page for the manager");
    await page.getByRole('button', { name: 'Zmień listę osób' }).click();
    await page.locator('[id="field-people.1.position"]').fill('Skarbnik Gminy Janów Lubelski');
    await page.getByRole('button', { name: 'Zapisz osoby' }).click();
    await expect.poll(() => main().textContent()).toContain('Skarbnik Gminy Janów Lubelski');
    await expectAccessible(page, "the JST's people changed");
    await page.context().close();
  }, 120_000);

  it("the gmina's official sees its own participation, read-only", async () => {
    page = await newPage(browser);
    await signInAs(page, official.email, demoPassword);
    await page.getByRole('link', { name: 'Szkolenia i doradztwo JST' }).first().click();
    await page.locator('#filter-q').fill(name);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('link', { name }).click();
    await expect.poll(() => heading().textContent()).toBe(name);
    expect(new URL(page.url()).pathname).toBe(programmeUrl);
    await page.getByTestId('jsts-table').waitFor();
    expect(await page.getByTestId('jsts-table').locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Zrekrutuj JST' }).count()).toBe(0);
    await expectAccessible(page, 'programme seen by the JST');

    await page.getByRole('link', { name: 'Udział Twojej JST' }).click();
    await expect.poll(() => heading().textContent()).toBe(gmina);
    await expect.poll(() => main().textContent()).toContain('Jan Skarbnik');
    expect(await main().textContent()).toContain('minimum osiągnięte');
    expect(await main().textContent()).toContain('Plan nie został jeszcze powiązany.');
    expect(await page.getByRole('button', { name: 'Zmień listę osób' }).count()).toBe(0);
    await expectAccessible(page, "the JST's participation");

    await page.getByRole('link', { name: 'Wróć do programu' }).click();
    await page.getByRole('tab', { name: 'Szkolenia' }).click();
    await page.getByTestId('completed-count').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page, 'trainings seen by the JST');
    await page.context().close();
  }, 120_000);
});
