import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { registeredPerson, serviceWithCounselling } from './support/beneficiary';
import {
  addDiagnosisEntry,
  approvePlan,
  closeCase,
  fillIntake,
  issueReferral,
  pdfTextAt,
  planPdfHref,
  recordConsent,
  recordDelivery,
  redeemCode,
  saveFirstPlanAction,
  submitPlan,
} from './support/beneficiary-screens';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';
import { answerSurvey, issueSurvey, openSurveyByCode } from './support/person-survey';

/**
 * The issue's whole journey of one person through the protected access path, with the OPS, the
 * PUP and the NGO each in its own browser context: intake and consent at the OPS, the joint
 * diagnosis, the plan approved and printed, the referral card the person carries, the NGO
 * finding nothing until it enters the code, the services delivered against the plan, the
 * person's own ratings on the survey slip (answered without an account), and the case closed.
 * Only the service (a partnership with counselling in its scope) and a second, unreferred person
 * are prepared through the API; everything the issue names is done on screen.
 */

const caseworker = demoAccount('ops.admin');
const opsCoordinator = demoAccount('ops.koordynator');
const pupCoordinator = demoAccount('pup.koordynator');
const ngoCoordinator = demoAccount('ngo.koordynator');

const PUP = 'Powiatowy Urząd Pracy w Janowie Lubelskim';
const NGO = 'Stowarzyszenie Razem dla Janowa (demo)';
const OPS = /Miejsko-Gminny Ośrodek Pomocy Społecznej/;
const SERVICE = 'Poradnictwo zawodowe: Doradztwo zawodowe – cykl 6 spotkań';
const NAME = 'Krystyna Wiśniewska';
/** A woman born 23 November 1979. */
const PESEL = '79112304584';
/** A man born 14 February 1968, referred nowhere. */
const OTHER_PESEL = '68021418376';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => inDays(0);

let browser: Browser;
/** Each user's signed-in page, in a context of its own, kept for the whole journey. */
const pages = new Map<string, Page>();
let personUrl: string;
let otherPersonUrl: string;
let code: string;

async function pageOf(account: { email: string }): Promise<Page> {
  const existing = pages.get(account.email);
  if (existing) return existing;
  const page = await newPage(browser);
  await signInAs(page, account.email, demoPassword);
  await expectAccessible(page, `home page of ${account.email}`);
  pages.set(account.email, page);
  return page;
}

/** Opens the person page as the user, waits for the person's name and checks the page with axe. */
async function openPerson(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('h1').textContent()).toBe(NAME);
  await expectAccessible(page, label);
}

/** The not-found page the user gets for a person that does not exist for them. */
async function expectPersonNotFound(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Nie znaleziono strony');
  expect(await page.locator('main').textContent()).not.toMatch(/Wiśniewska|Kowalczyk/);
  await expectAccessible(page, label);
}

/** The person answers the printed code on a device of her own: a fresh context, no session. */
async function answerOnOwnDevice(surveyCode: string, answers: Parameters<typeof answerSurvey>[1]) {
  const person = await newPage(browser);
  try {
    await openSurveyByCode(person, surveyCode);
    await expectAccessible(person, 'survey questions');
    await answerSurvey(person, answers);
    await expectAccessible(person, 'survey thanks');
  } finally {
    await person.context().close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
  await browser?.close();
});

describe("a person's journey from intake at the OPS to the closed case", () => {
  it('the OPS takes the person in on the intake form and records her consent for the PUP and the NGO', async () => {
    const page = await pageOf(caseworker);
    const service = await serviceWithCounselling(page, {
      partnershipName: 'Ścieżka osoby',
      scopeDescription: 'Doradztwo zawodowe – cykl 6 spotkań',
    });
    await page.goto('/beneficiaries/new');
    await page.locator('#field-firstName').waitFor();
    await expectAccessible(page, 'intake form');
    await fillIntake(page, {
      partnership: service.name,
      firstName: 'Krystyna',
      lastName: 'Wiśniewska',
      pesel: PESEL,
      phone: '+48 601 202 303',
      street: 'ul. Ogrodowa 12',
      postalCode: '23-300',
      locality: 'Janów Lubelski',
      territoryCode: '0605053',
      targetGroup: 'osoba długotrwale bezrobotna',
    });
    await page.getByRole('button', { name: 'Przyjmij osobę' }).click();
    await page.waitForURL((url) => /^\/beneficiaries\/[0-9a-f-]{36}$/.test(url.pathname));
    personUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('h1').textContent()).toBe(NAME);
    await expectAccessible(page, 'person taken in');

    await recordConsent(page, {
      purpose: 'Wspólna diagnoza, plan wsparcia i usługi operatora partnerstwa',
      grants: [
        { institution: PUP, categories: ['dane identyfikacyjne', 'diagnoza potrzeb', 'plan wsparcia'] },
        {
          institution: NGO,
          categories: ['dane identyfikacyjne', 'sytuacja społeczna', 'plan wsparcia', 'realizacja usług'],
        },
      ],
      scan: { name: 'zgoda-wisniewska.pdf', buffer: Buffer.from('%PDF-1.4\nZgoda\n%%EOF') },
    });
    await page.getByTestId('consents').getByText('obowiązuje').waitFor();
    await expectAccessible(page, 'person with the consent');

    // A second person of another service, whose consent names the NGO but who is referred nowhere.
    otherPersonUrl = `/beneficiaries/${await registeredPerson(page, {
      partnershipName: 'Ścieżka osoby – inna sprawa',
      scopeDescription: 'Doradztwo zawodowe',
      person: { firstName: 'Zbigniew', lastName: 'Kowalczyk', pesel: OTHER_PESEL },
      consent: {
        purpose: 'Usługi operatora partnerstwa',
        partner: 'ngo',
        categories: ['identification', 'socialSituation', 'serviceDelivery'],
      },
    })}`;
  });

  it('the OPS and then the PUP write their parts of the diagnosis', async () => {
    const ops = await pageOf(caseworker);
    await openPerson(ops, personUrl, 'person before the diagnosis');
    await addDiagnosisEntry(
      ops,
      'familyAndCare',
      'Rodzina i obowiązki opiekuńcze',
      'Samotnie wychowuje syna w wieku 9 lat; opieka po szkole zapewniona przez babcię.',
    );
    await expectAccessible(ops, 'diagnosis by the OPS');

    const pup = await pageOf(pupCoordinator);
    await openPerson(pup, personUrl, 'person seen by the PUP');
    await pup.getByTestId('diagnosis').getByText('Samotnie wychowuje syna').waitFor();
    await addDiagnosisEntry(
      pup,
      'workAndSkills',
      'Praca i umiejętności',
      'Zarejestrowana jako bezrobotna od 14 miesięcy; wcześniej kasjerka.',
    );
    await expectAccessible(pup, 'diagnosis by the PUP');
  });

  it('the OPS drafts the plan and submits it; the OPS coordinator approves it and prints the PDF', async () => {
    const ops = await pageOf(caseworker);
    await openPerson(ops, personUrl, 'person with the joint diagnosis');
    await ops.getByTestId('diagnosis').getByText('Zarejestrowana jako bezrobotna od 14 miesięcy').waitFor();
    const plan = ops.getByTestId('support-plan');
    await plan.getByRole('button', { name: 'Sporządź plan' }).click();
    await ops.locator('[id="field-goals.0.text"]').fill('Powrót do pracy w handlu w pełnym wymiarze');
    await plan.getByRole('button', { name: 'Dodaj działanie' }).click();
    await expectAccessible(ops, 'plan form');
    await saveFirstPlanAction(
      ops,
      {
        scopeItem: /Poradnictwo zawodowe/,
        provider: NGO,
        payer: OPS,
        legalBasis: 'art. 36 ustawy o pomocy społecznej',
        from: today(),
        until: inDays(90),
        hours: '12',
        cost: '1200,50',
      },
      today(),
    );
    await submitPlan(ops);
    await expectAccessible(ops, 'plan submitted');

    const coordinator = await pageOf(opsCoordinator);
    await openPerson(coordinator, personUrl, 'plan awaiting approval');
    await approvePlan(coordinator);
    await expectAccessible(coordinator, 'plan approved');
    const printed = await pdfTextAt(coordinator, await planPdfHref(coordinator));
    expect(printed).toContain(NAME);
    expect(printed).toContain('Powrót do pracy w handlu w pełnym wymiarze');
  });

  it('the OPS issues the referral card to the NGO with its one-time code', async () => {
    const ops = await pageOf(caseworker);
    await openPerson(ops, personUrl, 'person before the referral');
    const issued = await issueReferral(ops, {
      operator: 'Stowarzyszenie Razem dla Janowa',
      service: SERVICE,
      brief: 'Pani Krystyna szuka pracy w handlu; może uczestniczyć w zajęciach do 14:00.',
    });
    code = issued.code;
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(issued.card).toContain(code);
    expect(issued.card).toContain(NAME);
    await ops.getByTestId('referrals').getByText('Czeka na kod').waitFor();
    await expectAccessible(ops, 'referral issued');
  });

  it('the NGO finds no such person until it enters the code, then accepts and starts the service', async () => {
    const ngo = await pageOf(ngoCoordinator);
    await expectPersonNotFound(ngo, personUrl, 'person not found before the code');

    await ngo.goto('/referrals/redeem');
    await ngo.locator('#field-code').waitFor();
    await expectAccessible(ngo, 'redeem page');
    await redeemCode(ngo, code, NAME);
    await expectAccessible(ngo, 'code accepted');

    await ngo.getByTestId('redeemed').getByRole('link', { name: 'Przejdź do skierowania' }).click();
    await expect.poll(() => ngo.locator('h1').textContent()).toBe(`Skierowanie: ${NAME}`);
    await ngo.getByText('Pani Krystyna szuka pracy w handlu').waitFor();
    await expectAccessible(ngo, 'referral detail');
    await ngo.getByRole('button', { name: 'Przyjmij skierowanie' }).click();
    await ngo.getByRole('button', { name: 'Rozpocznij usługę' }).click();
    await ngo.getByText('W realizacji', { exact: true }).first().waitFor();
    await expectAccessible(ngo, 'service started');
  });

  it('the NGO records the delivered counselling; the package shows it against the plan', async () => {
    const ngo = await pageOf(ngoCoordinator);
    await openPerson(ngo, personUrl, 'person seen by the operator');
    await recordDelivery(ngo, {
      planAction: /^1\. Poradnictwo zawodowe/,
      deliveredOn: today(),
      hours: '2',
      cost: '150,00',
    });
    const row = ngo.getByTestId('package').getByTestId('package-row').first();
    await expect.poll(() => row.textContent()).toMatch(/2 \/ 12/);
    expect(await row.textContent()).toMatch(/150,00\s*zł \/ 1\s?200,50\s*zł/);
    await ngo.getByTestId('payer-total').getByText(OPS).waitFor();
    await expectAccessible(ngo, 'package with the delivery');
  });

  it('the NGO gets the not-found page for a person it holds no referral of, though her consent names it', async () => {
    const ngo = await pageOf(ngoCoordinator);
    await expectPersonNotFound(ngo, otherPersonUrl, 'unreferred person not found');
  });

  it('the person rates the support midway on the survey slip, without an account; the OPS sees the answer', async () => {
    const ops = await pageOf(caseworker);
    await openPerson(ops, personUrl, 'person before the survey');
    const { code: surveyCode, slip } = await issueSurvey(ops, 'midway');
    expect(slip).toContain(surveyCode);
    expect(slip).not.toContain('Wiśniewska');
    await expectAccessible(ops, 'survey slip issued');

    await answerOnOwnDevice(surveyCode, {
      useful: 4,
      respectful: 5,
      onTime: 3,
      helped: 'Rozmowy z doradcą o pracy w handlu.',
      change: 'Spotkania mogłyby być bliżej domu.',
    });

    await openPerson(ops, personUrl, 'person after the survey');
    const row = ops.getByTestId('survey-midway');
    await expect.poll(() => row.textContent()).toMatch(/Wypełniona/);
    await ops.getByText('Spotkania mogłyby być bliżej domu.').waitFor();
  });

  it('the OPS closes the case with its outcome and the person rates the support at closure', async () => {
    const ops = await pageOf(caseworker);
    await openPerson(ops, personUrl, 'person before closure');
    await closeCase(ops, 'Podjęcie zatrudnienia', today());
    await expectAccessible(ops, 'case closed');

    const { code: surveyCode } = await issueSurvey(ops, 'closure');
    await answerOnOwnDevice(surveyCode, { useful: 5, respectful: 5, onTime: 4 });
    await openPerson(ops, personUrl, 'person after the closure survey');
    await expect.poll(() => ops.getByTestId('survey-closure').textContent()).toMatch(/Wypełniona/);
  });
});
