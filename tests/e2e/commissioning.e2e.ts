import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';
import { confirmReadiness, submitReadiness } from './support/readiness';

const account = (email: string) => {
  const found = demoAccounts.find((a) => a.email === email);
  if (!found) throw new Error(`The demo data has no ${email}`);
  return found;
};
const official = account('gmina.urzednik@demo.kooperacja.example');
const opsAdmin = account('ops.admin@demo.kooperacja.example');
/**
 * The contractor is the demo association, a social economy entity like the cooperative: the
 * readiness spec starts from the cooperative's empty list of assessments on the same server, so
 * this journey leaves the cooperative alone.
 */
const pesCoordinator = account('ngo.koordynator@demo.kooperacja.example');
const owesCoordinator = account('owes.doradca@demo.kooperacja.example');
const pes = demoInstitutions.ngo.name;
/**
 * A service no demo institution offers and no other spec assesses: the journey takes the
 * association from no readiness for it to a confirmed one before the contract.
 */
const SERVICE = 'Specjalistyczne usługi opiekuńcze';

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

/** Axe reads colours of a dialog still fading in as too pale: wait until it is opaque. */
const fadedIn = (dialog: Locator) =>
  expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

/** Opens a Mantine select by its input, narrows a searchable one by typing, and picks the option. */
async function choose(inputId: string, option: string, typed?: string) {
  await page.locator(`#${inputId}`).click();
  if (typed) await page.locator(`#${inputId}`).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * The steps share one plan, written by the gmina's official, commissioned to a PES once the OWES
 * has confirmed its readiness, and reviewed by the OPS: they run in order.
 */
describe('a commissioning plan in the browser', () => {
  const title = `Plan zlecania usług społecznych e2e ${Date.now().toString(36)}`;
  let planUrl = '';

  it('the gmina official writes a draft, first with errors, then shorter than a budget year, then right', async () => {
    page = await newPage(browser);
    await signInAs(page, official.email, demoPassword);

    await page.getByRole('link', { name: 'Plany zlecania usług' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Plany zlecania usług społecznych');
    await page.locator('#filter-state').waitFor();
    await expectAccessible(page, 'plans list');

    await page.getByRole('link', { name: 'Nowy plan' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowy plan zlecania usług');
    await page.getByRole('button', { name: 'Utwórz plan' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'new plan form with errors');

    await page.locator('#field-title').fill(title);
    await page.locator('#field-startsOn').fill('2026-01-01');
    await page.locator('#field-endsOn').fill('2026-06-30');
    await page.locator('#field-baseYear').fill('2025');
    await page.locator('#field-baselinePesCount').fill('2');
    await page.locator('#field-baselinePesValue').fill('120 000');
    await page.locator('#field-baselineTotalCount').fill('9');
    await page.locator('#field-baselineTotalValue').fill('700 000');
    await page.getByRole('button', { name: 'Dodaj rok' }).click();
    await page.locator('[id="field-targets.0.year"]').fill('2026');
    await page.locator('[id="field-targets.0.count"]').fill('4');
    await page.locator('[id="field-targets.0.value"]').fill('250 000');
    await page.locator('[id="field-targets.0.sharePercent"]').fill('30');
    await choose('field-strategicDocumentKind', 'Roczny program współpracy z organizacjami pozarządowymi');
    await page
      .locator('#field-strategicDocumentName')
      .fill('Program współpracy Gminy Janów Lubelski na 2026 rok');
    await page.getByRole('button', { name: 'Utwórz plan' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('co najmniej jeden pełny rok budżetowy');
    await page.locator('#field-endsOn').fill('2026-12-31');
    await page.getByRole('button', { name: 'Utwórz plan' }).click();
    await expect.poll(() => heading().textContent()).toBe(title);
    expect(await main().textContent()).toContain('Projekt');
    await expectAccessible(page, 'draft plan');
    planUrl = new URL(page.url()).pathname;

    // A draft is corrected in its edit form: the strategic document gets its resolution number.
    await page.getByRole('link', { name: 'Edytuj plan' }).click();
    await page.locator('#field-strategicDocumentName').waitFor();
    await expectAccessible(page, 'plan edit form');
    await page
      .locator('#field-strategicDocumentName')
      .fill('Program współpracy Gminy Janów Lubelski na 2026 rok (uchwała XL/210/2025)');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(planUrl);
    await expect.poll(() => main().textContent()).toContain('uchwała XL/210/2025');
  }, 120_000);

  it('adds a commission to a PES of the registry, corrects it, and adopts the plan by resolution', async () => {
    await page.getByRole('tab', { name: 'Zlecenia' }).click();
    await page.getByTestId('empty-state').waitFor();
    await page.getByRole('button', { name: 'Dodaj zlecenie' }).click();
    await choose('field-serviceTypeId', SERVICE, SERVICE);
    await choose('field-mode', 'Zamówienie zastrzeżone');
    await page.locator('#field-budget').fill('60 000');
    await choose('field-quarter', '2');
    await choose('field-expectedContractorIds', pes, 'Razem dla');
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'commission form');
    await page.getByRole('button', { name: 'Dodaj zlecenie' }).click();
    await page.getByTestId('commissions-table').waitFor();
    expect(await page.getByTestId('commissions-table').textContent()).toContain('Zamówienie zastrzeżone');
    await expectAccessible(page, 'plan with a commission');

    // The draft's commission is changed: a budget that is no amount first, then a description.
    await page.getByRole('button', { name: `Zmień zlecenie: ${SERVICE}` }).click();
    expect(await page.locator('#field-budget').inputValue()).toBe('60000,00');
    await expectAccessible(page, 'commission edit form');
    await page.locator('#field-budget').fill('dużo');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'commission edit form with errors');
    await page.locator('#field-budget').fill('65 000');
    await page.locator('#field-description').fill('Pielęgnacja i rehabilitacja osób z niepełnosprawnościami');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('commissions-table').textContent())
      .toContain('Pielęgnacja i rehabilitacja');
    expect(await page.getByTestId('commissions-table').textContent()).toMatch(/65\s000,00/);

    await page.getByRole('button', { name: 'Przyjmij plan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fadedIn(dialog);
    await dialog.locator('#field-resolutionNumber').fill('XV/120/2025');
    await dialog.locator('#field-resolutionDate').fill('2025-12-18');
    await expectAccessible(page, 'adoption dialog');
    await dialog.getByRole('button', { name: 'Przyjmij plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => main().textContent()).toContain('Uchwała nr XV/120/2025');
    expect(await main().textContent()).toContain('Przyjęty');
    const id = planUrl.split('/').pop();

    const pdf = await page.request.get(`/api/commissioning/plans/${id}/plan.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const xlsx = await page.request.get(`/api/commissioning/plans/${id}/export.xlsx`);
    expect(xlsx.status()).toBe(200);
  });

  it('the PES is not offered as a contractor before its readiness is confirmed, and the form says why', async () => {
    await page.getByRole('tab', { name: 'Umowy i postęp' }).click();
    await page.getByTestId('progress-table').waitFor();
    await page.getByRole('button', { name: 'Zapisz umowę' }).click();
    expect(await page.locator('#field-contractorInstitutionId').isDisabled()).toBe(true);
    await choose('field-commissionId', `${SERVICE} (Q2 2026)`);
    const notOffered = page.getByTestId('not-offered-contractors');
    await expect.poll(() => notOffered.textContent()).toContain(`${pes}: brak oceny gotowości`);
    await page.getByTestId('no-ready-contractors').waitFor();
    await expectAccessible(page, 'contract form, no provider ready');
    await page.context().close();
  });

  it('the PES assesses its readiness for the service and the OWES confirms it', async () => {
    page = await newPage(browser);
    await signInAs(page, pesCoordinator.email, demoPassword);
    const assessment = await submitReadiness(page, SERVICE, SERVICE);
    await page.context().close();
    page = await newPage(browser);
    await signInAs(page, owesCoordinator.email, demoPassword);
    await confirmReadiness(page, assessment);
    await page.context().close();
  }, 120_000);

  it('records a contract with the PES, and the progress counts it against the target', async () => {
    page = await newPage(browser);
    await signInAs(page, official.email, demoPassword);
    await page.goto(planUrl);
    await page.getByRole('tab', { name: 'Umowy i postęp' }).click();
    await page.getByTestId('progress-table').waitFor();
    await page.getByRole('button', { name: 'Zapisz umowę' }).click();
    await choose('field-commissionId', `${SERVICE} (Q2 2026)`);
    await expect.poll(() => page.getByTestId('not-offered-contractors').count()).toBe(0);
    await choose('field-contractorInstitutionId', pes, 'Razem dla');
    await page.locator('#field-number').fill('UM/7/2026');
    await page.locator('#field-value').fill('58 000');
    await page.locator('#field-startsOn').fill('2026-04-01');
    await page.locator('#field-endsOn').fill('2026-12-31');
    await page.getByRole('button', { name: 'Dodaj wskaźnik' }).click();
    await page.locator('[id="field-indicators.0.name"]').fill('Liczba osób objętych usługami');
    await page.locator('[id="field-indicators.0.unit"]').fill('osoba');
    await page.locator('[id="field-indicators.0.target"]').fill('12');
    await expectAccessible(page, 'contract form');
    await page.getByRole('button', { name: 'Zapisz umowę' }).click();
    await page.getByTestId('contracts-table').waitFor();
    expect(await page.getByTestId('contracts-table').textContent()).toContain('UM/7/2026');
    expect(await page.getByTestId('progress-table').textContent()).toContain('25%');
    await expectAccessible(page, 'contracts and progress');

    await page.getByRole('button', { name: 'Zmień umowę: UM/7/2026' }).click();
    await page.locator('[id="field-indicators.0.actual"]').fill('9');
    await expectAccessible(page, 'contract being changed');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect.poll(() => page.getByTestId('contracts-table').textContent()).toContain('9 / 12 osoba');
    await page.context().close();
  }, 120_000);

  it('the OPS of the gmina records a quality visit with the checklist of the service card, then corrects it', async () => {
    page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.goto(planUrl);
    await expect.poll(() => heading().textContent()).toBe(title);
    await page.getByRole('tab', { name: 'Kontrole jakości' }).click();
    await page.getByTestId('empty-state').waitFor();
    await expectAccessible(page, 'quality reviews, none yet');
    await page.getByRole('button', { name: 'Zapisz kontrolę' }).click();
    await choose('field-contractId', `UM/7/2026 – ${pes}`);
    await page.locator('#field-reviewedOn').fill('2026-06-15');
    const met = page.getByRole('radio', { name: 'Spełnia', exact: true });
    const items = await met.count();
    expect(items).toBeGreaterThan(0);
    for (let i = 0; i < items; i++) await met.nth(i).check();
    await page.getByRole('radio', { name: 'Nie spełnia', exact: true }).first().check();
    await page
      .locator('#field-findings')
      .fill('Usługi świadczone zgodnie z harmonogramem; braki w dokumentacji kwalifikacji.');
    await page.locator('#field-recommendations').fill('Uzupełnić zaświadczenia o kwalifikacjach opiekunek.');
    await page.locator('#field-followUpOn').fill('2026-09-15');
    await expectAccessible(page, 'quality review form');
    await page.getByRole('button', { name: 'Zapisz kontrolę' }).click();
    const card = page.getByRole('article');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain(demoInstitutions.ops.name);
    expect(text).toContain('Nie spełnia');
    expect(text).toContain('Otwarta (zalecenia w toku)');
    await expectAccessible(page, 'quality review recorded');

    // The OPS corrects the review's details: findings cannot be blank, the follow-up moves.
    await card.getByRole('button', { name: /^Zmień kontrolę/ }).click();
    const form = page.getByRole('region', { name: /^Zmień kontrolę/ });
    await form.waitFor();
    expect(await page.locator('#field-contractId').isDisabled()).toBe(true);
    await expectAccessible(page, 'quality review edit form');
    await page.locator('#field-findings').fill('');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'quality review edit form with errors');
    await page
      .locator('#field-findings')
      .fill('Usługi zgodne z harmonogramem; brak dwóch zaświadczeń o kwalifikacjach.');
    await page.locator('#field-followUpOn').fill('2026-10-15');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect.poll(() => card.textContent()).toContain('brak dwóch zaświadczeń');
    const followUp = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date('2026-10-15T00:00:00Z'),
    );
    expect(await card.textContent()).toContain(followUp);

    await card.getByRole('button', { name: 'Zamknij kontrolę' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fadedIn(dialog);
    await expectAccessible(page, 'close review dialog');
    await dialog.getByRole('button', { name: 'Zamknij kontrolę' }).click();
    await expect.poll(() => card.textContent()).toContain('Zamknięta');
  }, 120_000);
});
