import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { demoProgrammeTitle } from '../../server/workflows/demo-programmes';
import { expectAccessible } from './support/axe';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

const cisManager = demoAccount('cis.kierownik');
const pesManager = demoAccount('pes.prezes');
/** A position no other spec declares, so the flow finds its own need among any others. */
const POSITION = 'Opiekun w dziennym domu seniora';

let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.context().close();
});

async function open(email: string): Promise<Page> {
  const page = await newPage(browser);
  // A step that cannot happen fails with its locator within the test's time, not the suite's.
  page.setDefaultTimeout(15_000);
  pages.push(page);
  await signInAs(page, email, demoPassword);
  return page;
}

const heading = (page: Page) => page.locator('h1');
const dialog = (page: Page) => page.getByRole('dialog');

async function choose(page: Page, inputId: string, typed: string, option: string | RegExp) {
  await page.locator(`#${inputId}`).click();
  await page.locator(`#${inputId}`).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('preparation programmes in the browser', () => {
  it('a CIS prepares participants for declared staffing needs and a graduate is matched', async () => {
    // The provider declares the need the programme will prepare for.
    const pes = await open(pesManager.email);
    await pes.getByRole('link', { name: 'Potrzeby kadrowe' }).first().click();
    await expect.poll(() => heading(pes).textContent()).toBe('Potrzeby kadrowe usługodawców');
    await pes.getByRole('button', { name: 'Zgłoś potrzebę kadrową' }).click();
    await pes.locator('#field-position').fill(POSITION);
    await choose(pes, 'field-qualificationId', 'Opiekun osoby', 'Opiekun osoby starszej');
    await pes.locator('#field-headcount').fill('1');
    await pes.locator('#field-neededFrom').fill('2027-05-01');
    await choose(pes, 'field-territoryCode', '0605053', /Janów Lubelski/);
    await dialog(pes).getByRole('button', { name: 'Zgłoś potrzebę' }).click();
    await pes.getByText('Zgłoszono potrzebę kadrową.').waitFor();

    // The CIS finds the demo's running programme and starts another one, errors first.
    const cis = await open(cisManager.email);
    await cis.getByRole('link', { name: 'Programy przygotowania' }).first().click();
    await expect.poll(() => heading(cis).textContent()).toBe('Programy przygotowania kadr (CIS i KIS)');
    await cis.getByRole('link', { name: demoProgrammeTitle }).waitFor();
    await expectAccessible(cis, 'programmes of the demo');
    await cis.getByRole('link', { name: 'Nowy program' }).click();
    await expect.poll(() => heading(cis).textContent()).toBe('Nowy program przygotowania');
    await expectAccessible(cis, 'new programme form');
    await cis.getByRole('button', { name: 'Utwórz program' }).click();
    const summary = cis.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Nazwa programu');
    expect(await summary.textContent()).toContain('Kwalifikacje');
    await expectAccessible(cis, 'new programme form with errors');

    await cis.locator('#field-title').fill('Opiekun osoby starszej — przygotowanie w CIS');
    await choose(cis, 'field-qualificationIds', 'Opiekun osoby', 'Opiekun osoby starszej');
    await cis.keyboard.press('Escape');
    await choose(cis, 'field-staffingNeedIds', 'dziennym domu', new RegExp(POSITION));
    await cis.keyboard.press('Escape');
    await cis.locator('#field-startsOn').fill('2027-01-04');
    await cis.locator('#field-endsOn').fill('2027-04-30');
    await cis.locator('#field-places').fill('4');
    await choose(cis, 'field-territoryCode', '0605', /janowski/);
    await cis.locator('[id="field-modules.0.title"]').fill('Opieka nad osobą starszą — podstawy');
    await cis.locator('[id="field-modules.0.plannedHours"]').fill('40');
    await cis.getByRole('button', { name: 'Dodaj moduł' }).click();
    await cis.locator('[id="field-modules.1.title"]').fill('Praktyka w dziennym domu seniora');
    await cis.locator('[id="field-modules.1.plannedHours"]').fill('60');
    await cis.getByRole('button', { name: 'Utwórz program' }).click();
    await expect.poll(() => heading(cis).textContent()).toBe('Opiekun osoby starszej — przygotowanie w CIS');
    expect(await cis.locator('main').textContent()).toContain(
      `${POSITION} (Opiekun osoby starszej), obsadzono 0 z 1`,
    );
    await expectAccessible(cis, 'programme, planned');

    // It changes the programme before starting it: one more place, errors first.
    await cis.getByRole('link', { name: 'Zmień program' }).click();
    await expect.poll(() => heading(cis).textContent()).toContain('Zmiana programu');
    await cis.locator('#field-title').fill('');
    await cis.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await cis.getByTestId('error-summary').waitFor();
    await expectAccessible(cis, 'edit programme with an error');
    await cis.locator('#field-title').fill('Opiekun osoby starszej — przygotowanie w CIS');
    await cis.locator('#field-places').fill('5');
    await cis.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => heading(cis).textContent()).toBe('Opiekun osoby starszej — przygotowanie w CIS');

    // It starts, enrols two participants (by first name and initial only) and records progress.
    await cis.getByRole('button', { name: 'Rozpocznij realizację' }).click();
    await cis.getByText('w realizacji').first().waitFor();
    await cis.locator('#field-label').fill('Anna Kowalska');
    await cis.getByRole('button', { name: 'Zapisz uczestnika' }).click();
    await cis.getByTestId('error-summary').waitFor();
    expect(await cis.getByTestId('error-summary').textContent()).toContain('pierwszą literę nazwiska');
    await expectAccessible(cis, 'enrol with an error');
    for (const label of ['Anna K.', 'Jan N.']) {
      await cis.locator('#field-label').fill(label);
      await cis.getByRole('button', { name: 'Zapisz uczestnika' }).click();
      await cis.getByText(`Zapisano: ${label}.`).waitFor();
    }
    const anna = cis.getByTestId('participant-Anna K.');
    await anna.getByRole('button', { name: 'Postępy' }).click();
    await dialog(cis).locator('[id="field-progress.0.hoursAttended"]').fill('40');
    await dialog(cis).getByLabel('Zaliczony: Opieka nad osobą starszą — podstawy').check();
    await dialog(cis).locator('[id="field-progress.1.hoursAttended"]').fill('61');
    await dialog(cis).getByRole('button', { name: 'Zapisz postępy' }).click();
    await dialog(cis).getByTestId('error-summary').waitFor();
    expect(await dialog(cis).getByTestId('error-summary').textContent()).toContain('60 godz.');
    await expectAccessible(cis, 'progress dialog with an error');
    await dialog(cis).locator('[id="field-progress.1.hoursAttended"]').fill('60');
    await dialog(cis).getByLabel('Zaliczony: Praktyka w dziennym domu seniora').check();
    await dialog(cis).getByRole('button', { name: 'Zapisz postępy' }).click();
    await dialog(cis).waitFor({ state: 'hidden' });
    await expect.poll(() => anna.textContent()).toContain('100 z 100 godz.');
    expect(await anna.textContent()).toContain('w trakcie');

    // Anna graduates with the qualification and is matched to the provider's need.
    await anna.getByRole('button', { name: 'Ukończenie' }).click();
    await dialog(cis).locator('#field-examPassedOn').fill('2027-04-20');
    await expectAccessible(cis, 'graduation dialog');
    await dialog(cis).getByRole('button', { name: 'Zapisz ukończenie' }).click();
    await dialog(cis).waitFor({ state: 'hidden' });
    await expect.poll(() => anna.textContent()).toContain('absolwent');
    await anna.getByRole('button', { name: 'Skieruj do pracy' }).click();
    await dialog(cis)
      .getByRole('radio', { name: new RegExp(POSITION) })
      .check();
    expect(await dialog(cis).textContent()).toContain('w obszarze programu');
    await expectAccessible(cis, 'matching dialog');
    await dialog(cis).getByRole('button', { name: 'Skieruj', exact: true }).click();
    await dialog(cis).waitFor({ state: 'hidden' });
    await expect.poll(() => anna.textContent()).toContain('oczekuje na decyzję');
    expect(
      await cis.getByTestId('participant-Jan N.').getByRole('button', { name: 'Skieruj do pracy' }).count(),
    ).toBe(0);
    await expectAccessible(cis, 'programme with a matched graduate');

    // The provider sees the candidate on its staffing needs page and records the hire.
    await pes.reload();
    const match = pes.getByTestId('match-Anna K.');
    await match.waitFor();
    await expectAccessible(pes, 'staffing needs with a candidate');
    await match.getByRole('button', { name: 'Zapisz wynik' }).click();
    await dialog(pes).getByRole('button', { name: 'Zapisz wynik' }).click();
    await dialog(pes).getByTestId('error-summary').waitFor();
    expect(await dialog(pes).getByTestId('error-summary').textContent()).toContain('Zatrudniony od');
    await expectAccessible(pes, 'result dialog with errors');
    await dialog(pes).locator('#field-hiredFrom').fill('2027-05-01');
    await dialog(pes).locator('#field-contractType').click();
    await pes.getByRole('option', { name: 'umowa o pracę', exact: true }).click();
    await dialog(pes).getByRole('button', { name: 'Zapisz wynik' }).click();
    await dialog(pes).waitFor({ state: 'hidden' });
    await expect.poll(() => match.textContent()).toContain('zatrudniony');
    expect(await match.textContent()).toContain('1 z 1');
    await expectAccessible(pes, 'staffing needs after the hire');

    // The CIS sees the need filled and the hire counted; the list filters by kind and state.
    await cis.reload();
    await expect.poll(() => cis.locator('main').textContent()).toContain('obsadzono 1 z 1');
    await cis.getByRole('link', { name: 'Programy przygotowania' }).first().click();
    await cis.locator('#filter-kind').click();
    await cis.getByRole('option', { name: 'program CIS' }).click();
    await cis.locator('#filter-state').click();
    await cis.getByRole('option', { name: 'w realizacji' }).click();
    await cis.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await cis.getByRole('link', { name: 'Opiekun osoby starszej — przygotowanie w CIS' }).waitFor();
    await expectAccessible(cis, 'programme list filtered');
  }, 240_000);
});
