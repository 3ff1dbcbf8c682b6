import type { Locator, Page } from 'playwright-core';
import { chooseOption, downloadedPdfText } from './beneficiary-screens';

/**
 * The person's voice on the screens: the caseworker issues a survey invitation from the person
 * page and downloads the slip; the person, in a browser without any session, answers by the code.
 * Shared by the survey spec and the whole beneficiary journey so the screens are driven one way.
 */

/** Waits for what a step should show, or fails with the error summary the page showed instead. */
async function waitOrExplain(page: Page, expected: Locator): Promise<void> {
  const refused = page.getByTestId('error-summary');
  await Promise.race([expected.waitFor(), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`The page refused: ${await refused.textContent()}`);
}

/** The milestone options as the issue form names them. */
export const surveyMilestoneLabels = {
  planAgreed: 'Po uzgodnieniu planu',
  midway: 'W połowie wsparcia',
  closure: 'Na zakończenie',
} as const;

/**
 * Issues a survey invitation on the person page the caseworker is on (opening the form if it is
 * closed, or through the closure prompt), reads the code shown once and downloads the slip.
 * Answers the code and the slip's text.
 */
export async function issueSurvey(
  page: Page,
  milestone: keyof typeof surveyMilestoneLabels = 'planAgreed',
): Promise<{ code: string; slip: string }> {
  const section = page.getByTestId('person-voice');
  if (!(await page.locator('#field-milestone').isVisible())) {
    const closurePrompt = section.getByRole('button', { name: 'Wydaj ankietę na zakończenie' });
    if (milestone === 'closure' && (await closurePrompt.isVisible())) await closurePrompt.click();
    else await section.getByRole('button', { name: 'Wydaj ankietę' }).click();
  }
  await chooseOption(page, 'field-milestone', surveyMilestoneLabels[milestone]);
  await section.getByRole('button', { name: 'Wydaj kod' }).click();
  const issued = page.getByTestId('issued-survey-code');
  await waitOrExplain(page, issued);
  const code = ((await issued.locator('code').textContent()) ?? '').trim();
  const download = page.waitForEvent('download');
  await issued.getByRole('button', { name: 'Pobierz kartkę (PDF)' }).click();
  if (!/^ankieta-.*\.pdf$/.test((await download).suggestedFilename()))
    throw new Error(`Unexpected slip file name ${(await download).suggestedFilename()}`);
  return { code, slip: await downloadedPdfText(await download) };
}

export interface SurveyAnswers {
  /** 1–5 for each question. */
  useful: number;
  respectful: number;
  onTime: number;
  helped?: string;
  change?: string;
  /** Asked only at the first milestone. */
  goals?: string;
}

const questions = {
  useful: 'Czy pomoc była dla Ciebie przydatna?',
  respectful: 'Czy traktowano Cię z szacunkiem i mówiono do Ciebie zrozumiale?',
  onTime: 'Czy to, co było zaplanowane, działo się na czas?',
} as const;

/** Opens the public survey page as the slip's QR code does (the code filled in) and continues. */
export async function openSurveyByCode(page: Page, code: string): Promise<void> {
  await page.goto(`/survey?code=${encodeURIComponent(code)}`);
  await page.locator('#field-code').waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await waitOrExplain(page, page.getByRole('group', { name: questions.useful }));
}

/** Fills in the survey the page shows and sends it; waits for the thanks. */
export async function answerSurvey(page: Page, answers: SurveyAnswers): Promise<void> {
  for (const key of ['useful', 'respectful', 'onTime'] as const)
    await page
      .getByRole('group', { name: questions[key] })
      .locator(`[id="field-${key}-${answers[key]}"]`)
      .check();
  if (answers.helped) await page.locator('#field-helped').fill(answers.helped);
  if (answers.change) await page.locator('#field-change').fill(answers.change);
  if (answers.goals) await page.locator('#field-goals').fill(answers.goals);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await page.getByTestId('survey-thanks').waitFor();
}
