import type { Page } from 'playwright-core';
import { callApi, findInstitutions, foundPartnership } from './partnership';

const NGO = 'Stowarzyszenie Razem dla Janowa';
const PUP = 'Powiatowy Urząd Pracy w Janowie';
const partnerNames = { ngo: NGO, pup: PUP } as const;

async function ok<T>(call: Promise<{ status: number; json: T }>, what: string): Promise<T> {
  const { status, json } = await call;
  if (status >= 300) throw new Error(`${what} failed with ${status}: ${JSON.stringify(json)}`);
  return json;
}

/**
 * Through the API of the OPS's signed-in page: a model A partnership of the demo OPS, NGO and PUP
 * with vocational counselling by the NGO in its scope. Answers its id and its full name (the
 * given one made unique), by which the intake form's select offers it.
 */
export async function serviceWithCounselling(
  page: Page,
  options: { partnershipName: string; scopeDescription: string },
): Promise<{ id: string; name: string }> {
  const partnershipId = await foundPartnership(page, options.partnershipName);
  const [ngo] = await findInstitutions(page, [NGO]);
  const partnership = await ok(
    callApi<{ name: string; members: { id: string; institution: { id: string } }[] }>(
      page,
      'GET',
      `/api/partnerships/${partnershipId}`,
    ),
    'Reading the partnership',
  );
  const ngoMember = partnership.members.find((m) => m.institution.id === ngo)!;
  await ok(
    callApi(page, 'POST', `/api/partnerships/${partnershipId}/plan/scope`, {
      instrument: 'vocationalCounselling',
      description: options.scopeDescription,
      providerMemberIds: [ngoMember.id],
    }),
    'Adding the service scope',
  );
  return { id: partnershipId, name: partnership.name };
}

/**
 * Through the API of the OPS's signed-in page: the service of `serviceWithCounselling`, a person
 * the OPS registers into it, and her consent opening the given categories to one partner.
 * Answers the person's id.
 */
export async function registeredPerson(
  page: Page,
  options: {
    partnershipName: string;
    scopeDescription: string;
    person: { firstName: string; lastName: string; pesel: string; targetGroups?: string[] };
    consent: { purpose: string; partner: keyof typeof partnerNames; categories: string[] };
  },
): Promise<string> {
  const { id: partnershipId } = await serviceWithCounselling(page, options);
  const [partner] = await findInstitutions(page, [partnerNames[options.consent.partner]]);
  const person = await ok(
    callApi<{ id: string }>(page, 'POST', '/api/beneficiaries', {
      partnershipId,
      territoryCode: '0605053',
      ...options.person,
    }),
    'Registering the person',
  );
  await ok(
    callApi(page, 'POST', `/api/beneficiaries/${person.id}/consents`, {
      purpose: options.consent.purpose,
      givenOn: '2025-01-10',
      form: 'inPerson',
      grants: [{ institutionId: partner, categories: options.consent.categories }],
    }),
    'Recording the consent',
  );
  return person.id;
}
