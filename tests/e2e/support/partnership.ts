import type { Page } from 'playwright-core';

/**
 * Calls the API from the signed-in page (its session cookie and a CSRF token): how browser tests
 * prepare records a test is not about, or change one behind the back of an open form.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    { method, url, body },
  );
}

/** The demo institutions' ids, found by the start of their names in the registry. */
export async function findInstitutions(page: Page, names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(
      async (name) =>
        (
          await callApi<{ items: { id: string }[] }>(
            page,
            'GET',
            `/api/institutions?q=${encodeURIComponent(name)}`,
          )
        ).json.items[0]!.id,
    ),
  );
}

/** A model A partnership of the demo OPS (leader), the NGO (coordinator) and the PUP (implementer) in gmina Janów Lubelski. */
export async function foundPartnership(page: Page, name: string): Promise<string> {
  const [ops, pup, ngo] = await findInstitutions(page, [
    'Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie',
    'Powiatowy Urząd Pracy w Janowie',
    'Stowarzyszenie Razem dla Janowa',
  ]);
  const created = await callApi<{ id: string }>(page, 'POST', '/api/partnerships', {
    name: `${name} ${Date.now().toString(36)}`,
    kind: 'integrationPartnership',
    area: ['0605053'],
    members: [
      { institutionId: ops, role: 'leader' },
      { institutionId: ngo, role: 'coordinator' },
      { institutionId: pup, role: 'implementer' },
    ],
  });
  if (created.status !== 201)
    throw new Error(`Founding a partnership failed: ${JSON.stringify(created.json)}`);
  return created.json.id;
}
