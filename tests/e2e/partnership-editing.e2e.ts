import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnershipView } from '../../common/contracts/partnerships';
import { demoAccounts, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';
import { callApi, findInstitutions, foundPartnership } from './support/partnership';

/**
 * Editing what a partnership already holds, in the browser: its area (with a concurrent change,
 * 409), a member's role and seat, a coalition member's role of seed 000, a contact person linked
 * to an account, a needs assessment, a goal's measured value with its progress, and the tasks
 * table's pages, order and filters. The OPS's administrator governs the partnership (its leader).
 */

const opsAdmin = demoAccounts.find((a) => a.email.startsWith('ops.admin'));
if (!opsAdmin) throw new Error('The demo data has no OPS administrator');
const PUP = 'Powiatowy Urząd Pracy w Janowie Lubelskim';
const NGO = 'Stowarzyszenie Razem dla Janowa (demo)';

let browser: Browser;
let page: Page;
let id: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await signInAs(page, opsAdmin.email, demoPassword);
  id = await foundPartnership(page, 'Partnerstwo do edycji');
});
afterAll(async () => {
  await browser?.close();
});

const api = <T>(method: string, path: string, body?: unknown) =>
  callApi<T>(page, method, `/api/partnerships/${id}${path}`, body);

/** Opens a Mantine select by its input and picks the option named in its list (not a native select's). */
async function choose(input: Locator, option: string | RegExp) {
  await input.click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

async function openTab(name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

describe('editing a partnership in the browser', () => {
  it('changes the area from the overview; a change made meanwhile is a conflict with the current data to load', async () => {
    await page.goto(`/partnerships/${id}`);
    await page.getByRole('button', { name: 'Edytuj dane partnerstwa' }).click();
    await page.getByRole('button', { name: /^Usuń z obszaru: Janów Lubelski/ }).click();
    await page.locator('#field-area').fill('janowski');
    await choose(page.locator('#field-area'), /^powiat janowski/);
    await page.getByRole('button', { name: /^Usuń z obszaru: janowski/ }).waitFor();
    await expectAccessible(page, 'overview form with the area');

    // Someone else renames the partnership while the form is open.
    const now = (await api<PartnershipView>('GET', '')).json;
    expect((await api('PATCH', '', { description: 'Zmiana w tle', version: now.version })).status).toBe(200);
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByTestId('conflict').waitFor();
    await expectAccessible(page, 'overview form with a conflict');
    await page.getByRole('button', { name: 'Wczytaj aktualne dane' }).click();
    expect(await page.locator('#field-description').inputValue()).toBe('Zmiana w tle');

    // The current data has the old area again: the change is made once more and saved.
    await page.getByRole('button', { name: /^Usuń z obszaru: Janów Lubelski/ }).click();
    await page.locator('#field-area').fill('janowski');
    await choose(page.locator('#field-area'), /^powiat janowski/);
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByRole('button', { name: 'Edytuj dane partnerstwa' }).waitFor();
    await page.getByText('powiat janowski', { exact: false }).first().waitFor();
    expect((await api<PartnershipView>('GET', '')).json.area.map((u) => u.code)).toEqual(['0605']);
  });

  it("changes a member's role and its seat in the management body; the leader's role is not offered", async () => {
    await openTab('Członkowie');
    await page.getByRole('button', { name: `Zmień rolę lub miejsce: ${PUP}` }).click();
    const form = page.getByRole('form', { name: `Rola i miejsce w ciele zarządzającym: ${PUP}` });
    await choose(form.locator('#member-edit-role'), 'Partner');
    await form.locator('#member-edit-inManagementBody').uncheck();
    await expectAccessible(page, 'member form');
    await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(PUP) });
    expect(await row.textContent()).toContain('Partner');
    expect(await row.textContent()).toContain('Nie');

    await page.getByRole('button', { name: /^Zmień rolę lub miejsce: Miejsko-Gminny/ }).click();
    await page.getByText('Rolę lidera zmienia się przyciskiem „Przekaż rolę lidera”.').waitFor();
    expect(await page.locator('#member-edit-role').count()).toBe(0);
    await page.getByRole('button', { name: 'Anuluj' }).click();
  });

  it('changes a contact person and links it to an account of someone working at that member', async () => {
    const members = (await api<PartnershipView>('GET', '')).json.members;
    const ops = members.find((m) => m.role === 'leader')!;
    expect(
      (await api('POST', '/contacts', { memberId: ops.id, level: 'heads', name: 'Jan Tymczasowy' })).status,
    ).toBe(201);
    await page.reload();
    await openTab('Członkowie');
    await page.getByRole('button', { name: 'Zmień osobę kontaktową: Jan Tymczasowy' }).click();
    const form = page.getByRole('form', { name: 'Zmiana osoby kontaktowej: Jan Tymczasowy' });
    await choose(form.locator('#contact-edit-level'), 'Zespół koordynacyjny');
    await form.locator('#contact-edit-name').fill('');
    await choose(form.locator('#contact-edit-userId'), new RegExp(opsAdmin.displayName));
    expect(await form.locator('#contact-edit-name').inputValue()).toBe(opsAdmin.displayName);
    await form.locator('#contact-edit-phone').fill('zły numer');
    await form.getByRole('button', { name: 'Zapisz zmiany' }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Telefon');
    await expectAccessible(page, 'contact form with an error');
    await form.locator('#contact-edit-phone').fill('+48 15 872 00 00');
    await form.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await form.waitFor({ state: 'detached' });
    const contacts = page.getByTestId('contacts');
    expect(await contacts.textContent()).toContain(opsAdmin.displayName);
    expect(await contacts.textContent()).toContain('Zespół koordynacyjny');
    expect(await contacts.textContent()).toContain('ma konto w platformie');
  });

  it('corrects a needs assessment and records a measured value of a goal, shown with its progress', async () => {
    const [ngoMember] = (await api<PartnershipView>('GET', '')).json.members.filter(
      (m) => m.institution.name === NGO,
    );
    await api('POST', '/plan/needs-assessments', {
      assessedOn: '2025-02-03',
      method: 'Wywiady',
      findings: 'Brak opieki nad dziećmi',
      memberId: ngoMember!.id,
    });
    await api('POST', '/plan/goals', {
      text: 'Zatrudnienie uczestników',
      expectedResult: 'Praca dla połowy grupy',
      indicator: 'Osoby zatrudnione',
      baseline: 0,
      targetValue: 8,
      unit: 'osób',
    });
    await page.reload();
    await openTab('Plan');

    await page.getByRole('button', { name: /^Zmień: Ocena potrzeb/ }).click();
    await page.locator('#needs-edit-method').fill('Wywiady i ankiety');
    await expectAccessible(page, 'needs assessment form');
    await page
      .getByRole('form', { name: /^Zmiana oceny potrzeb/ })
      .getByRole('button', { name: 'Zapisz' })
      .click();
    await page.getByText('Wywiady i ankiety', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Zmień: Zatrudnienie uczestników' }).click();
    await page.locator('#goal-currentValue').fill('2');
    await page.getByRole('form', { name: 'Zmień' }).getByRole('button', { name: 'Zapisz' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Data pomiaru');
    await expectAccessible(page, 'goal form with an error');
    await page.locator('#goal-measuredOn').fill('2025-06-30');
    await page.getByRole('form', { name: 'Zmień' }).getByRole('button', { name: 'Zapisz' }).click();
    const measurement = page.getByTestId('goal-measurement');
    await measurement.waitFor();
    expect(await measurement.textContent()).toContain('25%');
    expect(await page.getByRole('progressbar', { name: 'Postęp względem wartości docelowej' }).count()).toBe(
      1,
    );
    await expectAccessible(page, 'goal with its measurement');
  });

  it('pages, sorts and filters the tasks table', async () => {
    const [ngoId] = await findInstitutions(page, [NGO]);
    const members = (await api<PartnershipView>('GET', '')).json.members;
    const ngo = members.find((m) => m.institution.id === ngoId)!;
    for (let i = 1; i <= 23; i++) {
      const overdue = i <= 3;
      const created = await api('POST', '/plan/tasks', {
        title: `Zadanie ${String(i).padStart(2, '0')}`,
        dueOn: overdue ? `2024-01-${String(i).padStart(2, '0')}` : `2099-01-${String(i).padStart(2, '0')}`,
        responsibleMemberId: overdue ? ngo.id : null,
      });
      expect(created.status).toBe(201);
    }
    await page.reload();
    await openTab('Plan');
    const table = page.getByTestId('plan-tasks');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(20);
    expect(await page.getByTestId('result-count').textContent()).toContain('23');
    await page.getByRole('button', { name: 'Strona 2' }).click();
    await table.getByText('Zadanie 23').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);

    await page.getByRole('button', { name: 'Sortuj według: Termin' }).click();
    await page
      .getByRole('columnheader', { name: 'Termin' })
      .and(page.locator('[aria-sort="descending"]'))
      .waitFor();
    await table.locator('tbody tr').first().getByText('Zadanie 23').waitFor();

    await page.locator('#tasks-filter-overdue').check();
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^3 wyniki$/ })
      .waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByText('Po terminie').count()).toBe(3);
    await choose(page.locator('#tasks-filter-status'), 'Wykonane');
    await page.getByText('Żadne zadanie nie spełnia tych warunków. Zmień filtry.').waitFor();
    await expectAccessible(page, 'tasks table filtered to nothing');
    await choose(page.locator('#tasks-filter-status'), 'Do zrobienia');
    await choose(page.locator('#tasks-filter-responsible'), NGO);
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    await expectAccessible(page, 'tasks table sorted and filtered');
  });

  it('pages the goals ten at a time', async () => {
    for (let i = 1; i <= 10; i++)
      expect(
        (await api('POST', '/plan/goals', { text: `Cel dodatkowy ${i}`, expectedResult: 'Rezultat' })).status,
      ).toBe(201);
    await page.reload();
    await openTab('Plan');
    const goals = page.locator('section[aria-labelledby="plan-goals"]');
    await goals
      .getByTestId('result-count')
      .filter({ hasText: /^11 wyników$/ })
      .waitFor();
    expect(await goals.getByRole('button', { name: /^Zmień: / }).count()).toBe(10);
    await goals.getByRole('button', { name: 'Strona 2' }).click();
    await goals.getByRole('button', { name: 'Zmień: Cel dodatkowy 10' }).waitFor();
    expect(await goals.getByRole('button', { name: /^Zmień: / }).count()).toBe(1);
    await expectAccessible(page, 'second page of goals');
  });

  it("changes a coalition member's role of seed 000", async () => {
    const [jst, owes, cis, pes, ops] = await findInstitutions(page, [
      'Urząd Miejski w Janowie Lubelskim',
      'Ośrodek Wsparcia Ekonomii Społecznej Subregionu Lubelskiego',
      'Centrum Integracji Społecznej w Janowie Lubelskim',
      'Spółdzielnia Socjalna Janowskie Smaki',
      'Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie',
    ]);
    const created = await callApi<PartnershipView>(page, 'POST', '/api/partnerships', {
      name: `Koalicja na rzecz zatrudnienia ${Date.now().toString(36)}`,
      kind: 'socialEmploymentCoalition',
      area: ['0605053'],
      members: [
        { institutionId: ops, role: 'leader', coalitionRole: 'ops' },
        { institutionId: jst, role: 'member', coalitionRole: 'jst1' },
        { institutionId: owes, role: 'coordinator', coalitionRole: 'owes' },
        { institutionId: cis, role: 'implementer', coalitionRole: 'cisKis' },
        { institutionId: pes, role: 'implementer', coalitionRole: 'pes1' },
      ],
    });
    expect(created.status).toBe(201);
    await page.goto(`/partnerships/${created.json.id}`);
    await openTab('Członkowie');
    await page.getByRole('button', { name: /^Zmień rolę lub miejsce: Spółdzielnia Socjalna/ }).click();
    const form = page.getByRole('form', { name: /^Rola i miejsce w ciele zarządzającym: Spółdzielnia/ });
    await choose(form.locator('#member-edit-coalitionRole'), /^JST-2/);
    await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await form.locator('#member-edit-coalitionRole').and(page.locator('[aria-invalid="true"]')).waitFor();
    await expectAccessible(page, 'coalition member form with an error');
    await choose(form.locator('#member-edit-coalitionRole'), /^PES-2/);
    await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    expect(await page.getByRole('row', { name: /Spółdzielnia Socjalna/ }).textContent()).toMatch(/PES-2/);
  });
});
