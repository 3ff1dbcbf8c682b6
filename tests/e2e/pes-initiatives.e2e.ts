import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { demoInitiativeName } from '../../server/workflows/demo-initiative';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

const owesAdviser = demoAccounts.find((a) => a.email === 'owes.doradca@demo.kooperacja.example')!;
const gminaOfficial = demoAccounts.find((a) => a.email === 'gmina.urzednik@demo.kooperacja.example')!;
const NAME = 'Spółdzielnia Socjalna Razem (e2e)';
const PLAN = `Plan zlecania usług opiekuńczych (e2e ${Date.now().toString(36)})`;

/**
 * The gmina's adopted commissioning plan with one commission of a catalogue service, written
 * through the API from the official's signed-in page: the group prepares for that commission.
 */
async function adoptedPlanOfGmina(p: Page): Promise<{ planId: string; serviceType: string }> {
  return p.evaluate(async (title) => {
    const { token } = await (await fetch('/api/auth/csrf')).json();
    const send = async (method: string, url: string, body: unknown) => {
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const me = await (await fetch('/api/auth/me')).json();
    const jstInstitutionId = me.user.memberships[0].institutionId;
    const type = (await (await fetch('/api/social-services/types?status=active&pageSize=1')).json()).items[0];
    const plan = await send('POST', '/api/commissioning/plans', {
      jstInstitutionId,
      title,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      baseYear: 2026,
      baselinePesCount: 1,
      baselinePesValue: '50 000',
      baselineTotalCount: 6,
      baselineTotalValue: '400 000',
      strategicDocumentKind: 'socialProblemsStrategy',
      strategicDocumentName: 'Strategia rozwiązywania problemów społecznych',
      targets: [{ year: 2027, count: 2, value: '120 000', sharePercent: 30 }],
    });
    const withCommission = await send('POST', `/api/commissioning/plans/${plan.id}/commissions`, {
      serviceTypeId: type.id,
      mode: 'openCall',
      year: 2027,
      quarter: 1,
      budget: '80 000',
    });
    await send('POST', `/api/commissioning/plans/${plan.id}/adopt`, {
      version: withCommission.version,
      resolutionNumber: 'XV/101/2026',
      resolutionDate: '2026-11-20',
    });
    return { planId: plan.id as string, serviceType: type.name as string };
  }, PLAN);
}

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

/** Opens a Mantine select and picks the option with exactly this label. */
async function choose(inputId: string, option: string) {
  await page.locator(`#${inputId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addFounder(name: string) {
  await page.locator('#founder-name').fill(name);
  await page.getByRole('button', { name: 'Dodaj założyciela' }).click();
}

/** Confirms the action named `label` in its dialog and waits for the dialog to close. */
async function confirm(label: string) {
  await page.getByRole('button', { name: label }).click();
  await dialog().getByRole('button', { name: 'Potwierdź' }).click();
  await dialog().waitFor({ state: 'hidden' });
}

describe('an initiative group founds a social cooperative', () => {
  it('the OWES starts the group, is refused below the founders minimum, records support and registers the PES', {
    timeout: 240_000,
  }, async () => {
    page = await newPage(browser);
    await signInAs(page, gminaOfficial.email, demoPassword);
    const { planId, serviceType } = await adoptedPlanOfGmina(page);
    await page.context().close();
    page = await newPage(browser);
    await signInAs(page, owesAdviser.email, demoPassword);
    await page.getByRole('link', { name: 'Inicjatywy założycielskie PES' }).first().click();
    await expect.poll(() => heading().textContent()).toBe('Grupy inicjatywne zakładające PES');
    await page.getByRole('link', { name: demoInitiativeName }).waitFor();
    await expectAccessible(page, 'initiatives of the demo');

    await page.getByRole('link', { name: 'Załóż grupę inicjatywną' }).click();
    await expect.poll(() => heading().textContent()).toBe('Nowa grupa inicjatywna');
    await page.getByRole('button', { name: 'Załóż grupę' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('Nazwa przyszłego podmiotu');
    await expectAccessible(page, 'new initiative with errors');

    await page.locator('#field-name').fill(NAME);
    await choose('field-legalForm', 'Spółdzielnia socjalna');
    await choose('field-jstInstitutionId', demoInstitutions.gmina.name);
    await page.locator('#field-serviceTypeIds').click();
    await page.getByRole('option', { name: serviceType, exact: true }).click();
    await page.keyboard.press('Escape');
    // The commission of the gmina's adopted plan the future cooperative prepares for.
    await page.locator('#field-plannedCommissionId').click();
    await page.getByRole('option', { name: new RegExp(`^${PLAN.replace(/[()]/g, '\\$&')}`) }).click();
    await choose('field-owesInstitutionId', demoInstitutions.owes.name);
    await choose('field-pupInstitutionId', demoInstitutions.pup.name);
    await expectAccessible(page, 'new initiative with a planned commission');
    await page.getByRole('button', { name: 'Załóż grupę' }).click();
    await expect.poll(() => heading().textContent()).toBe(NAME);
    expect(await page.getByTestId('planned-for').textContent()).toContain(PLAN);
    const initiativeUrl = page.url();
    await expectAccessible(page, 'initiative, forming');

    await addFounder('Anna Kowalska');
    await page.getByText('Podaj imię i pierwszą literę nazwiska').first().waitFor();
    for (const name of ['Anna K.', 'Jan N.', 'Ewa M.']) {
      await addFounder(name);
      await page.getByTestId('founder-row').filter({ hasText: name }).waitFor();
    }
    expect(await page.getByTestId('founders-check').textContent()).toContain('Za mało założycieli');

    await page.getByRole('button', { name: 'Rozpocznij przygotowanie' }).click();
    await dialog().getByRole('button', { name: 'Potwierdź' }).click();
    await dialog().getByTestId('error-summary').waitFor();
    expect(await dialog().getByTestId('error-summary').textContent()).toContain(
      'Spółdzielnię socjalną zakłada co najmniej 5 osób fizycznych',
    );
    await expectAccessible(page, 'founders below the minimum refused');
    await dialog().getByRole('button', { name: 'Anuluj' }).click();
    await dialog().waitFor({ state: 'hidden' });

    for (const name of ['Piotr S.', 'Ola W.']) {
      await addFounder(name);
      await page.getByTestId('founder-row').filter({ hasText: name }).waitFor();
    }
    await expect
      .poll(() => page.getByTestId('founders-check').textContent())
      .toContain('Minimum ustawowe założycieli spełnione');

    await choose('support-kind', 'Dotacja z Funduszu Pracy (PUP)');
    await choose('support-institution', demoInstitutions.pup.name);
    await page.locator('#support-amount').fill('25 000,00');
    await page.locator('#support-date').fill('2026-03-01');
    await page.getByRole('button', { name: 'Odnotuj wsparcie' }).click();
    await page.getByTestId('support-row').first().waitFor();
    expect(await page.getByTestId('support-row').first().textContent()).toMatch(/25\s000,00\szł/);

    await confirm('Rozpocznij przygotowanie');
    await page.getByText('Przygotowanie', { exact: true }).waitFor();
    await page.locator('#field-statuteAdoptedOn').fill('2026-04-01');
    await page.locator('#field-krsAppliedOn').fill('2026-04-15');
    await page.getByRole('button', { name: 'Zapisz daty' }).click();
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Uchwalenie statutu' }).first().textContent())
      .not.toContain('jeszcze nie');
    await confirm('Przejdź do rejestracji');
    await page.getByText('Rejestracja', { exact: true }).waitFor();
    await expectAccessible(page, 'initiative, registering');

    await page.getByRole('button', { name: 'Zarejestruj PES' }).click();
    await dialog().locator('#register-krs').fill('0000998877');
    await dialog().locator('#register-date').fill('2026-06-01');
    await expectAccessible(page, 'registration dialog');
    await dialog().getByRole('button', { name: 'Potwierdź' }).click();
    await page.getByTestId('registered-pes').waitFor();
    await expectAccessible(page, 'initiative, registered');

    await page.getByRole('link', { name: `${NAME} w rejestrze instytucji` }).click();
    await expect.poll(() => heading().textContent()).toBe(NAME);
    expect(await page.locator('main').textContent()).toContain('0000998877');
    await expectAccessible(page, 'the new PES in the registry');

    // The record as the OWES files it.
    await page.goto(initiativeUrl);
    const pdfHref = await page.getByTestId('initiative-pdf').getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The plan's commission shows the group preparing for it.
    await page.getByRole('link', { name: PLAN }).click();
    await expect.poll(() => heading().textContent()).toBe(PLAN);
    await page.getByRole('tab', { name: 'Zlecenia' }).click();
    const initiatives = page.getByTestId('commission-initiatives');
    await initiatives.waitFor();
    expect(await initiatives.textContent()).toContain(NAME);
    expect(page.url()).toContain(planId);
    await expectAccessible(page, 'the plan’s commission with the initiative group');
  });
});
