import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { expectAccessible } from './axe';

/**
 * The steps of a person's case as the caseworkers take them on the screens (intake, consent,
 * diagnosis, plan, referral, delivery, closure), shared by the module's specs and the whole
 * journey so each screen is driven one way. Each step that opens a confirmation dialog checks it
 * with axe, since the dialog is a page state the specs would otherwise not see.
 */

/** Opens a Mantine select by its input's id and picks the first option matching `option`. */
export async function chooseOption(page: Page, inputId: string, option: string | RegExp): Promise<void> {
  await page.locator(`[id="${inputId}"]`).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The text pdftotext reads from a PDF file (poppler-utils, as the officials' printouts are checked). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The text of a downloaded PDF, failing when it is not a PDF or has no text. */
export async function downloadedPdfText(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`The download ${download.suggestedFilename()} failed`);
  return pdfText(path);
}

/** The text of the PDF at `href`, fetched with the page's session (a link that opens in a new tab). */
export async function pdfTextAt(page: Page, href: string): Promise<string> {
  const response = await page.context().request.get(href);
  if (response.status() !== 200 || response.headers()['content-type'] !== 'application/pdf')
    throw new Error(`${href} answered ${response.status()} ${response.headers()['content-type']}`);
  const dir = await mkdtemp(join(tmpdir(), 'koop-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, await response.body());
    return pdfText(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface IntakeData {
  /** The service (partnership) to register into, matched in the select. */
  partnership: string | RegExp;
  firstName: string;
  lastName: string;
  pesel: string;
  phone: string;
  street: string;
  postalCode: string;
  locality: string;
  /** Typed into the TERYT field; the first suggestion is taken. */
  territoryCode: string;
  /** The label of one target group the person belongs to. */
  targetGroup: string;
}

/** Fills the intake form (not submitted: specs check the refusals of their own). */
export async function fillIntake(page: Page, data: IntakeData): Promise<void> {
  await chooseOption(page, 'field-partnershipId', data.partnership);
  await page.locator('#field-firstName').fill(data.firstName);
  await page.locator('#field-lastName').fill(data.lastName);
  await page.locator('#field-pesel').fill(data.pesel);
  await page.locator('#field-phone').fill(data.phone);
  await page.locator('#field-street').fill(data.street);
  await page.locator('#field-postalCode').fill(data.postalCode);
  await page.locator('#field-locality').fill(data.locality);
  await page.locator('#field-territoryCode').fill(data.territoryCode);
  await page.getByRole('option').first().click();
  await page.getByLabel(data.targetGroup).check();
}

export interface ConsentData {
  purpose: string;
  /** Per institution (its name as the form's group shows it), the labels of the categories it may receive. */
  grants: { institution: string; categories: string[] }[];
  /** The signed paper form's scan; the form is recorded as given in person without it. */
  scan?: { name: string; buffer: Buffer };
}

/** Records a consent on the person page and waits until the page confirms it. */
export async function recordConsent(page: Page, data: ConsentData): Promise<void> {
  await page.locator('#field-purpose').fill(data.purpose);
  if (!data.scan) await chooseOption(page, 'field-form', /osobiście/i);
  for (const grant of data.grants) {
    const group = page.getByRole('group', { name: grant.institution });
    for (const category of grant.categories) await group.getByLabel(category).check();
  }
  if (data.scan) {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#consent-scan').click();
    await (await chooser).setFiles({ ...data.scan, mimeType: 'application/pdf' });
  }
  await page.getByRole('button', { name: 'Zapisz zgodę' }).click();
  await page.getByText('Zgoda została zapisana.').waitFor();
}

/** Adds a diagnosis entry in one domain (its key and its label) and waits until it is listed. */
export async function addDiagnosisEntry(
  page: Page,
  domain: string,
  domainLabel: string,
  findings: string,
): Promise<void> {
  await page.getByRole('button', { name: `Dodaj wpis: ${domainLabel}` }).click();
  await page.locator(`#diagnosis-findings-${domain}`).fill(findings);
  await page.getByRole('button', { name: 'Zapisz wpis' }).click();
  await page.getByTestId('diagnosis').getByText(findings).waitFor();
}

export interface PlanActionData {
  /** The service scope item, provider and payer as their options read. */
  scopeItem: string | RegExp;
  provider: string | RegExp;
  payer: string | RegExp;
  legalBasis: string;
  from: string;
  until: string;
  hours: string;
  /** Polish notation, e.g. `1200,50`. */
  cost: string;
}

/**
 * Fills the first action of an open plan form, marks the person's signature and saves the draft,
 * waiting for version 1 to show as a draft (the plan form is already open with a goal typed in).
 */
export async function saveFirstPlanAction(
  page: Page,
  action: PlanActionData,
  signedOn: string,
): Promise<void> {
  const plan = page.getByTestId('support-plan');
  await chooseOption(page, 'field-actions.0.scopeItemId', action.scopeItem);
  await chooseOption(page, 'field-actions.0.providerInstitutionId', action.provider);
  await chooseOption(page, 'field-actions.0.payerInstitutionId', action.payer);
  await page.locator('[id="field-actions.0.legalBasis"]').fill(action.legalBasis);
  await page.locator('[id="field-actions.0.from"]').fill(action.from);
  await page.locator('[id="field-actions.0.until"]').fill(action.until);
  await page.locator('[id="field-actions.0.hours"]').fill(action.hours);
  await page.locator('[id="field-actions.0.cost"]').fill(action.cost);
  await page.getByLabel('Osoba podpisała wydrukowany plan').check();
  await page.locator('[id="field-agreement.signedOn"]').fill(signedOn);
  await plan.getByRole('button', { name: 'Zapisz plan' }).click();
  await plan.getByText('Wersja 1: Projekt').waitFor();
  await plan.getByText('Osoba podpisała plan dnia').waitFor();
}

/** Confirms a plan step (submit or approve) in its dialog and waits for the version's new state. */
async function planStep(page: Page, button: string, state: string): Promise<void> {
  const plan = page.getByTestId('support-plan');
  await plan.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expectAccessible(page, `${button}: confirmation`);
  await dialog.getByRole('button', { name: button }).click();
  await plan.getByText(`Wersja 1: ${state}`).waitFor();
}

/** The entry institution hands the drafted plan to its coordinator. */
export const submitPlan = (page: Page) => planStep(page, 'Przekaż do zatwierdzenia', 'Do zatwierdzenia');

/** The entry institution's coordinator or manager approves the submitted plan. */
export const approvePlan = (page: Page) => planStep(page, 'Zatwierdź plan', 'Zatwierdzony');

/** The address of the printable PDF of the plan's version 1, from its print link. */
export async function planPdfHref(page: Page): Promise<string> {
  const href = await page
    .getByTestId('support-plan')
    .getByRole('link', { name: /Drukuj plan \(PDF\) — Wersja 1/ })
    .getAttribute('href');
  if (!href) throw new Error('The plan has no print link');
  return href;
}

export interface ReferralData {
  /** The operator as its option reads. */
  operator: string;
  /** The label of the service (scope item) the person is referred for. */
  service: string;
  brief: string;
}

/**
 * Issues a referral from the person page (opening the form if it is closed), reads the one-time
 * code shown once, and downloads the referral card. Answers the code and the card's text.
 */
export async function issueReferral(page: Page, data: ReferralData): Promise<{ code: string; card: string }> {
  const section = page.getByTestId('referrals');
  if (!(await page.locator('#field-brief').isVisible()))
    await section.getByRole('button', { name: 'Wystaw skierowanie' }).click();
  await chooseOption(page, 'field-operatorInstitutionId', data.operator);
  await section.getByLabel(data.service).check();
  await page.locator('#field-brief').fill(data.brief);
  await section.getByRole('button', { name: 'Wystaw skierowanie' }).click();
  const issued = page.getByTestId('issued-code');
  await issued.waitFor();
  const code = ((await issued.locator('code').textContent()) ?? '').trim();
  const download = page.waitForEvent('download');
  await issued.getByRole('button', { name: 'Pobierz kartę skierowania (PDF)' }).click();
  if (!/^skierowanie-.*\.pdf$/.test((await download).suggestedFilename()))
    throw new Error(`Unexpected card file name ${(await download).suggestedFilename()}`);
  return { code, card: await downloadedPdfText(await download) };
}

/** The operator enters the code on the redeem page it is on and waits for the person it opens. */
export async function redeemCode(page: Page, code: string, personName: string): Promise<void> {
  await page.locator('#field-code').fill(code);
  await page.getByRole('button', { name: 'Otwórz skierowanie' }).click();
  await page.getByTestId('redeemed').getByText(personName).waitFor();
}

export type DeliveryData = {
  deliveredOn: string;
  hours: string;
  /** Polish notation, e.g. `150,00`; the delivery row is awaited by it. */
  cost: string;
} & (
  | {
      /** The action of the approved plan the service carries out (its option), which sets service and payer. */
      planAction: string | RegExp;
    }
  | { service: string; payer: string }
);

/** Records a delivered service on the person page (opening the form if it is closed). */
export async function recordDelivery(page: Page, data: DeliveryData): Promise<void> {
  const deliveries = page.getByTestId('deliveries');
  if (!(await page.locator('#field-hours').isVisible()))
    await deliveries.getByRole('button', { name: 'Zapisz zrealizowaną usługę' }).click();
  if ('planAction' in data) await chooseOption(page, 'field-planAction', data.planAction);
  else {
    await chooseOption(page, 'field-scopeItemId', data.service);
    await chooseOption(page, 'field-payerInstitutionId', data.payer);
  }
  await page.locator('#field-deliveredOn').fill(data.deliveredOn);
  await page.locator('#field-hours').fill(data.hours);
  await page.locator('#field-cost').fill(data.cost);
  await deliveries.getByRole('button', { name: 'Zapisz usługę' }).click();
  await deliveries.getByTestId('delivery').getByText(data.cost).first().waitFor();
}

/** The entry institution closes the case with an outcome after confirming, and waits for it to show. */
export async function closeCase(page: Page, outcome: string, closedOn: string): Promise<void> {
  const pkg = page.getByTestId('package');
  await chooseOption(page, 'field-outcome', outcome);
  await page.locator('#field-closedOn').fill(closedOn);
  await pkg.getByRole('button', { name: 'Zamknij sprawę' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zamknąć sprawę?' });
  await dialog.waitFor();
  await expectAccessible(page, 'close case confirmation');
  await dialog.getByRole('button', { name: 'Zamknij sprawę' }).click();
  await pkg.getByTestId('case-closed').getByText(outcome).waitFor();
}
