import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import plAudit from '../../common/i18n/pl/audit.json';
import plCommon from '../../common/i18n/pl/common.json';
import plInstitutions from '../../common/i18n/pl/institutions.json';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { baseUrl, launchBrowser, newPage, signInAs } from './support/browser';

const account = (role: (typeof demoAccounts)[number]['role']) => {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) throw new Error(`The demo data has no ${role}`);
  return found;
};
const opsAdmin = account('institutionAdmin');
const platformAdmin = account('platformAdmin');
const ops = demoInstitutions.ops.name;
const pup = demoInstitutions.pup.name;

/** A phone number of this run, so a row of the shared server's log is surely the one made here. */
const phoneOfThisRun = (prefix: string) => {
  const digits = String(Date.now() % 1_000_000).padStart(6, '0');
  return `+48 15 ${prefix}${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
};
const opsPhone = phoneOfThisRun('6');
const pupPhone = phoneOfThisRun('7');

/** Today in Warsaw, as the date field takes it: the log's days are Warsaw days. */
const warsawToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', dateStyle: 'short' }).format(new Date());

let browser: Browser;
/** One sign-in each for the file (the sign-in route allows 20 attempts a minute per address). */
const sessions: Record<'ops' | 'platform', BrowserContextOptions['storageState']> = {
  ops: undefined,
  platform: undefined,
};
const pages: Page[] = [];
/** What the steps learn and later steps check. */
const seen = { opsId: '', pupId: '', opsPhoneBefore: '' };

async function signedIn(email: string) {
  const page = await newPage(browser);
  await signInAs(page, email, demoPassword);
  const state = await page.context().storageState();
  await page.context().close();
  return state;
}

beforeAll(async () => {
  browser = await launchBrowser();
  sessions.ops = await signedIn(opsAdmin.email);
  sessions.platform = await signedIn(platformAdmin.email);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

async function pageOf(who: keyof typeof sessions): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'pl-PL',
    storageState: sessions[who],
  });
  const page = await context.newPage();
  pages.push(page);
  return page;
}

const heading = (page: Page) => page.locator('h1');
const rows = (page: Page) => page.getByTestId('audit-row');
const rowWith = (page: Page, text: string) => rows(page).filter({ hasText: text });
const updateLabel = plAudit.actions.institution.update;
const phoneLabel = plInstitutions.fields.phone;

/** Edits the phone on an institution's card through the form and returns the number it had. */
async function changePhone(page: Page, institutionId: string, name: string, phone: string) {
  await page.goto(`/institutions/${institutionId}`);
  await expect.poll(() => heading(page).textContent()).toBe(name);
  await expectAccessible(page, `card of ${name}`);
  await page.getByRole('link', { name: plCommon.edit }).click();
  const field = page.locator('#field-phone');
  await field.waitFor();
  await expectAccessible(page, `edit form of ${name}`);
  const before = await field.inputValue();
  await field.fill(phone);
  await page.getByRole('button', { name: plInstitutions.form.save }).click();
  await page.waitForURL((url) => url.pathname === `/institutions/${institutionId}`);
  await expect.poll(() => page.locator('main').textContent()).toContain(phone);
  return before;
}

async function openAudit(page: Page) {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: plCommon.nav.main })
    .getByRole('link', { name: plCommon.nav.audit })
    .click();
  await expect.poll(() => heading(page).textContent()).toBe(plAudit.title);
  await rows(page).first().waitFor();
}

async function choose(page: Page, inputId: string, option: string, typed?: string) {
  await page.locator(`#${inputId}`).click();
  if (typed) await page.locator(`#${inputId}`).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The log's answer to a request with these filters, to wait for before reading the table. */
const answered = (page: Page, expected: Record<string, string>, alsoNamed: string[] = []) =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname === '/api/audit' &&
      Object.entries(expected).every(([key, value]) => url.searchParams.get(key) === value) &&
      alsoNamed.every((key) => url.searchParams.has(key))
    );
  });

/** Applies the filters set in the form and waits until the table shows their answer. */
async function applyFilters(page: Page, expected: Record<string, string>) {
  const [answer] = await Promise.all([
    answered(page, expected),
    page.getByRole('button', { name: plAudit.filters.apply, exact: true }).click(),
  ]);
  expect(answer.ok()).toBe(true);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(expected);
}

/** The CSV as the browser downloads it from the page's export button. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: plAudit.export }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('the audit log in the browser', () => {
  it('shows the OPS administrator their own change: who, what, when and the fields; and exports it to CSV', async () => {
    const page = await pageOf('ops');
    await page.goto('/');
    const card = page.locator('section[aria-labelledby="my-institutions"]').getByRole('link', { name: ops });
    seen.opsId = (await card.getAttribute('href'))?.split('/').pop() ?? '';
    expect(seen.opsId).toMatch(/^[0-9a-f-]{36}$/);
    const startedAt = Date.now();
    seen.opsPhoneBefore = await changePhone(page, seen.opsId, ops, opsPhone);

    await openAudit(page);
    await expectAccessible(page, 'audit log');
    await page.locator('#field-from').fill(warsawToday());
    await choose(page, 'field-action', updateLabel);
    await choose(page, 'field-entityType', plAudit.entityTypes.institution);
    await applyFilters(page, {
      action: 'institution.update',
      entityType: 'institution',
      from: warsawToday(),
    });
    const row = rowWith(page, opsPhone);
    await row.waitFor();
    expect(new Set(await rows(page).locator('td:nth-child(4)').allTextContents())).toEqual(
      new Set([updateLabel]),
    );

    const cells = row.locator('td');
    const when = Date.parse((await cells.nth(0).locator('time').getAttribute('datetime')) ?? '');
    expect(when).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(when).toBeLessThanOrEqual(Date.now());
    expect(await cells.nth(1).textContent()).toBe(opsAdmin.displayName);
    expect(await cells.nth(2).textContent()).toBe(ops);
    expect(await cells.nth(3).textContent()).toBe(updateLabel);
    expect(await cells.nth(4).textContent()).toContain(plAudit.entityTypes.institution);
    const changes = (await cells.nth(5).textContent()) ?? '';
    expect(changes).toContain(`${phoneLabel}:`);
    expect(changes).toContain(seen.opsPhoneBefore);
    expect(changes).toContain(`${plAudit.table.changedTo} ${opsPhone}`);
    await expectAccessible(page, 'audit log filtered to institution changes');

    // Clicking the person narrows the log to them; the filter says whom and can be removed.
    await Promise.all([
      answered(page, { action: 'institution.update' }, ['actorId']),
      cells.nth(1).getByRole('button').click(),
    ]);
    expect(new URL(page.url()).searchParams.get('actorId')).toMatch(/^[0-9a-f-]{36}$/);
    const actorFilter = page.getByTestId('actor-filter');
    await actorFilter.waitFor();
    expect(await actorFilter.textContent()).toContain(opsAdmin.displayName);
    await row.waitFor();
    expect(new Set(await rows(page).locator('td:nth-child(2)').allTextContents())).toEqual(
      new Set([opsAdmin.displayName]),
    );
    await expectAccessible(page, 'audit log narrowed to one person');

    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`${plAudit.csv.fileName}-${warsawToday()}.csv`);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header] = csv.text.slice(1).split(/\r?\n/);
    expect(header?.split(';').slice(0, 5)).toEqual([
      plAudit.csv.occurredAt,
      plAudit.csv.actor,
      plAudit.csv.institution,
      plAudit.csv.action,
      plAudit.csv.actionCode,
    ]);
    expect(csv.text).toContain(
      `${opsAdmin.displayName};${ops};${updateLabel};institution.update;${plAudit.entityTypes.institution};${seen.opsId};`,
    );
    expect(csv.text).toContain(`phone: ${seen.opsPhoneBefore} → ${opsPhone}`);
    expect(csv.text).not.toContain(pup);

    // Taking the log out of the platform is itself recorded.
    await page.getByRole('button', { name: plAudit.filters.clear }).click();
    await page.waitForURL((url) => url.search === '');
    await expect
      .poll(() => rows(page).first().locator('td').nth(3).textContent())
      .toBe(plAudit.actions.audit.export);
    expect(await rows(page).first().locator('td').nth(1).textContent()).toBe(opsAdmin.displayName);
    await expectAccessible(page, 'audit log after an export');
  });

  it("shows the platform administrator every institution's events, and narrows them to one institution", async () => {
    expect(seen.opsId).not.toBe('');
    const page = await pageOf('platform');
    await page.goto('/institutions');
    await page.locator('#filter-q').fill(pup);
    await page.getByRole('button', { name: plCommon.search }).click();
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('1 wynik');
    await expectAccessible(page, 'institutions list');
    await page.getByRole('link', { name: pup, exact: true }).click();
    await page.waitForURL((url) => /^\/institutions\/[0-9a-f-]{36}$/.test(url.pathname));
    seen.pupId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await changePhone(page, seen.pupId, pup, pupPhone);

    await openAudit(page);
    await choose(page, 'field-action', updateLabel);
    await applyFilters(page, { action: 'institution.update' });
    const pupRow = rowWith(page, pupPhone);
    const opsRow = rowWith(page, opsPhone);
    await pupRow.waitFor();
    await opsRow.waitFor();
    expect(await pupRow.locator('td').nth(1).textContent()).toBe(platformAdmin.displayName);
    expect(await pupRow.locator('td').nth(2).textContent()).toBe(pup);
    expect(await opsRow.locator('td').nth(2).textContent()).toBe(ops);
    await expectAccessible(page, "platform administrator's audit log");

    await choose(page, 'field-institutionId', pup, 'Powiatowy Urząd');
    await applyFilters(page, { action: 'institution.update', institutionId: seen.pupId });
    await expect.poll(() => opsRow.count()).toBe(0);
    await pupRow.waitFor();
    expect(new Set(await rows(page).locator('td:nth-child(3)').allTextContents())).toEqual(new Set([pup]));
    await expectAccessible(page, 'audit log of one institution');
  });

  it("never shows the OPS administrator another institution's events", async () => {
    expect(seen.pupId).not.toBe('');
    const page = await pageOf('ops');
    await openAudit(page);
    // An administrator of one institution is offered no choice of institution.
    expect(await page.locator('#field-institutionId').count()).toBe(0);
    await choose(page, 'field-action', updateLabel);
    await applyFilters(page, { action: 'institution.update' });
    await rowWith(page, opsPhone).waitFor();
    expect(await rowWith(page, pupPhone).count()).toBe(0);
    expect(new Set(await rows(page).locator('td:nth-child(3)').allTextContents())).toEqual(new Set([ops]));

    // Naming the other institution in the address shows nothing, as for one without events.
    await page.goto(`/audit?institutionId=${seen.pupId}`);
    const empty = page.getByTestId('empty-state');
    await empty.waitFor();
    expect(await empty.textContent()).toBe(`${plAudit.empty}${plAudit.emptyFiltered}`);
    expect(await rows(page).count()).toBe(0);
    await expectAccessible(page, "audit log asked for another institution's events");

    // Nor does the export, whatever it is asked.
    const all = await page.request.get('/api/audit/export.csv?action=institution.update&lang=pl');
    expect(all.ok()).toBe(true);
    const allText = await all.text();
    expect(allText).toContain(opsPhone);
    expect(allText).not.toContain(pupPhone);
    expect(allText).not.toContain(pup);
    const other = await page.request.get(`/api/audit/export.csv?institutionId=${seen.pupId}&lang=pl`);
    expect(other.ok()).toBe(true);
    expect((await other.text()).trim().split(/\r?\n/)).toHaveLength(1);
  });
});
