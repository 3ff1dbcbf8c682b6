import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import plCommon from '../../common/i18n/pl/common.json';
import plDashboard from '../../common/i18n/pl/dashboard.json';
import plErrors from '../../common/i18n/pl/errors.json';
import plInvitations from '../../common/i18n/pl/invitations.json';
import plUsers from '../../common/i18n/pl/users.json';
import { demoAccounts, demoInstitutionName, demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { baseUrl, launchBrowser, newPage, signInAs } from './support/browser';

const account = (role: (typeof demoAccounts)[number]['role']) => {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) throw new Error(`The demo data has no ${role}`);
  return found;
};
const opsAdmin = account('institutionAdmin');
const platformAdmin = account('platformAdmin');
const caseWorker = account('caseWorker');
const ops = demoInstitutionName(opsAdmin);
if (!ops) throw new Error('The OPS administrator has no institution');

/** `{{name}}` placeholders of a catalog text filled in, as i18next does. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** The person invited in this run: unique, since the server is shared by every file and run once. */
const suffix = Date.now().toString(36);
const invitee = {
  email: `helena.e2e.${suffix}@example.org`,
  invitedAs: `Helena Nowak ${suffix}`,
  displayName: `Helena Nowak-Wiśniewska ${suffix}`,
  password: 'zielony-rower-nad-Sanem-2024',
};

let browser: Browser;
/** The OPS administrator signs in once (the sign-in route allows 20 attempts a minute per address). */
let adminSession: BrowserContextOptions['storageState'];
let page: Page;
/** The invited person's browser, kept across the steps of the journey. */
let inviteePage: Page | undefined;
let invitationLink = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const first = await newPage(browser);
  await signInAs(first, opsAdmin.email, demoPassword);
  adminSession = await first.context().storageState();
  await first.context().close();
});
afterAll(async () => {
  await inviteePage?.context().close();
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'pl-PL',
    storageState: adminSession,
  });
  page = await context.newPage();
});
afterEach(async () => {
  await page.context().close();
});

const heading = (p: Page = page) => p.locator('h1');
/** A form field by its whole label; a required field's label ends in an asterisk. */
const field = (p: Page, label: string) =>
  p.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));
const navigation = (p: Page) => p.getByRole('navigation', { name: plCommon.nav.main });
const membersTable = () => page.getByRole('table', { name: fill(plUsers.members.caption, { name: ops }) });
const invitationsTable = () =>
  page.getByRole('table', { name: fill(plUsers.invitations.caption, { name: ops }) });
const rowOf = (table: ReturnType<typeof membersTable>, text: string) =>
  table.locator('tbody tr').filter({ hasText: text });
const myInstitutions = (p: Page) => p.locator('section[aria-labelledby="my-institutions"]');

async function openUsers() {
  await page.goto('/');
  await navigation(page).getByRole('link', { name: plCommon.nav.users }).click();
  await expect.poll(() => heading().textContent()).toBe(plUsers.title);
  await membersTable().waitFor();
}

describe('users administration in the browser', () => {
  it('shows the OPS administrator the members of the OPS with their roles', async () => {
    await openUsers();
    expect(
      await page.getByRole('heading', { level: 2, name: `${plUsers.members.title}: ${ops}` }).count(),
    ).toBe(1);
    const admin = rowOf(membersTable(), opsAdmin.email);
    expect(await admin.count()).toBe(1);
    const text = await admin.textContent();
    expect(text).toContain(opsAdmin.displayName);
    expect(text).toContain(plUsers.roles.institutionAdmin);
    // The only administrator can be neither demoted nor removed, and the page says why.
    expect(text).toContain(plUsers.members.lastAdmin);
    expect(await admin.getByRole('combobox').count()).toBe(0);
    expect(await admin.getByRole('button').count()).toBe(0);
    // An institution administrator does not pick among institutions: there is one.
    expect(await page.locator('#users-institution').count()).toBe(0);
    await expectAccessible(page, 'users of the OPS');
  });

  it('invites a person by e-mail with a role; the link is shown once and the invitation waits in the list', async () => {
    await openUsers();
    await page.getByRole('button', { name: plUsers.invite.submit }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(plErrors.validation);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('error-summary');
    await expectAccessible(page, 'invite form with errors');

    await field(page, plUsers.invite.email).fill(invitee.email);
    await field(page, plUsers.invite.displayName).fill(invitee.invitedAs);
    await field(page, plUsers.invite.role).selectOption({ label: plUsers.roles.caseWorker });
    await page.getByRole('button', { name: plUsers.invite.submit }).click();

    const created = page.getByTestId('invitation-link');
    await created.waitFor();
    expect(await created.textContent()).toContain(plUsers.invite.noEmail);
    invitationLink = await page.getByLabel(plUsers.invite.link).inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${baseUrl()}/invite/[A-Za-z0-9_-]{20,}$`));
    expect(await created.getByRole('button', { name: plUsers.invite.copy }).count()).toBe(1);
    // The form is emptied for the next person.
    expect(await field(page, plUsers.invite.email).inputValue()).toBe('');

    const pending = rowOf(invitationsTable(), invitee.email);
    await pending.waitFor();
    const cells = await pending.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual([
      invitee.invitedAs,
      invitee.email,
      plUsers.roles.caseWorker,
      plUsers.invitations.statuses.pending,
    ]);
    expect(cells[5]).toBe(opsAdmin.displayName);
    await expectAccessible(page, 'users of the OPS with a new invitation');
  });

  it('lets the invited person, in another browser, choose a name and a password by the rules, and signs them in', async () => {
    expect(invitationLink).not.toBe('');
    inviteePage = await newPage(browser);
    const p = inviteePage;
    await p.goto(invitationLink);
    await expect.poll(() => heading(p).textContent()).toBe(plInvitations.title);
    const invitation = await p.getByRole('main').textContent();
    expect(invitation).toContain(
      fill(plInvitations.intro, { institution: ops, role: plUsers.roles.caseWorker }),
    );
    expect(invitation).toContain(fill(plInvitations.email, { email: invitee.email }));
    const name = field(p, plInvitations.newAccount.displayName);
    expect(await name.inputValue()).toBe(invitee.invitedAs);
    await expectAccessible(p, 'invitation page');

    // A password that contains the e-mail breaks the rules: the server says so, by the field.
    const weak = `${invitee.email.split('@')[0]}-haslo`;
    await name.fill(invitee.displayName);
    await field(p, plInvitations.newAccount.password).fill(weak);
    await field(p, plInvitations.newAccount.confirm).fill(weak);
    await p.getByRole('button', { name: plInvitations.newAccount.submit }).click();
    const summary = p.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').textContent()).toBe(
      `${plInvitations.newAccount.password}: ${plErrors.field.passwordContainsEmail}`,
    );
    expect(new URL(p.url()).pathname).toMatch(/^\/invite\//);
    await expectAccessible(p, 'invitation page with a rejected password');

    await field(p, plInvitations.newAccount.password).fill(invitee.password);
    await field(p, plInvitations.newAccount.confirm).fill(invitee.password);
    await p.getByRole('button', { name: plInvitations.newAccount.submit }).click();
    await p.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => heading(p).textContent())
      .toBe(fill(plDashboard.title, { name: invitee.displayName }));
    const mine = await myInstitutions(p).textContent();
    expect(mine).toContain(ops);
    expect(mine).toContain(plUsers.roles.caseWorker);
    // A case worker administers nobody.
    expect(await navigation(p).getByRole('link', { name: plCommon.nav.users }).count()).toBe(0);
    await expectAccessible(p, 'dashboard of the new person');

    // The link worked once.
    const again = await newPage(browser);
    await again.goto(invitationLink);
    await again.getByTestId('invitation-unavailable').waitFor();
    expect(await again.getByTestId('invitation-unavailable').textContent()).toBe(plErrors.invitation.used);
    await expectAccessible(again, 'a used invitation link');
    await again.context().close();
  });

  it('the administrator sees the new member, changes their role, and the person sees the new role', async () => {
    expect(inviteePage).toBeDefined();
    await openUsers();
    const member = rowOf(membersTable(), invitee.email);
    await member.waitFor();
    expect(await member.textContent()).toContain(invitee.displayName);
    expect(await rowOf(invitationsTable(), invitee.email).count()).toBe(0);

    const role = page.getByLabel(fill(plUsers.members.roleOf, { name: invitee.displayName }));
    expect(await role.inputValue()).toBe('caseWorker');
    await role.selectOption({ label: plUsers.roles.coordinator });
    const notice = page.getByTestId('members-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      fill(plUsers.members.roleChanged, { name: invitee.displayName, role: plUsers.roles.coordinator }),
    );
    await expectAccessible(page, 'users of the OPS after a role change');

    await page.reload();
    await expect
      .poll(() => page.getByLabel(fill(plUsers.members.roleOf, { name: invitee.displayName })).inputValue())
      .toBe('coordinator');

    const p = inviteePage!;
    await p.reload();
    await expect.poll(() => myInstitutions(p).textContent()).toContain(plUsers.roles.coordinator);
    // A coordinator may read the members, so the navigation now leads there.
    expect(await navigation(p).getByRole('link', { name: plCommon.nav.users }).count()).toBe(1);
    await expectAccessible(p, 'dashboard of the new coordinator');
  });

  it('the administrator ends the membership after a confirmation, and the person loses the OPS at once', async () => {
    expect(inviteePage).toBeDefined();
    await openUsers();
    await page
      .getByRole('button', { name: `${plUsers.members.deactivate.button}: ${invitee.displayName}` })
      .click();
    const dialog = page.getByRole('dialog', { name: plUsers.members.deactivate.title });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      fill(plUsers.members.deactivate.message, { name: invitee.displayName, institution: ops }),
    );
    await expectAccessible(page, 'confirmation of ending a membership');

    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: plCommon.cancel }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await rowOf(membersTable(), invitee.email).count()).toBe(1);

    await page
      .getByRole('button', { name: `${plUsers.members.deactivate.button}: ${invitee.displayName}` })
      .click();
    await dialog.getByRole('button', { name: plUsers.members.deactivate.confirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    const notice = page.getByTestId('members-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      fill(plUsers.members.deactivate.done, { name: invitee.displayName }),
    );
    await expect.poll(() => rowOf(membersTable(), invitee.email).count()).toBe(0);
    await expectAccessible(page, 'users of the OPS after ending a membership');

    // The ended membership is still on record, marked as such.
    await page
      .getByLabel(plUsers.members.status, { exact: true })
      .selectOption({ label: plUsers.members.statuses.all });
    await page.getByRole('button', { name: plUsers.members.filter }).click();
    const ended = rowOf(membersTable(), invitee.email);
    await ended.waitFor();
    expect(await ended.textContent()).toContain(plUsers.members.ended);
    expect(await ended.getByRole('combobox').count()).toBe(0);
    await expectAccessible(page, 'all members of the OPS, one of them ended');

    const p = inviteePage!;
    await p.reload();
    await expect.poll(() => myInstitutions(p).textContent()).toContain(plDashboard.noMemberships);
    expect(await navigation(p).getByRole('link', { name: plCommon.nav.users }).count()).toBe(0);
    await expectAccessible(p, 'dashboard of a person without an institution');
  });

  it('the platform administrator blocks the account: the person is signed out and cannot sign in again', async () => {
    expect(inviteePage).toBeDefined();
    const adminPage = await newPage(browser);
    await signInAs(adminPage, platformAdmin.email, demoPassword);
    await adminPage.goto('/users');
    await adminPage.getByRole('link', { name: plUsers.allAccounts }).click();
    await expect.poll(() => heading(adminPage).textContent()).toBe(plUsers.accounts.title);
    await adminPage.getByRole('textbox', { name: plUsers.accounts.search }).fill(invitee.email);
    await adminPage.getByRole('button', { name: plUsers.accounts.filter }).click();
    const accounts = adminPage.getByRole('table', { name: plUsers.accounts.caption });
    await expect.poll(() => accounts.locator('tbody tr').count()).toBe(1);
    const row = accounts.locator('tbody tr');
    expect(await row.textContent()).toContain(invitee.displayName);
    expect(await row.textContent()).toContain(plUsers.accounts.noMemberships);
    await expectAccessible(adminPage, 'all accounts, one found');

    await row
      .getByRole('button', { name: `${plUsers.accounts.deactivate.button}: ${invitee.displayName}` })
      .click();
    const dialog = adminPage.getByRole('dialog', { name: plUsers.accounts.deactivate.title });
    await dialog.waitFor();
    await expectAccessible(adminPage, 'confirmation of blocking an account');
    await dialog.getByRole('button', { name: plUsers.accounts.deactivate.confirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe(plUsers.accounts.statuses.inactive);
    expect(
      await row
        .getByRole('button', { name: `${plUsers.accounts.reactivate}: ${invitee.displayName}` })
        .count(),
    ).toBe(1);
    await expectAccessible(adminPage, 'all accounts with a blocked one');
    await adminPage.context().close();

    // The open session has ended: the next page asks to sign in.
    const p = inviteePage!;
    await p.goto('/profile');
    await p.waitForURL((url) => url.pathname === '/sign-in');

    await p.locator('#sign-in-email').fill(invitee.email);
    await p.locator('#sign-in-password').fill(invitee.password);
    await p.locator('form button[type="submit"]').click();
    const summary = p.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(plErrors.auth.invalidCredentials);
    expect(new URL(p.url()).pathname).toBe('/sign-in');
    await expectAccessible(p, 'sign-in refused to a blocked account');
  });

  it('does not offer the users administration to a case worker', async () => {
    const p = await newPage(browser);
    await signInAs(p, caseWorker.email, demoPassword);
    const links = await navigation(p).getByRole('link').allTextContents();
    expect(links).toContain(plCommon.nav.institutions);
    expect(links).not.toContain(plCommon.nav.users);
    expect(links).not.toContain(plCommon.nav.audit);
    await expectAccessible(p, 'dashboard of a case worker');

    // Typing the address shows no one, and says why.
    await p.goto('/users');
    await p.getByTestId('empty-state').waitFor();
    expect(await p.getByTestId('empty-state').textContent()).toBe(plUsers.institution.noAccess);
    expect(await p.getByRole('table').count()).toBe(0);
    expect(await p.getByRole('button', { name: plUsers.invite.submit }).count()).toBe(0);
    await expectAccessible(p, 'users page of a case worker');
    await p.context().close();
  });
});
