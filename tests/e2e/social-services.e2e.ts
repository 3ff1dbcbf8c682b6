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

    // The institution changes its offering: a wrong e-mail first, then it suspends the offering.
    await row.getByRole('button', { name: 'Zmień: Organizacja prac społecznie użytecznych' }).click();
    await page
      .getByRole('heading', { name: 'Zmiana oferty: Organizacja prac społecznie użytecznych' })
      .waitFor();
    expect(await page.locator('#field-serviceTypeId').isDisabled()).toBe(true);
    expect(await page.locator('#field-phone').inputValue()).toBe('+48 15 800 00 31');
    await expectAccessible(page, 'offering edit form');
    await page.locator('#field-email').fill('nie-adres');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Nieprawidłowy adres e-mail');
    await expectAccessible(page, 'offering edit form with errors');
    await page.locator('#field-email').fill('park@demo.kooperacja.example');
    await choose('field-status', 'Zawieszona');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => row.textContent()).toContain('Zawieszona');
    expect(await row.textContent()).toContain('park@demo.kooperacja.example');
    await expectAccessible(page, 'institution card with a suspended offering');

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

    // The qualification gets its description in its edit form.
    await page.locator('#filter-q').fill(qualification);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('link', { name: `Edytuj: ${qualification}` }).click();
    await expect.poll(() => heading().textContent()).toBe(`Kwalifikacja: ${qualification}`);
    await page.locator('#field-name').fill('');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'qualification edit form with errors');
    await page.locator('#field-name').fill(qualification);
    await page.locator('#field-description').fill('Ukończone szkolenie z koordynacji wolontariatu.');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => heading().textContent()).toBe('Katalog kwalifikacji');
    await page.locator('#filter-q').fill(qualification);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Ukończone szkolenie z koordynacji');

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

    // The standard card is changed: a blank unit is refused, then recipients, unit and resources change.
    const cardPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Edytuj kartę' }).click();
    await expect.poll(() => heading().textContent()).toBe(`Karta usługi: ${name}`);
    await expectAccessible(page, 'service type card edit form');
    await page.locator('#field-deliveryUnit').fill('');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('To pole jest wymagane');
    await expectAccessible(page, 'service type card edit form with errors');
    await page.locator('#field-deliveryUnit').fill('godzina wsparcia wolontariusza');
    await page
      .locator('#field-recipients')
      .fill('Osoby starsze i z niepełnosprawnościami mieszkające samotnie.');
    await page.locator('#field-technicalResources').fill('Telefon dyżurny');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(cardPath);
    await expect.poll(() => page.locator('main').textContent()).toContain('godzina wsparcia wolontariusza');
    const changed = await page.locator('main').textContent();
    expect(changed).toContain('Osoby starsze i z niepełnosprawnościami');
    expect(changed).toContain('Telefon dyżurny');
    await expectAccessible(page, 'changed service type card');

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

  it('the platform administrator adds an area, errors first, then changes it; a stale save is refused', async () => {
    page = await newPage(browser);
    await signInAs(page, platformAdmin.email, demoPassword);
    const area = `Ekonomia społeczna e2e ${unique()}`;

    await page.goto('/catalogue');
    await page.getByRole('link', { name: 'Dodaj obszar' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowy obszar usług społecznych');
    await expectAccessible(page, 'new area form');
    await page.locator('#field-code').fill('Zły kod');
    await page.getByRole('button', { name: 'Dodaj obszar' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBe(4);
    await expectAccessible(page, 'new area form with errors');
    await page.locator('#field-code').fill('');
    await page.locator('#field-name').fill(area);
    await page.locator('#field-description').fill('Usługi zlecane podmiotom ekonomii społecznej.');
    await page
      .locator('#field-legalBasis')
      .fill(
        'Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej\nUstawa z dnia 27 kwietnia 2006 r. o spółdzielniach socjalnych',
      );
    await page.getByRole('button', { name: 'Dodaj obszar' }).click();
    await expect.poll(() => heading().textContent()).toBe('Katalog usług społecznych');
    const card = page.getByRole('article').filter({ hasText: area });
    await card.waitFor();
    expect(await card.textContent()).toContain('o spółdzielniach socjalnych');
    await expectAccessible(page, 'catalogue with the new area');

    await card.getByRole('link', { name: `Zmień obszar: ${area}` }).click();
    await expect.poll(() => heading().textContent()).toBe(`Obszar: ${area}`);
    const editPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'area edit form');
    // Someone else saves the same area first, in another tab.
    const other = await page.context().newPage();
    await other.goto(editPath);
    await other.locator('#field-description').fill('Usługi zlecane PES i organizacjom pozarządowym.');
    await other.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => new URL(other.url()).pathname).toBe('/catalogue');
    await other.close();

    await page.locator('#field-description').fill('Zmiana na starej wersji.');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('conflict').waitFor();
    await expectAccessible(page, 'area edit conflict');
    await page.getByRole('button', { name: 'Wczytaj aktualne dane' }).click();
    expect(await page.locator('#field-description').inputValue()).toBe(
      'Usługi zlecane PES i organizacjom pozarządowym.',
    );
    await page.locator('#field-description').fill('Usługi zlecane PES, w tym spółdzielniom socjalnym.');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect.poll(() => heading().textContent()).toBe('Katalog usług społecznych');
    await expect.poll(() => card.textContent()).toContain('w tym spółdzielniom socjalnym');
  });
});
