import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { registeredPerson } from './support/beneficiary';
import { closeCase } from './support/beneficiary-screens';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';
import { callApi } from './support/partnership';
import { answerSurvey, issueSurvey, openSurveyByCode } from './support/person-survey';

const opsAdmin = demoAccount('ops.admin');

/** A valid PESEL of a woman born 9 April 1972. */
const PESEL = '72040912306';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the person's voice: a survey answered by the code on a slip, without an account", () => {
  let personUrl: string;
  let partnershipId: string;
  let code: string;

  it('the OPS caseworker issues a survey invitation and downloads the slip, which names no person', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    const personId = await registeredPerson(page, {
      partnershipName: 'Głos osoby',
      scopeDescription: 'Doradztwo zawodowe',
      person: { firstName: 'Teresa', lastName: 'Żmuda', pesel: PESEL },
      consent: { purpose: 'Wspólna diagnoza', partner: 'pup', categories: ['identification', 'diagnosis'] },
    });
    personUrl = `/beneficiaries/${personId}`;
    partnershipId = (
      await callApi<{ partnership: { id: string } }>(page, 'GET', `/api/beneficiaries/${personId}`)
    ).json.partnership.id;
    await page.goto(personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Teresa Żmuda');
    const section = page.getByTestId('person-voice');
    await section.getByText('Osoba nie dostała jeszcze zaproszenia do ankiety.').waitFor();
    await expectAccessible(page, 'person without surveys');

    await section.getByRole('button', { name: 'Wydaj ankietę' }).click();
    await page.locator('#field-milestone').waitFor();
    await expectAccessible(page, 'survey issue form');
    const issued = await issueSurvey(page, 'planAgreed');
    code = issued.code;
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(issued.slip).toContain(code);
    expect(issued.slip).toContain('Twoje zdanie jest dla nas ważne');
    expect(issued.slip).toContain('/survey');
    expect(issued.slip).not.toContain('Żmuda');
    await section.getByText('Czeka na odpowiedź').waitFor();
    await expectAccessible(page, 'survey issued');
    await page.context().close();
  });

  it('the person, in a browser without any session, answers by the code; the code is then spent', async () => {
    const page = await newPage(browser);
    await page.goto('/survey');
    await page.locator('#field-code').fill('ACDEF-GHJKM');
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByText('Ten kod nie działa.').first().waitFor();
    await expectAccessible(page, 'survey: wrong code');

    await openSurveyByCode(page, code);
    await page.getByText('Ośrodek Pomocy Społecznej', { exact: false }).first().waitFor();
    await expect.poll(() => page.content()).not.toContain('Żmuda');
    await expectAccessible(page, 'survey questions');
    await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
    await page.getByTestId('error-summary').waitFor();
    await page.getByText('To pole jest wymagane').first().waitFor();
    await expectAccessible(page, 'survey with errors');

    await answerSurvey(page, {
      useful: 4,
      respectful: 5,
      onTime: 3,
      helped: 'Spokojne rozmowy z doradczynią',
      change: 'Zajęcia także po południu',
      goals: 'Chcę znaleźć pracę w bibliotece',
    });
    await expectAccessible(page, 'survey thanks');

    // The slip's link again: the code is spent.
    await page.goto(`/survey?code=${code}`);
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByText('Ten kod nie działa.').first().waitFor();
    await page.context().close();
  });

  it('the caseworker sees the answer on the record and the goals in the diagnosis; the monitoring shows it without names', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.goto(personUrl);
    const row = page.getByTestId('survey-planAgreed');
    await row.getByText('Wypełniona').waitFor();
    await row.getByText('„Zajęcia także po południu”', { exact: false }).waitFor();
    await row.getByText('4 z 5').waitFor();
    await page
      .getByTestId('person-statements')
      .getByText('Chcę znaleźć pracę w bibliotece', { exact: false })
      .waitFor();
    await expectAccessible(page, 'person with an answered survey');

    await page.goto(`/partnerships/${partnershipId}`);
    await page.getByRole('link', { name: 'Wyniki ankiet uczestników' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Głos uczestników — wyniki ankiet');
    const counts = page.getByTestId('counts-planAgreed');
    await expect
      .poll(() => counts.locator('td').allTextContents())
      .toEqual(['1', '1', '0', '0', '0', '4.0', '5.0', '3.0']);
    await page.getByTestId('results-proposals').getByText('Zajęcia także po południu').waitFor();
    await expect.poll(() => page.content()).not.toContain('Żmuda');
    await expectAccessible(page, 'survey results');

    await page.getByLabel('Szukaj w tekstach').first().fill('nic takiego');
    await page
      .getByTestId('results-proposals')
      .getByText('Żaden tekst nie pasuje do wyszukiwania.')
      .waitFor();
    await expectAccessible(page, 'survey results filtered');
    const xlsx = await page.context().request.get(`/api/partnerships/${partnershipId}/survey-results.xlsx`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.context().close();
  });

  it('closing the case offers the closure survey, which the caseworker issues from the prompt', async () => {
    const page = await newPage(browser);
    await signInAs(page, opsAdmin.email, demoPassword);
    await page.goto(personUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Teresa Żmuda');
    await closeCase(page, 'Podjęcie zatrudnienia', new Date().toISOString().slice(0, 10));
    const section = page.getByTestId('person-voice');
    await section.getByRole('button', { name: 'Wydaj ankietę na zakończenie' }).waitFor();
    await expectAccessible(page, 'closure survey offered');
    const issued = await issueSurvey(page, 'closure');
    expect(issued.slip).toContain('Wsparcie się zakończyło.');
    await page.getByTestId('survey-closure').getByText('Czeka na odpowiedź').waitFor();
    await expect
      .poll(() => section.getByRole('button', { name: 'Wydaj ankietę na zakończenie' }).count())
      .toBe(0);
    await page.context().close();
  });
});
