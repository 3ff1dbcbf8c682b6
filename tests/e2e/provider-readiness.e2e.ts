import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';
import { confirmReadiness, dialogShown, downloadFrom, pdfBodyText, xlsxRows } from './support/readiness';

const account = (email: string) => {
  const found = demoAccounts.find((a) => a.email === email);
  if (!found) throw new Error(`The demo data has no ${email}`);
  return found;
};
const pesManager = account('pes.prezes@demo.kooperacja.example');
const owesCoordinator = account('owes.doradca@demo.kooperacja.example');
const gminaOfficial = account('gmina.urzednik@demo.kooperacja.example');
const SERVICE = 'Usługi opiekuńcze w miejscu zamieszkania';

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
const status = () => page.getByTestId('readiness-status').first().textContent();
const dialog = () => page.getByRole('dialog');

describe('readiness to deliver a service in the browser', () => {
  let assessmentPath: string;

  it('a PES manager starts a readiness assessment, answers the checklist and submits it', async () => {
    page = await newPage(browser);
    await signInAs(page, pesManager.email, demoPassword);
    await page.getByRole('link', { name: 'Gotowość usługodawców' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Gotowość do świadczenia usług');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'readiness list, empty');

    await page.getByRole('button', { name: 'Rozpocznij ocenę gotowości' }).click();
    await dialog().getByRole('button', { name: 'Utwórz listę kontrolną' }).click();
    await dialog().getByTestId('error-summary').waitFor();
    expect(await dialog().getByTestId('error-summary').textContent()).toContain('Rodzaj usługi');
    await expectAccessible(page, 'start form with errors');
    await page.locator('#field-serviceTypeId').click();
    await page.locator('#field-serviceTypeId').fill('opiekuńcze w miejscu');
    await page.getByRole('option', { name: SERVICE, exact: true }).click();
    await dialog().getByRole('button', { name: 'Utwórz listę kontrolną' }).click();
    await expect
      .poll(() => heading().textContent())
      .toBe(`${SERVICE} — ${demoInstitutions.cooperative.name}`);
    assessmentPath = new URL(page.url()).pathname;
    expect(await status()).toBe('Szkic');
    const form = await page.locator('main').textContent();
    expect(form).toContain('Opiekunka środowiskowa');
    expect(form).toContain('Wpis do Krajowego Rejestru Sądowego');
    expect(form).toContain(`nr ${demoInstitutions.cooperative.krs}`);
    await expectAccessible(page, 'self-assessment form');

    await page.getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await dialog().getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Odpowiedz na to pytanie');
    await expectAccessible(page, 'self-assessment with unanswered items');

    for (const radio of await page.locator('input[type="radio"][value="true"]').all()) await radio.check();
    for (const input of await page.locator('input[id$=".staffCount"]').all()) await input.fill('2');
    await page.locator('textarea[id$=".evidence"]').first().fill('Umowy o pracę w aktach osobowych');
    await page.getByRole('button', { name: 'Zapisz samoocenę' }).click();
    await page.getByText('Zapisano samoocenę.').waitFor();

    await page.getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await dialogShown(page);
    await expectAccessible(page, 'submit confirmation');
    await dialog().getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await expect.poll(status).toBe('Złożona do weryfikacji');
    expect(await page.getByRole('button', { name: 'Zapisz samoocenę' }).count()).toBe(0);
    await expectAccessible(page, 'submitted assessment');
  });

  it('the OWES finds an item not met and returns the assessment, saying what to correct', async () => {
    page = await newPage(browser);
    await signInAs(page, owesCoordinator.email, demoPassword);
    await page.getByRole('link', { name: 'Gotowość usługodawców' }).first().click();
    await page.locator('label', { hasText: 'Do weryfikacji' }).click();
    await page.getByTestId('assessment-row').first().waitFor();
    await expectAccessible(page, 'verification queue');
    await page.getByRole('link', { name: SERVICE }).click();
    await page.waitForURL((url) => url.pathname === assessmentPath);
    await page.getByRole('heading', { name: 'Weryfikacja' }).waitFor();
    await expectAccessible(page, 'verification form');

    const complaints = page
      .getByTestId('checklist-item')
      .filter({ hasText: 'Pisemna procedura przyjmowania' });
    await complaints.getByLabel('Niespełniony').check();
    await complaints.getByLabel('Komentarz do wymogu').fill('Brak podpisanej procedury');
    await page.getByRole('button', { name: 'Zwróć do poprawy' }).click();
    await dialogShown(page);
    const giveBack = dialog().getByRole('button', { name: 'Zwróć do poprawy' });
    expect(await giveBack.isDisabled()).toBe(true);
    await dialog().locator('#field-returnComment').fill('Proszę dołączyć procedurę skarg.');
    await expectAccessible(page, 'return dialog');
    await giveBack.click();
    await expect.poll(status).toBe('Zwrócona do poprawy');

    // The returned assessment's PDF says what it is, never that it confirms anything.
    const returned = await downloadFrom(page, 'Ocena gotowości (PDF)');
    expect(returned.name).toMatch(/\.pdf$/);
    const text = pdfBodyText(returned.body);
    expect(text).toContain('Ocena gotowości zwrócona do poprawy');
    expect(text).toContain('Dokument nie stanowi potwierdzenia gotowości');
    expect(text).toContain('Proszę dołączyć procedurę skarg.');
    expect(text).toContain('Brak podpisanej procedury');
    await expectAccessible(page, 'returned assessment with its PDF link');
  });

  it('the provider sees the verdict, corrects and submits again', async () => {
    page = await newPage(browser);
    await signInAs(page, pesManager.email, demoPassword);
    await page.goto(assessmentPath);
    await page.getByTestId('verifier-verdict').first().waitFor();
    expect(await page.getByTestId('verifier-verdict').allTextContents()).toContain(
      'Ocena weryfikującego: Niespełniony · Brak podpisanej procedury',
    );
    expect(await page.getByTestId('decision').textContent()).toContain('Proszę dołączyć procedurę skarg.');
    await expectAccessible(page, 'returned assessment');
    const complaints = page
      .getByTestId('checklist-item')
      .filter({ hasText: 'Pisemna procedura przyjmowania' });
    await complaints.locator('textarea').fill('Procedura przyjęta zarządzeniem nr 3/2026');
    await page.getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await dialog().getByRole('button', { name: 'Złóż do weryfikacji' }).click();
    await expect.poll(status).toBe('Złożona do weryfikacji');
  });

  it("the OWES verifies every item and confirms the provider's readiness for a period", async () => {
    page = await newPage(browser);
    await signInAs(page, owesCoordinator.email, demoPassword);
    await confirmReadiness(page, assessmentPath);
    expect(await page.getByTestId('decision').textContent()).toContain(demoInstitutions.owes.name);

    const confirmation = await downloadFrom(page, 'Potwierdzenie gotowości (PDF)');
    const text = pdfBodyText(confirmation.body);
    expect(text).toContain('Potwierdzenie gotowości do świadczenia usługi społecznej');
    expect(text).not.toContain('nie stanowi potwierdzenia');
    expect(text).toContain(demoInstitutions.cooperative.name);
    expect(text).toContain(SERVICE);
    expect(text).toContain('ustawy z dnia 12 marca 2004 r. o pomocy społecznej');
    expect(text).toContain(`Zweryfikowana przez ${demoInstitutions.owes.name}`);
    expect(text).toContain('Procedura przyjęta zarządzeniem nr 3/2026');
    await expectAccessible(page, 'confirmed assessment with its PDF link');
  });

  it("the service type's page lists the confirmed provider as a contractor, first, with its validity", async () => {
    page = await newPage(browser);
    await signInAs(page, owesCoordinator.email, demoPassword);
    await page.getByRole('link', { name: 'Katalog usług' }).first().click();
    await page.locator('#filter-q').fill('opiekuncze w miejscu');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('link', { name: SERVICE }).click();
    await expect.poll(() => heading().textContent()).toBe(SERVICE);
    const first = page.getByTestId('contractor-row').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(demoInstitutions.cooperative.name);
    expect(await first.getByTestId('contractor-reason').textContent()).toContain(
      'Gotowy — potwierdzenie ważne do',
    );
    await page.getByLabel('Tylko gotowi').check();
    await expect.poll(() => page.getByTestId('contractor-row').count()).toBe(1);
    await expectAccessible(page, 'service type card with contractors');
  });

  it('a gmina official downloads the contractors as a workbook, filtered as the list, but not the assessment', async () => {
    page = await newPage(browser);
    await signInAs(page, gminaOfficial.email, demoPassword);
    await page.getByRole('link', { name: 'Katalog usług' }).first().click();
    await page.locator('#filter-q').fill('opiekuncze w miejscu');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('link', { name: SERVICE }).click();
    await expect.poll(() => heading().textContent()).toBe(SERVICE);
    await page.getByTestId('contractor-row').first().waitFor();
    const listed = await page.getByTestId('contractor-row').count();

    const all = await downloadFrom(page, 'Pobierz listę wykonawców (XLSX)');
    expect(all.name).toBe(`Wykonawcy — ${SERVICE}.xlsx`);
    const rows = await xlsxRows(all.body);
    expect(rows[0]?.slice(0, 3)).toEqual(['Usługodawca', 'Rodzaj instytucji', 'Województwo']);
    expect(rows.length - 1).toBeGreaterThanOrEqual(listed);
    expect(rows[1]?.[0]).toBe(demoInstitutions.cooperative.name);
    expect(rows[1]?.[7]).toBe('Tak');

    await page.getByLabel('Tylko gotowi').check();
    await expect.poll(() => page.getByTestId('contractor-row').count()).toBe(1);
    const ready = await xlsxRows((await downloadFrom(page, 'Pobierz listę wykonawców (XLSX)')).body);
    expect(ready.slice(1).map((row) => row[0])).toEqual([demoInstitutions.cooperative.name]);
    await expectAccessible(page, 'contractors with the workbook link, ready only');

    // The assessment behind the confirmation is the provider's and its verifier's: 404 for the gmina.
    const pdf = await page
      .context()
      .request.get(
        `/api${assessmentPath.replace('/readiness/', '/provider-readiness/assessments/')}/readiness.pdf`,
      );
    expect(pdf.status()).toBe(404);
  });
});
