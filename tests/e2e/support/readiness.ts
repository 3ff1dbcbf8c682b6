import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './axe';

/**
 * Steps of sphere 3 (a provider's readiness to deliver a service) that more than one journey
 * walks through: the readiness spec itself, and commissioning, which may go only to a provider
 * confirmed ready.
 */

/** Waits until the page's dialog has faded in: axe measures contrast on the colours as painted. */
export async function dialogShown(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.mantine-Modal-content') ?? el).opacity))
    .toBe('1');
}

/** The status badge of the assessment on its page. */
export const readinessStatus = (page: Page) => page.getByTestId('readiness-status').first().textContent();

/**
 * The signed-in provider starts an assessment for the service, answers every item met (two
 * people for each qualification) and submits it; returns the assessment's path.
 */
export async function submitReadiness(page: Page, service: string, typed: string): Promise<string> {
  await page.getByRole('link', { name: 'Gotowość usługodawców' }).first().click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Gotowość do świadczenia usług');
  await page.getByRole('button', { name: 'Rozpocznij ocenę gotowości' }).click();
  await dialogShown(page);
  await page.locator('#field-serviceTypeId').click();
  await page.locator('#field-serviceTypeId').fill(typed);
  await page.getByRole('option', { name: service, exact: true }).click();
  await expectAccessible(page, `start readiness for ${service}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Utwórz listę kontrolną' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toContain(`${service} — `);
  const path = new URL(page.url()).pathname;
  for (const radio of await page.locator('input[type="radio"][value="true"]').all()) await radio.check();
  for (const input of await page.locator('input[id$=".staffCount"]').all()) await input.fill('2');
  await expectAccessible(page, `self-assessment for ${service}`);
  await page.getByRole('button', { name: 'Złóż do weryfikacji' }).click();
  await dialogShown(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Złóż do weryfikacji' }).click();
  await expect.poll(() => readinessStatus(page)).toBe('Złożona do weryfikacji');
  await expectAccessible(page, `submitted readiness for ${service}`);
  return path;
}

/** The signed-in verifier (OWES or expert) opens the submitted assessment and confirms it as it is. */
export async function confirmReadiness(page: Page, assessmentPath: string): Promise<void> {
  await page.goto(assessmentPath);
  await page.getByRole('heading', { name: 'Weryfikacja' }).waitFor();
  await page.getByRole('button', { name: 'Potwierdź gotowość' }).click();
  await dialogShown(page);
  await expectAccessible(page, 'confirm readiness dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Potwierdź gotowość' }).click();
  await expect.poll(() => readinessStatus(page)).toBe('Potwierdzona');
  await expectAccessible(page, 'confirmed readiness');
}

/** Clicks a download link and waits for the file, failing when the browser saved nothing. */
export async function downloadFrom(page: Page, linkName: string): Promise<{ name: string; body: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  const file = await download;
  const path = await file.path();
  if (!path) throw new Error(`The download ${file.suggestedFilename()} failed`);
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/** The first sheet of a downloaded workbook, its header row first, each row's cells from column A. */
export async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** A PDF's text in reading order with runs of white space made one space, so wrapped phrases match. */
export const pdfBodyText = (body: Buffer): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body })
    .toString('utf8')
    .replace(/\s+/g, ' ');
