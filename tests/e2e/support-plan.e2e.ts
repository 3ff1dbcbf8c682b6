import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { registeredPerson } from './support/beneficiary';
import {
  addDiagnosisEntry,
  approvePlan,
  pdfTextAt,
  planPdfHref,
  saveFirstPlanAction,
  submitPlan,
} from './support/beneficiary-screens';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

const opsAdmin = demoAccount('ops.admin');
const opsCoordinator = demoAccount('ops.koordynator');
const pupCoordinator = demoAccount('pup.koordynator');

/** A woman born 12 March 1984. */
const PESEL = '84031212445';

let browser: Browser;
let personUrl: string;

/** Jadwiga Łukasiewicz, registered by the OPS, with her consent opening the diagnosis and the plan to the PUP. */
const setUp = async (p: Page) =>
  `/beneficiaries/${await registeredPerson(p, {
    partnershipName: 'Usługa integracji',
    scopeDescription: 'Doradztwo zawodowe – 6 spotkań',
    person: { firstName: 'Jadwiga', lastName: 'Łukasiewicz', pesel: PESEL },
    consent: {
      purpose: 'Wspólna diagnoza i indywidualny plan wsparcia',
      partner: 'pup',
      categories: ['identification', 'diagnosis', 'supportPlan'],
    },
  })}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('joint diagnosis and the individual support plan in the browser', () => {
  it('the OPS writes a diagnosis entry and drafts the plan, submitting it once the person signed', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    personUrl = await setUp(page);
    await page.goto(personUrl);
    await page.getByTestId('diagnosis').getByText('Praca i umiejętności').waitFor();
    await expectAccessible(page, 'person with diagnosis and plan');

    await page.getByRole('button', { name: 'Dodaj wpis: Praca i umiejętności' }).click();
    await page.getByRole('button', { name: 'Zapisz wpis' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'diagnosis entry with errors');
    await page
      .locator('#diagnosis-findings-workAndSkills')
      .fill('Szwaczka, 12 lat pracy w zakładach odzieżowych.');
    await page.getByRole('button', { name: 'Zapisz wpis' }).click();
    await page.getByTestId('diagnosis').getByText('Szwaczka, 12 lat pracy').waitFor();
    await addDiagnosisEntry(
      page,
      'healthAndDisability',
      'Zdrowie i niepełnosprawność',
      'Bez orzeczenia; bóle kręgosłupa.',
    );

    const plan = page.getByTestId('support-plan');
    await plan.getByText('Plan nie został jeszcze sporządzony.').waitFor();
    await plan.getByRole('button', { name: 'Sporządź plan' }).click();
    await page.locator('[id="field-goals.0.text"]').fill('Podjęcie pracy w zawodzie szwaczki');
    await plan.getByRole('button', { name: 'Dodaj działanie' }).click();
    await plan.getByRole('button', { name: 'Zapisz plan' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'plan form with errors');
    await saveFirstPlanAction(
      page,
      {
        scopeItem: /Poradnictwo zawodowe/,
        provider: 'Stowarzyszenie Razem dla Janowa (demo)',
        payer: /Miejsko-Gminny Ośrodek Pomocy Społecznej/,
        legalBasis: 'art. 36 ustawy o pomocy społecznej',
        from: '2025-02-01',
        until: '2025-04-30',
        hours: '12',
        cost: '1200,50',
      },
      '2025-01-20',
    );
    await expectAccessible(page, 'drafted plan');
    await submitPlan(page);
    await page.context().close();
  });

  it('the PUP coordinator adds its own entry under the consent and sees no health domain', async () => {
    const page = await newPage(browser);
    await signInAs(page, pupCoordinator.email, demoPassword);
    await page.goto(personUrl);
    const diagnosis = page.getByTestId('diagnosis');
    await diagnosis.getByText('Szwaczka, 12 lat pracy').waitFor();
    expect(await diagnosis.textContent()).not.toContain('Zdrowie i niepełnosprawność');
    await addDiagnosisEntry(
      page,
      'workAndSkills',
      'Praca i umiejętności',
      'Zarejestrowana jako bezrobotna od 26 miesięcy.',
    );
    await expectAccessible(page, 'person seen by the PUP');
    expect(
      await page.getByTestId('support-plan').getByRole('button', { name: 'Zatwierdź plan' }).count(),
    ).toBe(0);
    await page.context().close();
  });

  it('the OPS coordinator approves the plan; its PDF opens', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsCoordinator.email, demoPassword);
    await page.goto(personUrl);
    await approvePlan(page);
    await page
      .getByTestId('support-plan')
      .getByText(/Zatwierdził\(a\) Katarzyna Dąbrowska/)
      .waitFor();
    await expectAccessible(page, 'approved plan');
    expect(await pdfTextAt(page, await planPdfHref(page))).toContain('Jadwiga Łukasiewicz');
    await page.context().close();
  });
});
