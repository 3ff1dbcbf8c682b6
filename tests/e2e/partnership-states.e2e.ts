import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/workflows/demo-data';
import { expectAccessible } from './support/axe';
import { demoAccount, launchBrowser, newPage, signInAs } from './support/browser';

/**
 * The states of agreements and partnerships in the browser: withdrawing an agreement from
 * signature (with its confirmation), the list filtered by state, and a closed partnership's
 * page, whose status badge must keep its contrast (axe).
 */

let browser: Browser;
let ops: Page;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ops = await newPage(browser);
  await signInAs(ops, demoAccount('ops.admin').email, demoPassword);
  admin = await newPage(browser);
  await signInAs(admin, demoAccount('admin@').email, demoPassword);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A model A partnership of the demo's OPS, PUP and NGO, created through the API from the
 * signed-in page. With `close`, a platform administrator (who may sign for every member) takes
 * it through all eleven steps, each with its artefact, and ends it at step 11; otherwise its
 * agreement is left in signature with the OPS's signature.
 */
async function preparePartnership(page: Page, close: boolean): Promise<{ id: string; agreementId: string }> {
  return page.evaluate(async (close) => {
    const { token } = await (await fetch('/api/auth/csrf')).json();
    const call = async (method: string, url: string, body?: unknown) => {
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    };
    const find = async (q: string) =>
      (await call('GET', `/api/institutions?q=${encodeURIComponent(q)}`)).items[0].id as string;
    const [opsId, pupId, ngoId] = await Promise.all([
      find('Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie'),
      find('Powiatowy Urząd Pracy w Janowie'),
      find('Stowarzyszenie Razem dla Janowa'),
    ]);
    const created = await call('POST', '/api/partnerships', {
      name: `${close ? 'Zakończone partnerstwo' : 'Porozumienie do poprawy'} ${Date.now().toString(36)}`,
      kind: 'integrationPartnership',
      area: ['0605053'],
      members: [
        { institutionId: opsId, role: 'leader' },
        { institutionId: ngoId, role: 'coordinator' },
        { institutionId: pupId, role: 'implementer' },
      ],
    });
    const id = created.id as string;
    const base = `/api/partnerships/${id}`;
    const view = await call('GET', base);
    const members = view.members as { id: string; institution: { id: string } }[];
    const memberOf = (institutionId: string) => members.find((m) => m.institution.id === institutionId)!.id;
    const today = new Date().toISOString().slice(0, 10);
    const complete = async (step: string, extra: object = {}) => {
      const { version } = await call('GET', `${base}/lifecycle`);
      await call('POST', `${base}/lifecycle/${step}/complete`, { version, ...extra });
    };
    if (close) {
      await complete('leaderEmerged');
      await complete('partnersAcquired');
      await complete('rulesAgreed', { note: 'Cele, zasady i role ustalone na spotkaniu.' });
    }
    let agreement = await call('POST', `${base}/agreements`, { kind: 'cooperation', termFrom: today });
    agreement = await call('POST', `${base}/agreements/${agreement.id}/send-to-signature`, {
      version: agreement.version,
    });
    for (const institutionId of close ? [opsId, pupId, ngoId] : [opsId])
      agreement = await call('POST', `${base}/agreements/${agreement.id}/signatures`, {
        version: agreement.version,
        memberId: memberOf(institutionId),
        signerName: 'Anna Kowalska',
        signerPosition: 'Dyrektor',
        signedOn: today,
      });
    if (!close) return { id, agreementId: agreement.id as string };

    await complete('agreementSigned');
    await call('PUT', `${base}/plan/target-group`, {
      description: 'Osoby długotrwale bezrobotne',
      plannedSize: 12,
      selectionCriteria: 'Status osoby bezrobotnej i korzystanie z pomocy społecznej',
      version: 0,
    });
    await call('POST', `${base}/plan/needs-assessments`, {
      assessedOn: today,
      method: 'Wywiady środowiskowe',
      findings: 'Brak kwalifikacji i dojazdu do pracy',
      memberId: memberOf(opsId),
    });
    await complete('targetGroupAssessed');
    await call('POST', `${base}/plan/scope`, {
      instrument: 'socialWork',
      providerMemberIds: [memberOf(opsId)],
    });
    await complete('serviceScopeDefined');
    const task = await call('POST', `${base}/plan/tasks`, {
      title: 'Rekrutacja uczestników',
      responsibleMemberId: memberOf(opsId),
      dueOn: '2099-12-31',
    });
    const { standards } = await call('GET', `${base}/plan`);
    for (const { principle } of standards.principles as { principle: string }[])
      await call('PUT', `${base}/plan/standards/${principle}`, { confirmed: true });
    await complete('actionPlanWritten');
    for (const institutionId of [opsId, pupId, ngoId])
      await call('POST', `${base}/resources`, {
        memberId: memberOf(institutionId),
        kind: 'staffTime',
        description: 'Czas pracy specjalisty',
        quantity: 10,
        unit: 'godz./mies.',
      });
    await complete('resourcesSecured');
    await call('PUT', `${base}/plan/tasks/${task.id}/status`, {
      status: 'inProgress',
      version: task.version,
    });
    await complete('jointActionsMonitored');
    await complete('evaluated', {
      evaluation: { effectiveness: 'Cele osiągnięte', efficiency: 'W budżecie', utility: 'Przydatne' },
    });
    await complete('continuationDecided', { outcome: 'end', note: 'Partnerstwo zakończyło działania.' });
    return { id, agreementId: agreement.id as string };
  }, close);
}

describe('agreement states in the browser', () => {
  it('withdraws an agreement from signature after a confirmation: back to a draft, the signature voided and shown', async () => {
    const { id } = await preparePartnership(ops, false);
    await ops.goto(`/partnerships/${id}#agreement`);
    await ops.locator('#agreement-title').waitFor();
    expect(await ops.getByTestId('agreement-state').first().textContent()).toBe('W podpisie');

    await ops.getByRole('button', { name: 'Wycofaj z podpisu' }).click();
    const dialog = ops.getByRole('dialog', { name: 'Wycofanie porozumienia z podpisu' });
    await dialog.waitFor();
    await expectAccessible(ops, 'withdraw from signature dialog');
    const confirm = dialog.getByRole('button', { name: 'Wycofaj i unieważnij podpisy' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Co trzeba poprawić').fill('Błędny adres siedziby PUP');
    await confirm.click();
    await dialog.waitFor({ state: 'hidden' });

    await ops.getByTestId('voided-signatures').waitFor();
    expect(await ops.getByTestId('voided-signatures').textContent()).toContain('Błędny adres siedziby PUP');
    expect(await ops.getByTestId('agreement-state').first().textContent()).toBe('Projekt');
    await ops.getByRole('button', { name: 'Edytuj projekt' }).waitFor();
    await expectAccessible(ops, 'agreement withdrawn to a draft');
  });

  it('filters the agreements by state', async () => {
    await ops.locator('#agreement-state-filter').click();
    await ops.getByRole('option', { name: 'Obowiązuje' }).click();
    await ops.getByText('Żadne porozumienie nie ma tego stanu.').waitFor();
    await ops.locator('#agreement-state-filter').click();
    await ops.getByRole('option', { name: 'Projekt' }).click();
    await ops.getByRole('table').getByTestId('agreement-state').first().waitFor();
    expect(await ops.getByRole('table').getByTestId('agreement-state').allTextContents()).toEqual([
      'Projekt',
    ]);
    await expectAccessible(ops, 'agreements filtered by state');
  });
});

describe('the demo partnerships', () => {
  it('the list marks mine with a readable badge, and the agreement in force shows its state', async () => {
    await ops.goto('/partnerships');
    const row = ops.getByRole('row').filter({ hasText: 'integracji społecznej i zawodowej w Gminie Janów' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Moja instytucja jest członkiem');
    await expectAccessible(ops, 'partnerships list with my partnerships');
    await row.getByRole('link').first().click();
    await ops.getByTestId('partnership-status').waitFor();
    await ops.getByRole('tab', { name: 'Umowa' }).click();
    await ops.locator('#agreement-title').waitFor();
    expect(await ops.getByTestId('agreement-state').first().textContent()).toBe('Obowiązuje');
    await expectAccessible(ops, 'demo agreement in force');
  });
});

describe('a closed partnership', () => {
  it('shows its status badge with enough contrast (axe)', async () => {
    const { id } = await preparePartnership(admin, true);
    await admin.goto(`/partnerships/${id}`);
    await admin.getByTestId('partnership-status').waitFor();
    expect(await admin.getByTestId('partnership-status').textContent()).toBe('Zakończone');
    await expectAccessible(admin, 'closed partnership');
  });
});
