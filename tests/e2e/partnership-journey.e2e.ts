import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoInstitutions, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPage, signInAs } from './support/browser';

/**
 * The whole life of a model A partnership, through the screens only: an OPS, a PUP and an NGO
 * found it, sign its agreement each for itself, write the plan, pledge their own means, meet,
 * and walk the eleven steps; the NGO (a member that does not govern) and an outsider see exactly
 * what they may. Every page each of them sees is checked with axe.
 */

function account(email: string) {
  const found = demoAccounts.find((a) => a.email === email);
  if (!found) throw new Error(`The demo data has no ${email}`);
  return found;
}
const opsUser = account('ops.admin@demo.kooperacja.example');
const pupUser = account('pup.koordynator@demo.kooperacja.example');
const ngoUser = account('ngo.koordynator@demo.kooperacja.example');
/** A manager of an institution that is not a member: may found partnerships, yet sees only this one's card. */
const outsiderUser = account('cis.kierownik@demo.kooperacja.example');

const OPS = demoInstitutions.ops.name;
const PUP = demoInstitutions.pup.name;
const NGO = demoInstitutions.ngo.name;

const partnershipName = `Razem do pracy w Janowie ${Date.now().toString(36)}`;
const goalText = 'Powrót uczestników na rynek pracy';
const rulesDecision = 'Przyjęto cele, zasady, role i formy współpracy partnerstwa';
const ngoTask = 'Warsztaty aktywizacyjne w świetlicy stowarzyszenia';
const opsTask = 'Diagnoza sytuacji rodzin uczestników';
const pupTask = 'Indywidualne plany działania w urzędzie pracy';
const meetingTitle = 'Posiedzenie zespołu koordynacyjnego';
const meetingDecision = 'Partnerstwo kontynuuje współpracę w kolejnym roku';

/** A day counted from today, as a date input takes it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
let ops: Page;
let pup: Page;
let ngo: Page;
let outsider: Page;
let partnershipPath = '';
/** The meeting's downloads as the leader's page links them. */
const downloads: string[] = [];

/** A page of its own (own cookies) signed in as the user through the sign-in form. */
async function signedIn(user: { email: string }): Promise<Page> {
  const page = await newPage(browser);
  await signInAs(page, user.email, demoPassword);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  [ops, pup, ngo, outsider] = await Promise.all([
    signedIn(opsUser),
    signedIn(pupUser),
    signedIn(ngoUser),
    signedIn(outsiderUser),
  ]);
});
afterAll(async () => {
  await browser?.close();
});

/** Picks an option of a Mantine select; its list opens in a portal at the end of the page. */
async function choose(page: Page, input: Locator, option: string | RegExp) {
  await input.click();
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

/** Opens the partnership where a member is sent by a reminder or a link: its page at one tab. */
async function openTab(page: Page, name: string) {
  if (!page.url().endsWith(partnershipPath)) await page.goto(partnershipPath);
  await page.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
  await tab(page, name);
}

/**
 * Completes lifecycle step `number` through its form and waits until the step says so; a refusal
 * (a missing artefact) fails with the message the page shows.
 */
async function completeStep(page: Page, number: number, fill?: (form: Locator) => Promise<void>) {
  const form = page.getByRole('form', { name: `Ukończenie etapu ${number}` });
  await fill?.(form);
  await form.getByRole('button', { name: 'Oznacz jako ukończony' }).click();
  const done = page
    .getByTestId('task-list')
    .locator('li')
    .nth(number - 1)
    .getByText('Ukończony', { exact: true });
  const refused = form.getByTestId('error-summary');
  await Promise.race([done.waitFor(), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`Step ${number} refused: ${await refused.textContent()}`);
}

/** Waits for what the page shows after a save: the server's answer and the refetch may take a while on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** Axe on the page once nothing on it is loading any more (a spinner is no content to check). */
async function accessible(page: Page, label: string) {
  await poll(() => page.locator('.mantine-Loader-root').count()).toBe(0);
  await expectAccessible(page, label);
}

/** The buttons named so on the page now: zero for what the user may not do. */
const buttons = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).count();

/** Each test walks several pages for several users, each checked with axe: more than the default minute. */
describe('a model A partnership from step 1 to step 11, by three partners in the browser', {
  timeout: 180_000,
}, () => {
  it('the OPS founds it with the PUP and the NGO through the form and completes steps 1 and 2', async () => {
    await accessible(ops, 'OPS dashboard');
    await ops.getByRole('link', { name: 'Partnerstwa', exact: true }).first().click();
    await ops.getByRole('heading', { level: 1, name: 'Partnerstwa' }).waitFor();
    await accessible(ops, 'partnerships list (OPS)');
    await ops.getByRole('link', { name: 'Załóż partnerstwo' }).click();
    await ops.getByRole('heading', { level: 1, name: 'Nowe partnerstwo' }).waitFor();

    await choose(ops, ops.locator('#field-kind'), /^Partnerstwo na rzecz integracji/);
    await ops.locator('#field-name').fill(partnershipName);
    await ops
      .locator('#field-description')
      .fill('Wspólna usługa integracji społeczno-zawodowej dla 12 osób.');
    await ops.locator('#field-area').fill('Janów Lubelski');
    await choose(ops, ops.locator('#field-area'), /^gmina Janów Lubelski/);
    await ops.getByRole('button', { name: /^Usuń z obszaru: Janów Lubelski/ }).waitFor();
    const members: [string, string | null][] = [
      [OPS, null],
      [PUP, 'Koordynator / operator'],
      [NGO, 'Realizator'],
    ];
    for (const [index, [name, role]] of members.entries()) {
      const institution = ops.locator(`[id="field-members.${index}.institutionId"]`);
      await institution.fill(name.slice(0, 30));
      await choose(ops, institution, new RegExp(`^${name.replace(/[()]/g, '\\$&')} \\(`));
      if (role) await choose(ops, ops.locator(`[id="field-members.${index}.role"]`), role);
    }
    await accessible(ops, 'new partnership form, filled');
    await ops.getByRole('button', { name: 'Załóż partnerstwo' }).click();
    await ops.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
    partnershipPath = new URL(ops.url()).pathname;
    expect(partnershipPath).toMatch(/^\/partnerships\/[0-9a-f-]{36}$/);
    await accessible(ops, 'partnership overview (OPS)');

    await tab(ops, 'Członkowie');
    const rows = ops.getByRole('table', { name: 'Członkowie partnerstwa' }).locator('tbody tr');
    await poll(() => rows.count()).toBe(3);
    expect(await rows.filter({ hasText: OPS }).textContent()).toContain('Lider');
    await accessible(ops, 'members (OPS)');

    await tab(ops, 'Cykl współpracy');
    await ops.getByRole('heading', { name: 'Etapy współpracy — cykl 1' }).waitFor();
    await accessible(ops, 'lifecycle at step 1');
    await completeStep(ops, 1);
    await completeStep(ops, 2);
    await accessible(ops, 'lifecycle at step 3');
  });

  it('the leader records the goals and, in the decisions log, the rules; step 3 rests on that decision', async () => {
    await tab(ops, 'Plan');
    await ops.getByRole('button', { name: 'Dodaj cel' }).click();
    const goal = ops.getByRole('form', { name: 'Dodaj cel' });
    await goal.locator('#goal-text').fill(goalText);
    await goal.locator('#goal-expectedResult').fill('Co najmniej 6 z 12 uczestników podejmuje pracę');
    await goal.locator('#goal-indicator').fill('Liczba osób zatrudnionych');
    await goal.locator('#goal-targetValue').fill('6');
    await goal.locator('#goal-unit').fill('osób');
    await goal.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await ops.getByText(goalText, { exact: true }).waitFor();
    await accessible(ops, 'plan with a goal');

    await tab(ops, 'Decyzje');
    const decision = ops.getByRole('form', { name: 'Zapisz decyzję' });
    await decision.locator('#decision-summary').fill(rulesDecision);
    await decision.locator('#decision-source').fill('Protokół spotkania założycielskiego');
    await decision.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await ops.getByRole('cell', { name: rulesDecision }).waitFor();
    await accessible(ops, 'decisions log');

    await tab(ops, 'Cykl współpracy');
    await completeStep(ops, 3, (form) =>
      choose(ops, form.locator('#decision-rulesAgreed'), new RegExp(rulesDecision)),
    );
  });

  it('the agreement is drafted from the template, sent to signature and signed by each partner for itself (step 4)', async () => {
    await tab(ops, 'Umowa');
    await ops.getByRole('button', { name: 'Utwórz projekt' }).click();
    await ops
      .getByRole('heading', { name: /porozumienie/i, level: 2 })
      .first()
      .waitFor();
    await ops.getByTestId('agreement-state').first().waitFor();
    await accessible(ops, 'agreement draft');
    await ops.getByRole('button', { name: 'Przekaż do podpisu…' }).click();
    await ops.getByRole('heading', { name: 'Sprawdź przed przekazaniem do podpisu' }).waitFor();
    await accessible(ops, 'check before signature');
    await ops.getByRole('button', { name: 'Przekaż do podpisu', exact: true }).click();
    await ops.getByText('Porozumienie przekazano do podpisu').waitFor();

    /** Each signs only for its own institution: the one signature form it is offered. */
    const sign = async (page: Page, institution: string, signer: string, position: string) => {
      const forms = page.getByRole('form', { name: /^Podpis: / });
      await forms.first().waitFor();
      expect(await forms.count()).toBe(1);
      const form = page.getByRole('form', { name: `Podpis: ${institution}` });
      await form.getByLabel('Imię i nazwisko podpisującego').fill(signer);
      await form.getByLabel('Stanowisko (w jakim charakterze podpisuje)').fill(position);
      await form.getByRole('button', { name: 'Zapisz podpis' }).click();
      await page
        .getByTestId('agreement-party')
        .filter({ hasText: institution })
        .getByText(`${signer}, ${position}`)
        .waitFor();
    };
    await sign(ops, OPS, opsUser.displayName, 'Dyrektor');
    await accessible(ops, 'agreement in signature (OPS signed)');

    // The PUP and the NGO are sent to it by the reminder on their dashboard.
    for (const [page, institution, signer, position] of [
      [pup, PUP, pupUser.displayName, 'Dyrektor z upoważnienia Starosty'],
      [ngo, NGO, ngoUser.displayName, 'Prezes Zarządu'],
    ] as const) {
      await page.goto('/');
      const reminder = page.getByRole('link', { name: partnershipName });
      await reminder.waitFor();
      await accessible(page, `dashboard with the signature reminder (${institution})`);
      await reminder.click();
      await page.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
      await sign(page, institution, signer, position);
      await accessible(page, `agreement signed by ${institution}`);
    }
    await poll(() => ngo.getByTestId('agreement-state').first().textContent()).toBe('Obowiązuje');

    await ops.reload();
    await openTab(ops, 'Cykl współpracy');
    await completeStep(ops, 4);
  });

  it('the target group and its needs (5), the service scope written by the PUP (6), tasks and standards (7)', async () => {
    await tab(ops, 'Plan');
    await ops.getByRole('button', { name: 'Dodaj', exact: true }).click();
    const group = ops.getByRole('form', { name: 'Grupa docelowa' });
    await group
      .locator('#group-description')
      .fill('Osoby długotrwale bezrobotne korzystające z pomocy społecznej');
    await group.locator('#group-plannedSize').fill('12');
    await group
      .locator('#group-selectionCriteria')
      .fill('Status osoby bezrobotnej powyżej 12 miesięcy i kontrakt socjalny');
    await group.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await ops.getByText('Osoby długotrwale bezrobotne korzystające z pomocy społecznej').waitFor();
    await ops.getByRole('button', { name: 'Zapisz ocenę potrzeb' }).click();
    const needs = ops.getByRole('form', { name: 'Zapisz ocenę potrzeb' });
    await needs.locator('#needs-assessedOn').fill(day(-3));
    await choose(ops, needs.locator('#needs-memberId'), OPS);
    await needs.locator('#needs-method').fill('Wywiady środowiskowe i kwestionariusz potrzeb');
    await needs
      .locator('#needs-findings')
      .fill('Brak kwalifikacji, potrzeba wsparcia psychologicznego i opieki nad dziećmi.');
    await needs.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await ops.getByText('Wywiady środowiskowe i kwestionariusz potrzeb', { exact: false }).waitFor();
    await accessible(ops, 'plan with the target group and needs');
    await tab(ops, 'Cykl współpracy');
    await completeStep(ops, 5);

    // The PUP governs as coordinator: it writes the scope and completes step 6 itself.
    await openTab(pup, 'Plan');
    await pup.getByRole('button', { name: 'Dodaj instrument' }).click();
    const scope = pup.getByRole('form', { name: 'Dodaj instrument' });
    await choose(pup, scope.locator('#scope-instrument'), 'Poradnictwo zawodowe');
    // The multi-select's field sits under its pills box: the keyboard opens its list.
    await scope.locator('#scope-providerMemberIds').focus();
    await pup.keyboard.press('ArrowDown');
    await pup.getByRole('option', { name: PUP, exact: true }).click();
    await pup.getByRole('option', { name: NGO, exact: true }).click();
    await pup.keyboard.press('Escape');
    await scope.locator('#scope-statutoryBasis').fill('art. 38 ustawy o promocji zatrudnienia');
    await accessible(pup, 'service scope form (PUP)');
    await scope.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await pup.getByText(`${PUP}, ${NGO}`).waitFor();
    await tab(pup, 'Cykl współpracy');
    await completeStep(pup, 6);
    await accessible(pup, 'lifecycle at step 7 (PUP)');

    await ops.reload();
    await openTab(ops, 'Plan');
    for (const [title, responsible, due] of [
      [opsTask, OPS, day(20)],
      [pupTask, PUP, day(30)],
      [ngoTask, NGO, day(45)],
    ] as const) {
      await ops.getByRole('button', { name: 'Dodaj zadanie' }).click();
      const task = ops.getByRole('form', { name: 'Dodaj zadanie' });
      await task.locator('#task-title').fill(title);
      await choose(ops, task.locator('#task-responsibleMemberId'), responsible);
      await task.locator('#task-dueOn').fill(due);
      await task.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await ops.getByTestId('plan-tasks').getByRole('cell', { name: title, exact: true }).waitFor();
    }
    await ops.getByRole('button', { name: 'Dodaj standard' }).click();
    const standard = ops.getByRole('form', { name: 'Dodaj standard' });
    await standard
      .locator('#standard-text')
      .fill('Każdy uczestnik ma jednego opiekuna ze wszystkich instytucji.');
    await standard.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await ops.getByText('Każdy uczestnik ma jednego opiekuna ze wszystkich instytucji.').waitFor();
    const principles = ops
      .getByRole('region', { name: 'Standardy świadczenia usługi' })
      .getByRole('checkbox');
    const count = await principles.count();
    expect(count).toBe(10);
    for (let i = 0; i < count; i++) {
      await principles.nth(i).click();
      await poll(() => principles.nth(i).isChecked()).toBe(true);
    }
    await accessible(ops, 'plan with tasks and standards');
    await tab(ops, 'Cykl współpracy');
    await completeStep(ops, 7);
  });

  it('each partner pledges resources and budget lines of its own, the NGO for nobody else (step 8)', async () => {
    const pledge = async (page: Page, institution: string, kind: string, description: string) => {
      await openTab(page, 'Zasoby');
      await page.getByRole('button', { name: 'Zadeklaruj zasób' }).click();
      const form = page.getByRole('form', { name: 'Zadeklaruj zasób' });
      // Only the partner's own institution is offered, already chosen: nobody pledges another's means.
      await form.locator('#pledge-memberId').click();
      const options = page.getByRole('option');
      await options.first().waitFor();
      expect(await options.allTextContents()).toEqual([institution]);
      await page.keyboard.press('Escape');
      await choose(page, form.locator('#pledge-kind'), kind);
      await form.locator('#pledge-description').fill(description);
      await form.locator('#pledge-quantity').fill('40');
      await form.locator('#pledge-unit').fill('godzin miesięcznie');
      await accessible(page, `pledge form (${institution})`);
      await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await page
        .getByRole('region', { name: institution })
        .getByText(`${description}: 40 godzin miesięcznie`)
        .waitFor();
    };
    const budgetLine = async (page: Page, institution: string, source: string, legalBasis: string) => {
      await tab(page, 'Budżet');
      await page.getByRole('button', { name: 'Dodaj pozycję' }).click();
      const form = page.getByRole('form', { name: 'Dodaj pozycję' });
      await choose(page, form.locator('#budget-source'), source);
      await form.locator('#budget-legalBasis').fill(legalBasis);
      await choose(page, form.locator('#budget-category'), 'Usługi wsparcia');
      await form.locator('#budget-planned').fill('24 000,00');
      await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await page.getByTestId('budget-lines').getByRole('cell', { name: legalBasis, exact: true }).waitFor();
      await accessible(page, `budget (${institution})`);
    };
    await pledge(ops, OPS, 'Czas pracy kadry', 'Asystent rodziny');
    await budgetLine(ops, OPS, 'Budżet pomocy społecznej', 'art. 17 ustawy o pomocy społecznej');
    await pledge(pup, PUP, 'Czas pracy kadry', 'Doradca zawodowy');
    await budgetLine(pup, PUP, 'Fundusz Pracy', 'art. 108 ustawy o promocji zatrudnienia');
    await pledge(ngo, NGO, 'Lokal', 'Świetlica stowarzyszenia');
    await budgetLine(ngo, NGO, 'Projekt', 'umowa o dofinansowanie projektu');

    // The NGO may change its own pledge and lines, not the others'.
    await tab(ngo, 'Zasoby');
    await ngo.getByRole('button', { name: 'Zmień: Świetlica stowarzyszenia' }).waitFor();
    expect(await buttons(ngo, 'Zmień: Asystent rodziny')).toBe(0);
    expect(await buttons(ngo, 'Zmień: Doradca zawodowy')).toBe(0);
    await tab(ngo, 'Budżet');
    await ngo.getByTestId('budget-lines').waitFor();
    expect(await ngo.getByRole('button', { name: /^Zmień: / }).allTextContents()).toHaveLength(1);
    expect(
      (await ngo.getByTestId('totals-Sumy według płatnika').textContent())?.replace(/\s/g, ' '),
    ).toContain('24 000,00 zł');

    await openTab(ops, 'Cykl współpracy');
    await completeStep(ops, 8);
  });

  it('the leader holds a meeting: attendance, minutes, the minutes PDF, the .ics and a decision taken there', async () => {
    await openTab(ops, 'Spotkania');
    await ops.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
    const form = ops.getByRole('form', { name: 'Zaplanuj spotkanie' });
    await form.locator('#meeting-title').fill(meetingTitle);
    await form.locator('#meeting-startsAt').fill(`${day(-1)}T10:00`);
    await form.locator('#meeting-endsAt').fill(`${day(-1)}T12:00`);
    await form.locator('#meeting-place').fill('MGOPS, ul. Ogrodowa 12, sala 3');
    await form.locator('#meeting-agenda').fill('1. Przebieg działań.\n2. Ocena.\n3. Decyzja o kontynuacji.');
    await accessible(ops, 'meeting form');
    await form.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    const meeting = ops.getByRole('article').filter({ hasText: meetingTitle });
    await meeting.waitFor();

    await meeting.getByRole('button', { name: 'Edytuj spotkanie' }).click();
    const edit = ops.getByRole('form', { name: 'Edytuj spotkanie' });
    await edit
      .locator('#meeting-minutes')
      .fill('Partnerzy omówili przebieg działań i przyjęli ocenę. Zgoda na kontynuację.');
    await edit.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    await meeting.getByText('Partnerzy omówili przebieg działań').waitFor();

    // Attendance is saved at the version the page shows: after the minutes, whose save refreshed it.
    for (const [institution, status] of [
      [OPS, 'Obecny'],
      [PUP, 'Obecny'],
      [NGO, 'Usprawiedliwiony'],
    ] as const)
      await choose(ops, meeting.getByLabel(institution, { exact: true }), status);
    const saved = ops.waitForResponse(
      (r) => r.url().endsWith('/attendance') && r.request().method() === 'PUT',
    );
    await meeting.getByRole('button', { name: 'Zapisz obecność' }).click();
    expect((await saved).status()).toBe(200);
    await accessible(ops, 'meeting with attendance and minutes');

    for (const link of ['Pobierz zaproszenie (.ics)', 'Pobierz protokół (PDF)'])
      downloads.push((await meeting.getByRole('link', { name: link }).getAttribute('href')) ?? '');
    const ics = await ops.request.get(downloads[0]!);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    // Long iCalendar lines are folded: a line break and a space continue the line.
    expect((await ics.text()).replace(/\r\n[ \t]/g, '')).toContain(
      `SUMMARY:${partnershipName}: ${meetingTitle}`,
    );
    const minutes = await ops.request.get(downloads[1]!);
    expect(minutes.status()).toBe(200);
    expect(minutes.headers()['content-type']).toContain('application/pdf');
    expect((await minutes.body()).subarray(0, 4).toString()).toBe('%PDF');

    await tab(ops, 'Decyzje');
    const decision = ops.getByRole('form', { name: 'Zapisz decyzję' });
    await decision.locator('#decision-summary').fill(meetingDecision);
    await choose(ops, decision.locator('#decision-meeting'), new RegExp(meetingTitle));
    await decision.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await ops.getByRole('cell', { name: meetingDecision }).waitFor();
    await tab(ops, 'Spotkania');
    await ops.getByRole('article').filter({ hasText: meetingTitle }).getByText(meetingDecision).waitFor();
  });

  it('the NGO, a member that does not govern, sees the whole partnership but no button that governs it', async () => {
    await ngo.reload();
    await openTab(ngo, 'Przegląd');
    await ngo.getByText('Wspólna usługa integracji społeczno-zawodowej dla 12 osób.').waitFor();
    expect(await buttons(ngo, 'Edytuj dane partnerstwa')).toBe(0);
    await accessible(ngo, 'overview (NGO)');

    await tab(ngo, 'Członkowie');
    await ngo.getByTestId('leader-history').waitFor();
    expect(await buttons(ngo, 'Przekaż rolę lidera')).toBe(0);
    expect(await buttons(ngo, 'Dodaj członka')).toBe(0);
    expect(await ngo.getByRole('button', { name: /^Zmień rolę lub miejsce/ }).count()).toBe(0);
    // It may withdraw itself, and only itself.
    expect(await buttons(ngo, 'Wycofaj z partnerstwa')).toBe(1);
    await accessible(ngo, 'members (NGO)');

    await tab(ngo, 'Cykl współpracy');
    await ngo.getByTestId('task-list').getByText('Ukończony').first().waitFor();
    expect(await buttons(ngo, 'Oznacz jako ukończony')).toBe(0);
    expect(await buttons(ngo, 'Wróć do tego etapu')).toBe(0);
    await accessible(ngo, 'lifecycle (NGO)');

    await tab(ngo, 'Spotkania');
    const meeting = ngo.getByRole('article').filter({ hasText: meetingTitle });
    await meeting.getByText(`Obecność: ${OPS} (Obecny)`, { exact: false }).waitFor();
    expect(await buttons(ngo, 'Zaplanuj spotkanie')).toBe(0);
    expect(await buttons(ngo, 'Edytuj spotkanie')).toBe(0);
    expect(await buttons(ngo, 'Zapisz obecność')).toBe(0);
    await accessible(ngo, 'meetings (NGO)');

    await tab(ngo, 'Decyzje');
    await ngo.getByRole('cell', { name: rulesDecision }).waitFor();
    expect(await ngo.getByRole('form', { name: 'Zapisz decyzję' }).count()).toBe(0);
    await accessible(ngo, 'decisions (NGO)');

    await tab(ngo, 'Umowa');
    await ngo.getByTestId('agreement-party').first().waitFor();
    expect(await buttons(ngo, 'Utwórz projekt')).toBe(0);
    expect(await buttons(ngo, 'Rozwiąż porozumienie')).toBe(0);
    await accessible(ngo, 'agreement (NGO)');

    await tab(ngo, 'Plan');
    await ngo.getByText(goalText, { exact: true }).waitFor();
    for (const add of [
      'Dodaj cel',
      'Dodaj instrument',
      'Dodaj zadanie',
      'Dodaj standard',
      'Zapisz ocenę potrzeb',
    ])
      expect(await buttons(ngo, add), add).toBe(0);
    expect(await ngo.getByRole('button', { name: /^Zmień: / }).count()).toBe(0);
    const principles = ngo
      .getByRole('region', { name: 'Standardy świadczenia usługi' })
      .getByRole('checkbox');
    expect(await principles.count()).toBe(10);
    for (const principle of await principles.all())
      expect(await principle.isDisabled(), (await principle.getAttribute('value')) ?? undefined).toBe(true);
    await accessible(ngo, 'plan (NGO)');
  });

  it('the NGO starts its task; the leader completes monitoring (9), evaluation (10) and continuation (11)', async () => {
    // The partner responsible for a task moves it, though it does not govern the plan.
    const status = ngo.getByRole('combobox', { name: `Zmień status zadania „${ngoTask}”` });
    await status.selectOption({ label: 'W toku' });
    await poll(() => status.inputValue()).toBe('inProgress');
    expect(await ngo.getByRole('combobox', { name: `Zmień status zadania „${opsTask}”` }).count()).toBe(0);
    await accessible(ngo, 'plan with the task in progress (NGO)');

    await ops.reload();
    await openTab(ops, 'Cykl współpracy');
    await completeStep(ops, 9);
    await completeStep(ops, 10, async (form) => {
      await form
        .locator('#evaluation-effectiveness')
        .fill('Siedem z dwunastu osób podjęło pracę: cel osiągnięty.');
      await form
        .locator('#evaluation-efficiency')
        .fill('Koszt na uczestnika niższy niż zakładano w budżecie.');
      await form
        .locator('#evaluation-utility')
        .fill('Uczestnicy ocenili wsparcie jako przydatne w ankiecie.');
    });
    await accessible(ops, 'lifecycle at step 11');
    const last = ops.getByRole('form', { name: 'Ukończenie etapu 11' });
    await last.getByRole('radio', { name: 'Kontynuujemy (nowy cykl)' }).check();
    await choose(ops, last.locator('#decision-continuationDecided'), new RegExp(meetingDecision));
    await last.getByRole('button', { name: 'Oznacz jako ukończony' }).click();
    await ops.getByRole('heading', { name: 'Etapy współpracy — cykl 2' }).waitFor();
    const history = ops.getByRole('region', { name: 'Historia' });
    for (let step = 1; step <= 11; step++)
      await history.getByText(new RegExp(`^Cykl 1, etap ${step}: ukończony —`)).waitFor();
    await accessible(ops, 'lifecycle in cycle 2');
  });

  it('an outsider sees only the public card and the not-found page for every private tab or address', async () => {
    await accessible(outsider, 'outsider dashboard');
    await outsider.getByRole('link', { name: 'Partnerstwa', exact: true }).first().click();
    await outsider.locator('#filter-q').fill(partnershipName);
    await outsider.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await outsider.getByRole('link', { name: partnershipName }).click();
    await outsider.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
    await outsider.getByTestId('public-card').waitFor();
    expect(await outsider.getByRole('tab').allTextContents()).toEqual(['Przegląd', 'Członkowie']);
    const overview = outsider.getByRole('tabpanel');
    await overview
      .getByText('Partnerstwo na rzecz integracji społeczno-zawodowej (OPS + PUP + NGO)')
      .waitFor();
    await overview.getByText(/^gmina Janów Lubelski/).waitFor();
    expect(await overview.textContent()).not.toContain('Wspólna usługa integracji');
    expect(await buttons(outsider, 'Edytuj dane partnerstwa')).toBe(0);
    await accessible(outsider, 'public card (outsider)');
    await tab(outsider, 'Członkowie');
    for (const institution of [OPS, PUP, NGO])
      await outsider.getByRole('cell', { name: institution, exact: true }).waitFor();
    expect(await outsider.getByTestId('leader-history').count()).toBe(0);
    expect(await buttons(outsider, 'Wycofaj z partnerstwa')).toBe(0);
    await accessible(outsider, 'public members (outsider)');

    for (const hash of ['lifecycle', 'meetings', 'decisions', 'agreement', 'plan', 'resources', 'budget']) {
      await outsider.goto('/');
      await outsider.goto(`${partnershipPath}#${hash}`);
      await outsider.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' }).waitFor();
      expect(await outsider.getByText(partnershipName).count()).toBe(0);
    }
    await accessible(outsider, 'not-found page for a private tab');
    await outsider.goto('/partnerships/00000000-0000-4000-8000-000000000000');
    await outsider.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' }).waitFor();

    // The files a member downloads are not there for an outsider either.
    for (const url of [...downloads, `/api${partnershipPath}/budget/export.csv`]) {
      expect((await ops.request.get(url)).status(), url).toBe(200);
      expect((await outsider.request.get(url)).status(), url).toBe(404);
    }
  });
});
