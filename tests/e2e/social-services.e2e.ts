import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HsdsPage, HsdsServiceSummary } from '../../common/contracts/hsds';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const account = (role: string) => {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) throw new Error(`The demo data has no ${role}`);
  return found;
};
const cisManager = account('manager');
const platformAdmin = account('platformAdmin');

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
const unique = () => Date.now().toString(36);

/** Opens a Mantine select by its input, narrows a searchable one by typing, and picks the option. */
async function choose(inputId: string, option: string, typed?: string) {
  await page.locator(`#${inputId}`).click();
  if (typed) await page.locator(`#${inputId}`).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the catalogue of social services in the browser', () => {
  it('a CIS manager browses the catalogue, adds an offering, sees it in the HSDS directory, and ends it', async () => {
    page = await newPage(browser);
    await signInAs(page, cisManager.email, demoPassword);

    await page.getByRole('link', { name: 'Katalog usług' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Katalog usług społecznych');
    await page.locator('table').waitFor();
    expect(await page.getByTestId('hsds-link').getAttribute('href')).toBe('/api/hsds');
    await expectAccessible(page, 'catalogue');

    await page.getByRole('button', { name: 'Pokaż usługi: Opieka nad dziećmi w wieku do lat 3' }).click();
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('3 wyniki');
    await page.locator('#filter-q').fill('opiekuncze');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'catalogue, nothing found');
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await page.locator('#filter-q').fill('opiekuncze');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('link', { name: 'Usługi opiekuńcze w miejscu zamieszkania' }).click();
    await expect.poll(() => heading().textContent()).toBe('Usługi opiekuńcze w miejscu zamieszkania');
    await page.getByTestId('offering-row').first().waitFor();
    const card = await page.locator('main').textContent();
    expect(card).toContain('Opiekunka środowiskowa');
    expect(card).toContain('Art. 50 ust. 1–3 ustawy z dnia 12 marca 2004 r. o pomocy społecznej');
    expect(card).toContain('Spółdzielnia Socjalna Janowskie Smaki (demo)');
    await expectAccessible(page, 'service type card');

    await page.goto('/');
    await page.getByRole('link', { name: demoInstitutions.cis.name }).click();
    await expect.poll(() => heading().textContent()).toBe(demoInstitutions.cis.name);
    const institutionId = new URL(page.url()).pathname.split('/').pop();
    await page.getByTestId('offering-row').first().waitFor();
    await expectAccessible(page, 'institution card with offerings');

    await page.getByRole('button', { name: 'Dodaj ofertę usługi' }).click();
    await page.getByRole('button', { name: 'Dodaj ofertę', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Rodzaj usługi');
    await expectAccessible(page, 'offering form with errors');

    const details = `Prace porządkowe w parku miejskim e2e ${unique()}`;
    await choose('field-serviceTypeId', 'Organizacja prac społecznie użytecznych', 'prac społ');
    await page.locator('#field-description').fill(details);
    await page.locator('#field-phone').fill('+48 15 800 00 31');
    await page.getByRole('button', { name: 'Dodaj ofertę', exact: true }).click();
    const row = page.getByTestId('offering-row').filter({ hasText: details });
    await row.waitFor();
    expect(await row.textContent()).toContain('gmina Janów Lubelski');

    const directory = await page.request.get(`/api/hsds/services?organization_id=${institutionId}`);
    expect(directory.status()).toBe(200);
    const services = (await directory.json()) as HsdsPage<HsdsServiceSummary>;
    const published = services.contents.find((s) => s.description.includes(details));
    expect(published).toMatchObject({
      name: 'Organizacja prac społecznie użytecznych',
      status: 'active',
      organization: { name: demoInstitutions.cis.name },
    });

    await row.getByRole('button', { name: 'Zakończ: Organizacja prac społecznie użytecznych' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Zakończ ofertę' });
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'end offering dialog');
    await dialog.locator('textarea').fill('Koniec sezonu');
    await confirm.click();
    await row.waitFor({ state: 'detached' });
    const after = (await (await page.request.get(`/api/hsds/services/${published?.id}`)).json()) as {
      status: string;
    };
    expect(after.status).toBe('inactive');
  });

  it('the platform administrator adds a qualification and a service type, errors first, then retires the type', async () => {
    page = await newPage(browser);
    await signInAs(page, platformAdmin.email, demoPassword);
    const qualification = `Koordynator wolontariatu e2e ${unique()}`;

    await page.goto('/catalogue/qualifications');
    await page.locator('table').waitFor();
    await expectAccessible(page, 'qualifications');
    await page.getByRole('link', { name: 'Dodaj kwalifikację' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowa kwalifikacja');
    await page.getByRole('button', { name: 'Dodaj do katalogu' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'qualification form with errors');
    await page.locator('#field-name').fill(qualification);
    await page.getByRole('button', { name: 'Dodaj do katalogu' }).click();
    await expect.poll(() => heading().textContent()).toBe('Katalog kwalifikacji');

    await page.goto('/catalogue');
    await page.getByRole('link', { name: 'Dodaj rodzaj usługi' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowy rodzaj usługi');
    await expectAccessible(page, 'new service type form');
    await page.getByRole('button', { name: 'Dodaj do katalogu' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBe(6);
    await expectAccessible(page, 'new service type form with errors');

    const name = `Wolontariat opiekuńczy e2e ${unique()}`;
    await choose('field-areaId', 'Pomoc społeczna');
    await page.locator('#field-name').fill(name);
    await page.locator('#field-description').fill('Wsparcie seniorów przez przeszkolonych wolontariuszy.');
    await page.locator('#field-recipients').fill('Osoby starsze mieszkające samotnie.');
    await page.locator('#field-deliveryUnit').fill('godzina wsparcia');
    await page
      .locator('#field-legalBasis')
      .fill('Art. 50 ustawy z dnia 12 marca 2004 r. o pomocy społecznej');
    await page
      .locator('#field-organisationalResources')
      .fill('Koordynator wolontariatu\nPorozumienia z wolontariuszami');
    await choose('field-qualificationIds', qualification, 'Koordynator wolont');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dodaj do katalogu' }).click();
    await expect.poll(() => heading().textContent()).toBe(name);
    expect(await page.locator('main').textContent()).toContain(qualification);
    await expectAccessible(page, 'new service type card');

    await page.getByRole('button', { name: `Wycofaj z katalogu: ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'retire dialog');
    await dialog.locator('textarea').fill('Dodana w teście');
    await dialog.getByRole('button', { name: 'Wycofaj', exact: true }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Wycofana');
    expect(await page.locator('main').textContent()).toContain('Powód: Dodana w teście');
    await expectAccessible(page, 'retired service type card');
  });
});
