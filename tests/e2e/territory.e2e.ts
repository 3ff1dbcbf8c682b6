import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import plCommon from '../../common/i18n/pl/common.json';
import plTerritory from '../../common/i18n/pl/territory.json';
import { demoAccounts, demoPassword, demoTerritory } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { baseUrl, launchBrowser, newPage, signInAs } from './support/browser';

/** Everyone may read the register: the journey is walked by a case worker of an NGO. */
const caseWorker = demoAccounts.find((a) => a.role === 'caseWorker');
if (!caseWorker) throw new Error('The demo data has no case worker');

/** `{{name}}` placeholders of a catalog text filled in, as i18next does. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

const janow = {
  gmina: 'gmina Janów Lubelski (gm. miejsko-wiejska)',
  powiat: 'powiat janowski',
  voivodeship: 'województwo lubelskie',
};

let browser: Browser;
/** One sign-in for the whole file (the sign-in route allows 20 attempts a minute per address). */
let session: BrowserContextOptions['storageState'];
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const first = await newPage(browser);
  await signInAs(first, caseWorker.email, demoPassword);
  session = await first.context().storageState();
  await first.context().close();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'pl-PL', storageState: session });
  page = await context.newPage();
});
afterEach(async () => {
  await page.context().close();
});

const heading = () => page.locator('h1');
const unitsTable = () => page.getByTestId('territory-units');
const rowsText = () => unitsTable().locator('tbody tr').allTextContents();
/** The card of the open unit: the region named by its heading. */
const unitFacts = (name: string) => page.getByRole('region', { name });
const breadcrumbs = () => page.getByRole('navigation', { name: plTerritory.browse.breadcrumbs });

async function openRegister() {
  await page.goto('/');
  await page.getByRole('link', { name: plCommon.nav.territory }).first().click();
  await expect.poll(() => heading().textContent()).toBe(plTerritory.title);
  await page.getByRole('table', { name: plTerritory.browse.rootCaption }).waitFor();
}

/** The search in the address; the router quotes a value that would read as a number ("9999"). */
const searchedFor = (url: URL): unknown => {
  const q = url.searchParams.get('q');
  return q?.startsWith('"') ? JSON.parse(q) : q;
};

/** Searches as a person does and waits for the register's answer to that very query. */
async function search(query: string) {
  await page.getByLabel(plTerritory.search.label).fill(query);
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/territory/units' &&
      new URL(response.url()).searchParams.get('q') === query,
  );
  await page.getByRole('button', { name: plTerritory.search.submit, exact: true }).click();
  await page.waitForURL((url) => searchedFor(url) === query);
  expect((await answered).ok()).toBe(true);
}

/** Waits for the results of `query` and returns their rows' text. */
async function results(query: string): Promise<string[]> {
  await page.getByRole('table', { name: fill(plTerritory.search.caption, { q: query }) }).waitFor();
  return rowsText();
}

describe('the TERYT register in the browser', () => {
  it('walks down from the voivodeships to the gmina Janów Lubelski and back up by the breadcrumbs', async () => {
    await openRegister();
    const voivodeships = await rowsText();
    expect(voivodeships).toHaveLength(16);
    expect(voivodeships.some((row) => row.startsWith(`lubelskie${demoTerritory.voivodeship}`))).toBe(true);
    expect(await breadcrumbs().textContent()).toBe(plTerritory.browse.root);
    await expectAccessible(page, 'territory: the voivodeships');

    await page.getByRole('link', { name: 'lubelskie', exact: true }).click();
    await unitFacts(janow.voivodeship).waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe(demoTerritory.voivodeship);
    const voivodeshipFacts = await unitFacts(janow.voivodeship).textContent();
    expect(voivodeshipFacts).toContain(`${plTerritory.facts.code}${demoTerritory.voivodeship}`);
    expect(voivodeshipFacts).toContain(`${plTerritory.facts.kind}${plTerritory.kinds.voivodeship}`);
    await page
      .getByRole('table', { name: fill(plTerritory.browse.childrenCaption, { name: janow.voivodeship }) })
      .waitFor();
    expect(await rowsText()).toContain(`janowski${demoTerritory.powiat}${plTerritory.kinds.powiat}`);
    await expectAccessible(page, 'territory: województwo lubelskie');

    await page.getByRole('link', { name: 'janowski', exact: true }).click();
    await unitFacts(janow.powiat).waitFor();
    // Seven gminas, two of them urban-rural with a town and a rural area each.
    expect(await unitFacts(janow.powiat).textContent()).toContain(`${plTerritory.facts.gminas}7`);
    expect(await breadcrumbs().textContent()).toBe(`Polska›${janow.voivodeship}›${janow.powiat}`);
    const gminas = await rowsText();
    expect(gminas).toHaveLength(7);
    expect(gminas).toContain(`Janów Lubelski${demoTerritory.gmina}${plTerritory.kinds.urbanRural}`);
    expect(gminas).toContain(`Batorz0605012${plTerritory.kinds.rural}`);
    await expectAccessible(page, 'territory: powiat janowski');

    await page.getByRole('link', { name: 'Janów Lubelski', exact: true }).click();
    await unitFacts(janow.gmina).waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe(demoTerritory.gmina);
    const gminaFacts = await unitFacts(janow.gmina).textContent();
    expect(gminaFacts).toContain(`${plTerritory.facts.code}${demoTerritory.gmina}`);
    expect(gminaFacts).toContain(`${plTerritory.facts.kind}${plTerritory.kinds.urbanRural}`);
    expect(await breadcrumbs().textContent()).toBe(
      `Polska›${janow.voivodeship}›${janow.powiat}›${janow.gmina}`,
    );
    expect(await breadcrumbs().locator('[aria-current="location"]').textContent()).toBe(janow.gmina);
    expect(await rowsText()).toEqual([
      `Janów Lubelski0605054${plTerritory.kinds.town}`,
      `Janów Lubelski0605055${plTerritory.kinds.ruralArea}`,
    ]);
    await expectAccessible(page, 'territory: gmina Janów Lubelski');

    // The back button retraces the steps, since the open unit is in the address.
    await page.goBack();
    await unitFacts(janow.powiat).waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe(demoTerritory.powiat);

    await breadcrumbs().getByRole('link', { name: janow.voivodeship }).click();
    await unitFacts(janow.voivodeship).waitFor();
    await breadcrumbs().getByRole('link', { name: plTerritory.browse.root }).click();
    await page.getByRole('table', { name: plTerritory.browse.rootCaption }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('finds a unit by name in any case, with or without Polish letters', async () => {
    await openRegister();
    const janowLubelski = [
      `Janów Lubelski${demoTerritory.gmina}${plTerritory.kinds.urbanRural}powiat janowski, lubelskie`,
      `Janów Lubelski0605054${plTerritory.kinds.town}gmina Janów Lubelski, powiat janowski, lubelskie`,
      `Janów Lubelski0605055${plTerritory.kinds.ruralArea}gmina Janów Lubelski, powiat janowski, lubelskie`,
    ];

    await search('janow lub');
    expect(await results('janow lub')).toEqual(janowLubelski);
    await expectAccessible(page, 'territory: search results');

    await search('JANÓW LUBELSKI');
    expect(await results('JANÓW LUBELSKI')).toEqual(janowLubelski);

    // Without the diacritic "janow" also finds the other Janóws and Janowiec.
    await search('Janow');
    const janows = await results('Janow');
    expect(janows).toEqual(expect.arrayContaining(janowLubelski));
    expect(janows.some((row) => row.startsWith('Janów Podlaski0601052'))).toBe(true);
    expect(janows.some((row) => row.startsWith('Janowiec0614032'))).toBe(true);

    // A result opens the unit's card.
    await unitsTable().getByRole('link', { name: 'Janów Lubelski' }).first().click();
    await unitFacts(janow.gmina).waitFor();
    expect(await page.getByLabel(plTerritory.search.label).inputValue()).toBe('');
    await expectAccessible(page, 'territory: a unit opened from the results');
  });

  it('finds units by a TERYT code or by its beginning', async () => {
    await openRegister();
    await search(demoTerritory.gmina);
    expect(await results(demoTerritory.gmina)).toEqual([
      `Janów Lubelski${demoTerritory.gmina}${plTerritory.kinds.urbanRural}powiat janowski, lubelskie`,
    ]);
    await expectAccessible(page, 'territory: search by code');

    // The beginning of a code: the powiat and everything in it, in code order.
    await search(demoTerritory.powiat);
    const inPowiat = await results(demoTerritory.powiat);
    expect(inPowiat).toHaveLength(12);
    expect(inPowiat[0]).toBe(`janowski${demoTerritory.powiat}${plTerritory.kinds.powiat}lubelskie`);
    expect(inPowiat.every((row) => /^\D+0605/.test(row))).toBe(true);

    // People copy codes with spaces: the digits are what count.
    await search('06 05 05');
    expect(await results('06 05 05')).toHaveLength(3);
  });

  it('says so when nothing matches, and clearing the search returns to the voivodeships', async () => {
    await openRegister();
    await search('Nie ma takiej gminy');
    const empty = page.getByTestId('empty-state');
    await empty.waitFor();
    expect(await empty.textContent()).toBe(`${plTerritory.search.empty}${plTerritory.search.emptyHint}`);
    expect(await unitsTable().count()).toBe(0);
    await expectAccessible(page, 'territory: nothing found');

    await search('9999');
    await empty.waitFor();
    expect(await empty.textContent()).toContain(plTerritory.search.empty);

    await page.getByRole('button', { name: plTerritory.search.clear }).click();
    await page.getByRole('table', { name: plTerritory.browse.rootCaption }).waitFor();
    expect(await page.getByLabel(plTerritory.search.label).inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
  });
});
