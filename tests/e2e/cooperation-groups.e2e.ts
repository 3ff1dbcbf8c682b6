import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccount('ops.admin');
const pupCoordinator = demoAccount('pup.koordynator');
const gminaOfficial = demoAccount('gmina.urzednik');
const ropsEvaluator = demoAccount('rops.ewaluator');

let browser: Browser;
let ops: Page;
let pup: Page;
const run = Date.now().toString(36);
const teamName = `Partnerski Zespół Kooperacji Powiatu Janowskiego ${run}`;
const label = `Rodzina Ż. — sprawa ${run}`;

beforeAll(async () => {
  browser = await launchBrowser();
  ops = await newPage(browser);
  await signInAs(ops, opsAdmin.email, demoPassword);
  pup = await newPage(browser);
  await signInAs(pup, pupCoordinator.email, demoPassword);
});
afterAll(async () => {
  await browser?.close();
});

/** The PZK (OPS, PUP and PCPR of the powiat) is founded through the API from the OPS's signed-in page. */
async function foundPartnerTeam(p: Page): Promise<void> {
  const status = await p.evaluate(async (name) => {
    const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json();
    const find = async (q: string) =>
      (await json(`/api/institutions?q=${encodeURIComponent(q)}`)).items[0].id;
    const [opsId, pupId, pcprId] = await Promise.all([
      find('Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie'),
      find('Powiatowy Urząd Pracy w Janowie'),
      find('Powiatowe Centrum Pomocy Rodzinie w Janowie'),
    ]);
    const { token } = await json('/api/auth/csrf');
    const response = await fetch('/api/partnerships', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({
        name,
        kind: 'partnerTeam',
        area: ['0605'],
        members: [
          { institutionId: opsId, role: 'leader' },
          { institutionId: pupId, role: 'member' },
          { institutionId: pcprId, role: 'member' },
        ],
      }),
    });
    return response.status;
  }, teamName);
  expect(status).toBe(201);
}

/** Picks an option of a Mantine select by the input's id. */
async function choose(p: Page, inputId: string, option: string | RegExp) {
  await p.locator(`[id="${inputId}"]`).click();
  await p.getByRole('option', { name: option }).first().click();
}

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
/** The first day of the quarter before this one: an authorisation from then has a closed quarter to summarise. */
const lastQuarterStart = () => {
  const [year, month] = today().split('-').map(Number) as [number, number];
  const quarter = Math.floor((month - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
};

describe('a cooperation group (GGK) end to end', () => {
  it("records the mayor's authorisation with its signed document", async () => {
    await foundPartnerTeam(ops);
    await ops.goto('/cooperation-groups');
    await ops.getByRole('heading', { name: 'Grupy kooperacji (GGK)' }).waitFor();
    await expectAccessible(ops, 'groups list');

    await ops.getByRole('link', { name: 'Upoważnienia ośrodka' }).click();
    await ops.getByRole('heading', { name: 'Upoważnienia do budowania kooperacji' }).waitFor();
    await ops.getByRole('button', { name: 'Zapisz upoważnienie' }).click();
    await choose(ops, 'field-jstInstitutionId', 'Urząd Miejski w Janowie Lubelskim');
    await ops.getByLabel('Numer (znak) upoważnienia').fill(`OR.0052.${run}`);
    // Granted last quarter, so the mayor's office has a closed quarter's summary waiting.
    await ops.getByLabel('Data wydania').fill(lastQuarterStart());
    await ops.getByLabel('Obowiązuje od').fill(lastQuarterStart());
    await expectAccessible(ops, 'authorisation form');
    await ops
      .getByRole('form', { name: 'Zapisz upoważnienie' })
      .getByRole('button', { name: 'Zapisz upoważnienie' })
      .click();

    const row = ops.getByRole('row').filter({ hasText: `OR.0052.${run}` });
    await row.getByText('Nieważne').waitFor();
    await row.locator('input[type="file"]').setInputFiles({
      name: 'upoważnienie burmistrza.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% upoważnienie\n%%EOF\n'),
    });
    await row.getByRole('button', { name: 'Dołącz dokument' }).click();
    await row.getByText('Ważne', { exact: true }).waitFor();
    await row.getByRole('link', { name: /Pobierz dokument/ }).waitFor();
    await expectAccessible(ops, 'authorisations with a valid one');
  });

  it('convenes a group for one situation, asking the PUP of the PZK for a delegate', async () => {
    await ops.goto('/cooperation-groups/new');
    await ops.getByTestId('authorisation-status').waitFor();
    await choose(ops, 'field-partnerTeamId', teamName);
    await ops.getByRole('checkbox', { name: 'Powiatowy Urząd Pracy w Janowie Lubelskim' }).check();
    await ops.getByLabel('Oznaczenie sytuacji (pseudonim)').fill(label);
    await ops
      .getByLabel('Opis sytuacji problemowej')
      .fill('Długotrwałe bezrobocie rodziców, zaległości czynszowe.');
    await ops.getByLabel('Notatki wewnętrzne ośrodka').fill('Tylko dla OPS: wcześniejsze interwencje.');
    await expectAccessible(ops, 'convene form');
    await ops.getByRole('button', { name: 'Zwołaj grupę' }).click();
    await ops.getByRole('heading', { name: label }).waitFor();
    await ops.getByText('Tylko dla OPS: wcześniejsze interwencje.').waitFor();
    await expectAccessible(ops, 'group summary (coordinator)');
  });

  it('the PUP names its delegate and sees the shared part without the internal notes', async () => {
    await pup.goto('/cooperation-groups');
    await pup.getByRole('link', { name: label }).click();
    await pup.getByRole('heading', { name: label }).waitFor();
    await pup.getByText('Widzisz wspólne podsumowanie').waitFor();
    expect(await pup.getByText('Tylko dla OPS').count()).toBe(0);
    await expectAccessible(pup, 'group summary (member)');
    await pup.getByRole('tab', { name: 'Przedstawiciele' }).click();
    await pup.getByRole('button', { name: 'Wskaż przedstawiciela' }).click();
    await choose(pup, 'field-delegateUserId', new RegExp(pupCoordinator.email));
    await expectAccessible(pup, 'naming the delegate');
    await pup.getByRole('button', { name: 'Zapisz odpowiedź' }).click();
    await pup.getByRole('cell', { name: pupCoordinator.displayName }).waitFor();
    await expectAccessible(pup, 'delegates');
  });

  it('the OPS records a meeting with attendance and minutes (PDF) and gives the PUP a task', async () => {
    await ops.reload();
    await ops.getByRole('tab', { name: 'Posiedzenia' }).click();
    await ops.getByRole('button', { name: 'Zapisz posiedzenie' }).click();
    await ops.getByLabel('Data i godzina').fill(`${today()}T10:00`);
    await ops.getByLabel('Miejsce').fill('Sala narad MGOPS w Janowie Lubelskim');
    await ops.getByLabel('Porządek posiedzenia').fill('Ocena sytuacji rodziny; podział zadań.');
    await ops.getByRole('checkbox', { name: /Powiatowy Urząd Pracy/ }).check();
    await ops
      .getByLabel('Przebieg posiedzenia (protokół)')
      .fill('Ustalono pośrednictwo pracy i pomoc mieszkaniową.');
    await ops.getByLabel('Ustalenia (każde w osobnym wierszu)').fill('PUP przedstawi ofertę zatrudnienia');
    await expectAccessible(ops, 'meeting form');
    await ops
      .getByRole('form', { name: 'Zapisz posiedzenie' })
      .getByRole('button', { name: 'Zapisz posiedzenie' })
      .click();
    const minutes = ops.getByRole('link', { name: 'Protokół (PDF)' });
    await minutes.waitFor();
    const pdf = await ops.request.get((await minutes.getAttribute('href')) as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(ops, 'meetings');

    await ops.getByRole('tab', { name: 'Zadania' }).click();
    await ops.getByRole('button', { name: 'Dodaj zadanie' }).click();
    await choose(ops, 'field-memberId', 'Powiatowy Urząd Pracy w Janowie Lubelskim');
    await ops.locator('#field-title').fill('Oferta pracy dla ojca rodziny');
    await ops.locator('#field-dueOn').fill('2099-06-30');
    await expectAccessible(ops, 'task form');
    await ops
      .getByRole('form', { name: 'Dodaj zadanie' })
      .getByRole('button', { name: 'Dodaj zadanie' })
      .click();
    await ops.getByText('Oferta pracy dla ojca rodziny').waitFor();
    await expectAccessible(ops, 'tasks (coordinator)');
  });

  it('the PUP reports its task done', async () => {
    await pup.reload();
    await pup.getByRole('tab', { name: 'Zadania' }).click();
    const form = pup.getByRole('form', { name: 'Stan: Oferta pracy dla ojca rodziny' });
    const status = form.locator('input[id^="field-status-"]');
    await status.click();
    await pup.getByRole('option', { name: 'Wykonane' }).click();
    await form.getByLabel('Uwagi do stanu').fill('Ojciec podjął pracę.');
    await expectAccessible(pup, 'tasks (member)');
    await form.getByRole('button', { name: 'Zapisz stan' }).click();
    const groupUrl = `/api${new URL(pup.url()).pathname}`;
    await expect
      .poll(async () =>
        pup.evaluate(
          async (url) => (await (await fetch(url)).json()).tasks.map((t: { status: string }) => t.status),
          groupUrl,
        ),
      )
      .toEqual(['done']);
  });

  it('the OPS closes the group with its result after confirming; the group is read-only', async () => {
    await ops.reload();
    await ops.getByRole('tab', { name: 'Zadania' }).click();
    await expect.poll(async () => ops.locator('input[id^="field-status-"]').inputValue()).toBe('Wykonane');
    expect(await ops.locator('input[id^="field-note-"]').inputValue()).toBe('Ojciec podjął pracę.');
    await ops.getByRole('tab', { name: 'Podsumowanie' }).click();
    await ops.getByRole('button', { name: 'Zamknij grupę' }).click();
    const dialog = ops.getByRole('dialog', { name: 'Zamknąć grupę kooperacji?' });
    await dialog.waitFor();
    await dialog.locator('#field-outcome').click();
    await dialog.getByRole('option', { name: 'Problem rozwiązany częściowo' }).click();
    await dialog.getByLabel('Podsumowanie działań').fill('Ojciec podjął pracę; sprawa mieszkaniowa w toku.');
    await expectAccessible(ops, 'close confirmation');
    await dialog.getByRole('button', { name: 'Zamknij grupę' }).click();
    await expect.poll(async () => ops.getByTestId('group-status').textContent()).toBe('Zamknięta');
    await ops.getByText('Grupa jest zamknięta; zapisy są tylko do odczytu.').waitFor();
    expect(await ops.getByRole('button', { name: 'Zamknij grupę' }).count()).toBe(0);
    await expectAccessible(ops, 'closed group');
  });

  it('the mayor gets counts only, and the ROPS the record of needs the OPS sends', async () => {
    const official = await newPage(browser);
    await signInAs(official, gminaOfficial.email, demoPassword);
    await official.goto('/cooperation-groups/summary');
    const counts = official.getByTestId('summary-counts');
    await counts.waitFor();
    await expect
      .poll(async () =>
        counts
          .getByRole('row', { name: /Zamknięte w okresie/ })
          .getByRole('cell')
          .textContent(),
      )
      .not.toBe('0');
    expect(await official.getByText(label).count()).toBe(0);
    await official.getByRole('link', { name: 'Pobierz PDF' }).waitFor();
    await expectAccessible(official, 'mayor summary');

    // The quarter closed since the authorisation waits on the home page until opened.
    await official.goto('/');
    const waiting = official.getByRole('link', {
      name: /Nowa kwartalna informacja o działaniu grup kooperacji/,
    });
    await waiting.waitFor();
    await expectAccessible(official, 'home with the quarterly summary waiting');
    await waiting.click();
    await official.getByRole('heading', { name: /Informacja kwartalna: \d\. kwartał \d{4} r\./ }).waitFor();
    await official.getByTestId('summary-counts').waitFor();
    await official.getByTestId('period-summary-pdf').waitFor();
    await expectAccessible(official, 'quarterly summary');
    await official.getByRole('link', { name: 'Wróć do informacji kwartalnych' }).click();
    await official.getByTestId('period-summary-row').first().waitFor();
    expect(await official.getByTestId('period-summary-row').first().textContent()).not.toContain('nowa');
    await expectAccessible(official, 'quarterly summaries list');
    await official.goto('/');
    await official
      .getByTestId('attention-list')
      .or(official.getByText('Nic nie czeka teraz na Twoją decyzję.'))
      .first()
      .waitFor();
    expect(await official.getByRole('link', { name: /Nowa kwartalna informacja/ }).count()).toBe(0);

    await ops.goto('/cooperation-groups/needs-reports');
    await ops.getByRole('button', { name: 'Przygotuj informację' }).click();
    await choose(ops, 'field-ropsInstitutionId', 'Regionalny Ośrodek Polityki Społecznej w Lublinie');
    await ops.getByLabel('Okres od').fill('2026-01-01');
    await ops.getByLabel('Okres do').fill(today());
    await choose(ops, 'field-items.0.category', 'Bezdomność');
    await ops.getByLabel('Liczba osób lub rodzin').fill('4');
    await ops.getByLabel('Niezaspokojone potrzeby').fill(`Brak mieszkań chronionych ${run}`);
    await expectAccessible(ops, 'needs record form');
    await ops.getByRole('button', { name: 'Wyślij do ROPS' }).click();
    await ops.getByRole('dialog').getByRole('button', { name: 'Wyślij do ROPS' }).click();
    await ops.getByText(`Brak mieszkań chronionych ${run}`).waitFor();

    const rops = await newPage(browser);
    await signInAs(rops, ropsEvaluator.email, demoPassword);
    await rops.goto('/cooperation-groups/needs-reports');
    await rops.getByText(`Brak mieszkań chronionych ${run}`).waitFor();
    expect(await rops.getByRole('button', { name: 'Przygotuj informację' }).count()).toBe(0);
    await expectAccessible(rops, 'needs records (ROPS)');
    await rops.goto('/cooperation-groups');
    expect(await rops.getByText(label).count()).toBe(0);
  });
});
