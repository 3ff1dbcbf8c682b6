import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataCategory, dataCategories } from '../../../common/contracts/beneficiaries';
import type { PartnershipRole } from '../../../common/enums';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createPartnership, createScopeItem } from '../partnerships';
import { personConsents } from './person.table';
import { referrals } from './referral.table';

/**
 * The protected access path as a property: whatever sequence of registrations, consents,
 * withdrawals, referrals (issued, redeemed with the right or a wrong code, accepted, rejected,
 * started, completed, revoked) and anonymisations users of several institutions try, after every
 * step each institution reads each person (record, diagnosis, plan, deliveries) exactly when the
 * model below says so. The model restates the rule in a few pure functions; it does not
 * call person-access.ts, so a change there that lets data leak (or cuts a rightful reader off)
 * fails here with fast-check's seed and shrunk sequence.
 */

// ---------------------------------------------------------------------------------------------
// The world: two services (partnerships) and five institutions
// ---------------------------------------------------------------------------------------------

const institutionKeys = ['ops', 'pup', 'ngo1', 'ngo2', 'outsider'] as const;
type Inst = (typeof institutionKeys)[number];
type ServiceKey = 'A' | 'B';

/** The OPS and the PUP are entry institutions (they register people); the NGOs are operators. */
const entryTypes: readonly Inst[] = ['ops', 'pup'];
/**
 * Service A: all but the outsider. Service B (led by the PUP): the OPS, the PUP and the second NGO,
 * so the first NGO is no member there. The outsider is in neither.
 */
const serviceMembers: Record<ServiceKey, readonly Inst[]> = {
  A: ['ops', 'pup', 'ngo1', 'ngo2'],
  B: ['pup', 'ops', 'ngo2'],
};

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

type ReferralState = 'issued' | 'accepted' | 'inService' | 'completed' | 'rejected' | 'revoked';
/** States in which a redeemed referral keeps the case open to its operator. */
const openStates: readonly ReferralState[] = ['issued', 'accepted', 'inService'];

interface ModelPerson {
  service: ServiceKey;
  entry: Inst;
  anonymised: boolean;
}
interface ModelConsent {
  person: number;
  grants: { inst: Inst; categories: DataCategory[] }[];
  /** Within its term (given in the past, no end or an end still ahead). */
  inTerm: boolean;
  withdrawn: boolean;
}
interface ModelReferral {
  person: number;
  operator: Inst;
  redeemed: boolean;
  state: ReferralState;
}
interface Model {
  persons: ModelPerson[];
  consents: ModelConsent[];
  referrals: ModelReferral[];
}

const emptyModel = (): Model => ({ persons: [], consents: [], referrals: [] });

/**
 * What of a person an institution may see, from the text:
 * - the entry institution that registered the person sees everything;
 * - anyone else only categories a consent in its term and not withdrawn names for it, and only as
 *   a member of the person's service;
 * - an operator that is not an entry institution needs, on top, a referral to it whose code it
 *   entered and which is still open (not rejected, completed or revoked).
 * Documented decision (person-access.ts): an entry-type partner — the PUP beside the OPS that
 * registered the person, or the OPS beside the PUP — works on the joint diagnosis under the
 * consent alone, without a referral. The model states that on purpose, so a change of that
 * decision shows here as a failing property rather than passing unnoticed.
 */
function visibleCategories(model: Model, inst: Inst, personIndex: number): Set<DataCategory> {
  const person = model.persons[personIndex]!;
  if (inst === person.entry) return new Set(dataCategories);
  if (!serviceMembers[person.service].includes(inst)) return new Set();
  const referred = model.referrals.some(
    (r) => r.person === personIndex && r.operator === inst && r.redeemed && openStates.includes(r.state),
  );
  if (!entryTypes.includes(inst) && !referred) return new Set();
  return new Set(
    model.consents
      .filter((c) => c.person === personIndex && c.inTerm && !c.withdrawn)
      .flatMap((c) => c.grants.filter((g) => g.inst === inst).flatMap((g) => g.categories)),
  );
}

/** The reads checked after every step, each with the categories that open it. */
const reads = {
  person: { path: '', opens: (c: Set<DataCategory>) => c.size > 0 },
  diagnosis: { path: '/diagnosis', opens: (c: Set<DataCategory>) => c.has('diagnosis') || c.has('health') },
  supportPlan: { path: '/support-plan', opens: (c: Set<DataCategory>) => c.has('supportPlan') },
  deliveries: { path: '/deliveries', opens: (c: Set<DataCategory>) => c.has('serviceDelivery') },
} as const;

/** `by` is either an institution or the one the action belongs to (the person's entry institution, the referral's operator). */
type By = Inst | 'rightful';
/** An institution, or the n-th member of the person's service other than its entry institution. */
type Target = Inst | { partner: number };
type Step = 'accept' | 'reject' | 'start' | 'complete';
/** An action as generated (`T` = Target, `B` = By) or as resolved against the model (both Inst). */
type ActionOf<T, B> =
  | { kind: 'register'; by: Inst; service: ServiceKey }
  | {
      kind: 'consent';
      by: B;
      person: number;
      grants: { inst: T; categories: DataCategory[] }[];
      inTerm: boolean;
    }
  | { kind: 'withdraw'; by: B; consent: number }
  | { kind: 'issue'; by: B; person: number; operator: T }
  | { kind: 'redeem'; by: B; referral: number; rightCode: boolean }
  | { kind: 'step'; by: B; referral: number; step: Step }
  | { kind: 'revoke'; by: B; referral: number }
  | { kind: 'anonymise'; by: B; person: number };
type Action = ActionOf<Target, By>;
type Resolved = ActionOf<Inst, Inst>;

/** The state a referral step starts from, and where it leads. */
const stepFrom: Record<Step, { from: ReferralState; to: ReferralState }> = {
  accept: { from: 'issued', to: 'accepted' },
  reject: { from: 'issued', to: 'rejected' },
  start: { from: 'accepted', to: 'inService' },
  complete: { from: 'inService', to: 'completed' },
};

/**
 * The action with its indices taken modulo what exists and `rightful` and partners resolved (a
 * grant naming an institution twice keeps the first), or undefined when it has nothing to act on.
 */
function resolve(model: Model, action: Action): Resolved | undefined {
  const pick = (n: number, length: number) => (length === 0 ? undefined : n % length);
  const who = (rightful: Inst): Inst => (action.by === 'rightful' ? rightful : action.by);
  const target = (person: ModelPerson, t: Target): Inst => {
    if (typeof t === 'string') return t;
    const partners = serviceMembers[person.service].filter((m) => m !== person.entry);
    return partners[t.partner % partners.length]!;
  };
  switch (action.kind) {
    case 'register':
      return action;
    case 'consent': {
      const person = pick(action.person, model.persons.length);
      if (person === undefined) return undefined;
      const entry = model.persons[person]!;
      const grants = action.grants
        .map((g) => ({ ...g, inst: target(entry, g.inst) }))
        .filter((g, i, all) => all.findIndex((o) => o.inst === g.inst) === i);
      return { ...action, person, grants, by: who(entry.entry) };
    }
    case 'issue': {
      const person = pick(action.person, model.persons.length);
      if (person === undefined) return undefined;
      const entry = model.persons[person]!;
      return { ...action, person, operator: target(entry, action.operator), by: who(entry.entry) };
    }
    case 'anonymise': {
      const person = pick(action.person, model.persons.length);
      if (person === undefined) return undefined;
      return { ...action, person, by: who(model.persons[person]!.entry) };
    }
    case 'withdraw': {
      const consent = pick(action.consent, model.consents.length);
      if (consent === undefined) return undefined;
      return { ...action, consent, by: who(model.persons[model.consents[consent]!.person]!.entry) };
    }
    case 'revoke': {
      const referral = pick(action.referral, model.referrals.length);
      if (referral === undefined) return undefined;
      return { ...action, referral, by: who(model.persons[model.referrals[referral]!.person]!.entry) };
    }
    case 'redeem':
    case 'step': {
      const referral = pick(action.referral, model.referrals.length);
      if (referral === undefined) return undefined;
      return { ...action, referral, by: who(model.referrals[referral]!.operator) };
    }
  }
}

/** Whether the rule lets the action through, and the model after it (unchanged when refused). */
function apply(model: Model, a: Resolved): { allowed: boolean; next: Model } {
  const refused = { allowed: false, next: model };
  const allowed = (next: Model) => ({ allowed: true, next });
  const withReferral = (index: number, change: Partial<ModelReferral>): Model => ({
    ...model,
    referrals: model.referrals.map((r, i) => (i === index ? { ...r, ...change } : r)),
  });
  switch (a.kind) {
    case 'register':
      return entryTypes.includes(a.by) && serviceMembers[a.service].includes(a.by)
        ? allowed({
            ...model,
            persons: [...model.persons, { service: a.service, entry: a.by, anonymised: false }],
          })
        : refused;
    case 'consent': {
      const person = model.persons[a.person]!;
      const grantsValid = a.grants.every(
        (g) => g.inst !== person.entry && serviceMembers[person.service].includes(g.inst),
      );
      return a.by === person.entry && !person.anonymised && grantsValid
        ? allowed({
            ...model,
            consents: [
              ...model.consents,
              { person: a.person, grants: a.grants, inTerm: a.inTerm, withdrawn: false },
            ],
          })
        : refused;
    }
    case 'withdraw': {
      const consent = model.consents[a.consent]!;
      return a.by === model.persons[consent.person]!.entry && !consent.withdrawn
        ? allowed({
            ...model,
            consents: model.consents.map((c, i) => (i === a.consent ? { ...c, withdrawn: true } : c)),
          })
        : refused;
    }
    case 'issue': {
      const person = model.persons[a.person]!;
      return a.by === person.entry &&
        !person.anonymised &&
        a.operator !== person.entry &&
        serviceMembers[person.service].includes(a.operator)
        ? allowed({
            ...model,
            referrals: [
              ...model.referrals,
              { person: a.person, operator: a.operator, redeemed: false, state: 'issued' },
            ],
          })
        : refused;
    }
    case 'redeem': {
      const referral = model.referrals[a.referral]!;
      if (!a.rightCode || a.by !== referral.operator || referral.redeemed || referral.state !== 'issued')
        return refused;
      // The code opens the case only while a consent lets the operator see something of the person.
      const next = withReferral(a.referral, { redeemed: true });
      return visibleCategories(next, a.by, referral.person).size > 0 ? allowed(next) : refused;
    }
    case 'step': {
      const referral = model.referrals[a.referral]!;
      const { from, to } = stepFrom[a.step];
      return a.by === referral.operator &&
        referral.redeemed &&
        referral.state === from &&
        visibleCategories(model, a.by, referral.person).size > 0
        ? allowed(withReferral(a.referral, { state: to }))
        : refused;
    }
    case 'revoke': {
      const referral = model.referrals[a.referral]!;
      return a.by === model.persons[referral.person]!.entry && openStates.includes(referral.state)
        ? allowed(withReferral(a.referral, { state: 'revoked' }))
        : refused;
    }
    case 'anonymise': {
      const person = model.persons[a.person]!;
      return a.by === person.entry && !person.anonymised
        ? allowed({
            ...model,
            persons: model.persons.map((p, i) => (i === a.person ? { ...p, anonymised: true } : p)),
          })
        : refused;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Random actions
// ---------------------------------------------------------------------------------------------

const inst = fc.constantFrom(...institutionKeys);
/** Mostly the institution the action belongs to, so sequences get far; sometimes anyone. */
const by: fc.Arbitrary<By> = fc.oneof(
  { weight: 5, arbitrary: fc.constant('rightful' as const) },
  { weight: 1, arbitrary: inst },
);
const index = fc.nat({ max: 7 });
/** Mostly a partner of the person's service (a grant or referral that can hold), sometimes anyone. */
const target: fc.Arbitrary<Target> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ partner: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: inst },
);
const grants = fc.array(
  fc.record({ inst: target, categories: fc.subarray([...dataCategories], { minLength: 1 }) }),
  { minLength: 1, maxLength: 3 },
);
const register = fc.record({
  kind: fc.constant('register' as const),
  by: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<Inst>('ops', 'pup') }, { weight: 1, arbitrary: inst }),
  service: fc.constantFrom<ServiceKey>('A', 'B'),
});
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 1, arbitrary: register },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('consent' as const),
      by,
      person: index,
      grants,
      inTerm: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), by, consent: index }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('issue' as const), by, person: index, operator: target }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('redeem' as const),
      by,
      referral: index,
      rightCode: fc.oneof(
        { weight: 3, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('step' as const),
      by,
      referral: index,
      step: fc.constantFrom<Step>('accept', 'reject', 'start', 'complete'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revoke' as const), by, referral: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anonymise' as const), by, person: index }) },
);

// ---------------------------------------------------------------------------------------------
// The real system
// ---------------------------------------------------------------------------------------------

let t: TestApp;
const ids = {} as Record<Inst, string>;
const services = {} as Record<ServiceKey, { id: string; scopeItemId: string }>;
/** A coordinator of each institution, who reads and acts. */
const users = {} as Record<Inst, Agent>;
/**
 * A second user of each institution for code attempts the model expects to fail: failed attempts
 * lock a user out for a while, and the acting users must never be locked out by the sequence.
 */
const guessers = {} as Record<Inst, Agent>;

/** The run's records as the server named them, index for index with the model's. */
interface Real {
  persons: string[];
  consents: { id: string; person: string }[];
  referrals: { id: string; code: string }[];
}

let registered = 0;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const referralVersion = async (id: string) =>
  (await t.database.db.select({ version: referrals.version }).from(referrals).where(eq(referrals.id, id)))[0]!
    .version;

/** Sends the action as the user the model says does it; answers the HTTP status. */
async function perform(a: Resolved, expected: boolean, real: Real, model: Model): Promise<number> {
  const user = users[a.by];
  switch (a.kind) {
    case 'register': {
      registered += 1;
      const response = await user.post('/api/beneficiaries', {
        partnershipId: services[a.service].id,
        firstName: 'Ewa',
        lastName: `Właściwość-${registered}`,
        noPeselReason: 'notProvided',
        birthDate: `19${50 + (registered % 40)}-0${1 + (registered % 9)}-1${registered % 10}`,
        sex: 'female',
        territoryCode: '0605053',
        targetGroups: ['longTermUnemployed'],
      });
      if (response.statusCode === 201) real.persons.push(response.json<{ id: string }>().id);
      return response.statusCode;
    }
    case 'consent': {
      const response = await user.post(`/api/beneficiaries/${real.persons[a.person]}/consents`, {
        purpose: 'Wspólna diagnoza i usługi partnerów',
        givenOn: a.inTerm ? '2025-01-10' : '2024-01-10',
        validUntil: a.inTerm ? null : '2024-06-30',
        form: 'inPerson',
        grants: a.grants.map((g) => ({ institutionId: ids[g.inst], categories: g.categories })),
      });
      if (response.statusCode === 201)
        real.consents.push({ id: response.json<{ id: string }>().id, person: real.persons[a.person]! });
      return response.statusCode;
    }
    case 'withdraw': {
      const consent = real.consents[a.consent]!;
      const url = `/api/beneficiaries/${consent.person}/consents/${consent.id}`;
      const [row] = await t.database.db
        .select({ version: personConsents.version })
        .from(personConsents)
        .where(eq(personConsents.id, consent.id));
      return (await user.post(`${url}/withdraw`, { version: row!.version })).statusCode;
    }
    case 'issue': {
      const person = model.persons[a.person]!;
      const response = await user.post(`/api/beneficiaries/${real.persons[a.person]}/referrals`, {
        operatorInstitutionId: ids[a.operator],
        scopeItemIds: [services[person.service].scopeItemId],
        brief: 'Osoba potrzebuje wsparcia w powrocie na rynek pracy.',
        useBy: inDays(14),
      });
      if (response.statusCode === 201) {
        const issued = response.json<{ referral: { id: string }; code: string }>();
        real.referrals.push({ id: issued.referral.id, code: issued.code });
      }
      return response.statusCode;
    }
    case 'redeem': {
      const code = a.rightCode ? real.referrals[a.referral]!.code : 'CCCCC-CCCC3';
      // An attempt the model expects to fail goes through the institution's second user.
      const redeemer = expected ? user : guessers[a.by];
      return (await redeemer.post('/api/referrals/redeem', { code })).statusCode;
    }
    case 'step': {
      const { id } = real.referrals[a.referral]!;
      const reason = a.step === 'reject' ? { reason: 'Brak miejsc w grupie.' } : {};
      const outcome = a.step === 'complete' ? { outcome: 'Ukończyła doradztwo.' } : {};
      return (
        await user.post(`/api/referrals/${id}/${a.step}`, {
          version: await referralVersion(id),
          ...reason,
          ...outcome,
        })
      ).statusCode;
    }
    case 'revoke': {
      const { id } = real.referrals[a.referral]!;
      return (
        await user.post(`/api/referrals/${id}/revoke`, {
          version: await referralVersion(id),
          reason: 'Osoba zrezygnowała.',
        })
      ).statusCode;
    }
    case 'anonymise': {
      const url = `/api/beneficiaries/${real.persons[a.person]}`;
      const current = await users[model.persons[a.person]!.entry].get(url);
      return (
        await user.post(`${url}/anonymise`, {
          version: current.json<{ version: number }>().version,
          reason: 'Żądanie osoby',
        })
      ).statusCode;
    }
  }
}

/**
 * How often the sequences reached the states the property is about, over all runs: were they
 * never reached, the property would hold vacuously, so the test requires each at least once.
 */
const reached = { operatorSees: 0, partnerSees: 0, redeemed: 0, refusedByConsent: 0, cutOff: 0 };

/** How many (institution, person) pairs the model lets read anything. */
const readers = (m: Model) =>
  m.persons.flatMap((_, p) => institutionKeys.filter((i) => visibleCategories(m, i, p).size > 0)).length;

/** Every institution's reads of every person of the run against the model; lists the mismatches. */
async function mismatches(model: Model, real: Real): Promise<string[]> {
  const checks = real.persons.flatMap((personId, p) =>
    institutionKeys.flatMap((who) => {
      const categories = visibleCategories(model, who, p);
      if (categories.size > 0 && who !== model.persons[p]!.entry)
        reached[entryTypes.includes(who) ? 'partnerSees' : 'operatorSees'] += 1;
      return Object.entries(reads).map(async ([name, read]) => {
        const status = (await users[who].get(`/api/beneficiaries/${personId}${read.path}`)).statusCode;
        const expected = read.opens(categories) ? 200 : 404;
        return status === expected
          ? []
          : [`${who} reading ${name} of person ${p}: ${status}, the model says ${expected}`];
      });
    }),
  );
  return (await Promise.all(checks)).flat();
}

beforeAll(async () => {
  t = await createTestApp();
  const [ops, pup, ngo1, ngo2, outsider] = await Promise.all([
    buildInstitution(t.ctx, { type: 'ops', name: 'Ośrodek Pomocy Społecznej (własność)' }),
    buildInstitution(t.ctx, { type: 'pup', name: 'Powiatowy Urząd Pracy (własność)' }),
    buildInstitution(t.ctx, { type: 'ngo', name: 'Stowarzyszenie Pierwsze (własność)' }),
    buildInstitution(t.ctx, { type: 'ngo', name: 'Stowarzyszenie Drugie (własność)' }),
    buildInstitution(t.ctx, { type: 'ngo', name: 'Fundacja Obca (własność)' }),
  ]);
  Object.assign(ids, { ops: ops.id, pup: pup.id, ngo1: ngo1.id, ngo2: ngo2.id, outsider: outsider.id });
  const roles: Record<ServiceKey, Partial<Record<Inst, PartnershipRole>>> = {
    A: { ops: 'leader', ngo1: 'coordinator', pup: 'implementer', ngo2: 'member' },
    B: { pup: 'leader', ops: 'implementer', ngo2: 'coordinator' },
  };
  for (const key of ['A', 'B'] as const) {
    const partnership = await createPartnership(t.ctx, {
      name: `Usługa ${key} (test własności dostępu)`,
      kind: 'integrationPartnership',
      area: ['0605053'],
      members: serviceMembers[key].map((m) => ({ institutionId: ids[m], role: roles[key][m]! })),
    });
    const operators = partnership.members.filter(
      (m) => m.institutionId === ids.ngo1 || m.institutionId === ids.ngo2,
    );
    const scopeItem = await createScopeItem(t.ctx, partnership.row.id, {
      instrument: 'vocationalCounselling',
      description: 'Doradztwo zawodowe',
      providerMemberIds: operators.map((m) => m.id),
    });
    services[key] = { id: partnership.row.id, scopeItemId: scopeItem.id };
  }
  for (const key of institutionKeys) {
    const [actor, guesser] = await Promise.all([
      buildMember(t.ctx, ids[key], 'coordinator'),
      buildMember(t.ctx, ids[key], 'caseWorker'),
    ]);
    users[key] = await t.agent().signIn(actor.email, DEFAULT_PASSWORD);
    guessers[key] = await t.agent().signIn(guesser.email, DEFAULT_PASSWORD);
  }
}, 120_000);
afterAll(() => t?.close());

/** A rightful step on the n-th record, the way the generator writes it. */
const rightful = 'rightful' as const;

/**
 * Runs before the random sequences (fast-check's `examples`), so every run of the file passes
 * through the states the property is about: a code refused for want of a consent naming the
 * operator, a code that opens the case, the operator acting on it, a withdrawal that cuts it off.
 */
const walkthrough: [Action, Action[]] = [
  { kind: 'register', by: 'ops', service: 'A' },
  [
    // The OPS's partners in service A are, in order, the PUP, the first NGO and the second NGO.
    {
      kind: 'consent',
      by: rightful,
      person: 0,
      grants: [
        { inst: { partner: 0 }, categories: ['identification', 'diagnosis'] },
        { inst: { partner: 1 }, categories: ['identification', 'serviceDelivery'] },
      ],
      inTerm: true,
    },
    { kind: 'issue', by: rightful, person: 0, operator: { partner: 2 } },
    { kind: 'redeem', by: rightful, referral: 0, rightCode: true },
    { kind: 'issue', by: rightful, person: 0, operator: { partner: 1 } },
    { kind: 'redeem', by: 'ngo2', referral: 1, rightCode: true },
    { kind: 'redeem', by: rightful, referral: 1, rightCode: false },
    { kind: 'redeem', by: rightful, referral: 1, rightCode: true },
    { kind: 'step', by: rightful, referral: 1, step: 'accept' },
    { kind: 'step', by: 'pup', referral: 1, step: 'start' },
    { kind: 'withdraw', by: rightful, consent: 0 },
  ],
];

describe('who reads a person, under random sequences of actions', () => {
  it('each institution reads a person exactly when the registration, a covering consent and (for an operator) a redeemed open referral say so', async () => {
    const sequences = fc.tuple(register, fc.array(action, { minLength: 2, maxLength: 6, size: 'max' }));
    await fc.assert(
      fc.asyncProperty(sequences, async ([first, rest]) => {
        const actions: Action[] = [first, ...rest];
        let model = emptyModel();
        const real: Real = { persons: [], consents: [], referrals: [] };
        for (const [n, raw] of actions.entries()) {
          const a = resolve(model, raw);
          if (!a) continue;
          const { allowed, next } = apply(model, a);
          const status = await perform(a, allowed, real, model);
          const step = `step ${n} ${JSON.stringify(a)}`;
          expect(status, `${step} failed on the server`).toBeLessThan(500);
          expect(
            status < 300,
            `${step} answered ${status}, the model ${allowed ? 'allows' : 'refuses'} it`,
          ).toBe(allowed);
          if (a.kind === 'redeem' && allowed) reached.redeemed += 1;
          if (a.kind === 'redeem' && a.rightCode && !allowed && status === 409) reached.refusedByConsent += 1;
          if (readers(next) < readers(model)) reached.cutOff += 1;
          model = next;
          expect(await mismatches(model, real), `after ${step}`).toEqual([]);
        }
      }),
      { numRuns: 30, examples: [[walkthrough]] },
    );
    for (const [state, count] of Object.entries(reached))
      expect(count, `no sequence reached ${state}`).toBeGreaterThan(0);
  }, 600_000);
});
