import {
  type ProviderReadinessView,
  type ReadinessItemView,
  readinessProcedures,
} from '../../../common/contracts/provider-readiness';
import type {
  InstitutionType,
  ReadinessState,
  ReadinessStatus,
  ReadinessVerdict,
} from '../../../common/enums';

/** The parts of a service type's standard card a provider must show it has. */
export interface CardRequirements {
  qualifications: readonly { id: string; name: string }[];
  organisationalResources: readonly string[];
  technicalResources: readonly string[];
}

/** What the registry records of a provider that its register entries are checked against. */
export interface RegistryFacts {
  type: InstitutionType;
  krs: string | null;
  registerEntryNumber: string | null;
  registerEntryDate: string | null;
}

const blank = { registry: null, met: null, evidence: null, staffCount: null, verdict: null, comment: null };

/**
 * The register entries a provider of this type must have: a CIS its entry in the voivode's
 * register (the statutory condition of seed 001's readiness procedure), a KIS the same when its
 * registry card records one, a PES or NGO its KRS entry. Each is answered from the registry card,
 * never by the provider's say-so: to meet it, the card must be corrected.
 */
function registerItems(facts: RegistryFacts): ReadinessItemView[] {
  const voivode = facts.registerEntryNumber
    ? { number: facts.registerEntryNumber, date: facts.registerEntryDate }
    : null;
  if (facts.type === 'cis' || (facts.type === 'kis' && voivode))
    return [
      {
        ...blank,
        key: 'registerEntry.voivodeRegister',
        source: 'registerEntry',
        text: null,
        registry: voivode,
        met: !!voivode,
      },
    ];
  if (facts.type === 'pes' || facts.type === 'ngo') {
    const krs = facts.krs ? { number: facts.krs, date: null } : null;
    return [
      { ...blank, key: 'registerEntry.krs', source: 'registerEntry', text: null, registry: krs, met: !!krs },
    ];
  }
  return [];
}

/**
 * The readiness checklist of one provider for one service type, generated from the card: each
 * required qualification of staff (with the number of people holding it), each minimal
 * organisational and technical resource, the written procedures, then the register entries.
 */
export const checklistFor = (card: CardRequirements, facts: RegistryFacts): ReadinessItemView[] => [
  ...card.qualifications.map((q) => ({
    ...blank,
    key: `qualification.${q.id}`,
    source: 'qualification' as const,
    text: q.name,
  })),
  ...card.organisationalResources.map((text, n) => ({
    ...blank,
    key: `organisationalResource.${n}`,
    source: 'organisationalResource' as const,
    text,
  })),
  ...card.technicalResources.map((text, n) => ({
    ...blank,
    key: `technicalResource.${n}`,
    source: 'technicalResource' as const,
    text,
  })),
  ...readinessProcedures.map((name) => ({
    ...blank,
    key: `procedure.${name}`,
    source: 'procedure' as const,
    text: null,
  })),
  ...registerItems(facts),
];

/** Register entries answered again from the registry card as it is now (it may have been corrected). */
export function withRegistryAnswers(
  items: readonly ReadinessItemView[],
  facts: RegistryFacts,
): ReadinessItemView[] {
  const fresh = new Map(registerItems(facts).map((item) => [item.key, item]));
  return items.map((item) => {
    if (item.source !== 'registerEntry') return item;
    const now = fresh.get(item.key);
    return { ...item, registry: now?.registry ?? null, met: now?.met ?? false };
  });
}

export interface ItemProblem {
  field: string;
  id: string;
}

/** The body must answer exactly the checklist's items, each once, in any order. */
function sameKeys(items: readonly ReadinessItemView[], given: readonly { key: string }[]): boolean {
  const keys = new Set(given.map((g) => g.key));
  return keys.size === given.length && keys.size === items.length && items.every((i) => keys.has(i.key));
}

/**
 * The provider's answers put on the checklist. A qualification is met only with at least one
 * person holding it; register entries keep the registry's answer whatever is sent.
 */
export function applySelfAssessment(
  items: readonly ReadinessItemView[],
  answers: readonly {
    key: string;
    met: boolean | null;
    evidence?: string | null;
    staffCount?: number | null;
  }[],
): { items: ReadinessItemView[]; problems: ItemProblem[] } {
  if (!sameKeys(items, answers))
    return { items: [...items], problems: [{ field: 'items', id: 'readiness.itemsMismatch' }] };
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const problems: ItemProblem[] = [];
  const next = items.map((item, index) => {
    const answer = byKey.get(item.key)!;
    if (item.source === 'registerEntry') return { ...item, evidence: answer.evidence ?? null };
    const staffCount = item.source === 'qualification' ? (answer.staffCount ?? null) : null;
    if (item.source === 'qualification' && answer.met === true && !staffCount)
      problems.push({ field: `items.${index}.staffCount`, id: 'readiness.staffRequired' });
    return { ...item, met: answer.met, evidence: answer.evidence ?? null, staffCount };
  });
  return { items: next, problems };
}

/** Items still unanswered: a submission must answer every one (met or not met). */
export const unansweredProblems = (items: readonly ReadinessItemView[]): ItemProblem[] =>
  items.flatMap((item, index) =>
    item.met === null ? [{ field: `items.${index}.met`, id: 'readiness.itemUnanswered' }] : [],
  );

/** A verifier's verdicts put on the checklist; every item needs one. */
export function applyVerdicts(
  items: readonly ReadinessItemView[],
  verdicts: readonly { key: string; verdict: ReadinessVerdict; comment?: string | null }[],
): { items: ReadinessItemView[]; problems: ItemProblem[] } {
  if (!sameKeys(items, verdicts))
    return { items: [...items], problems: [{ field: 'items', id: 'readiness.itemsMismatch' }] };
  const byKey = new Map(verdicts.map((v) => [v.key, v]));
  return {
    items: items.map((item) => {
      const v = byKey.get(item.key)!;
      return { ...item, verdict: v.verdict, comment: v.comment ?? null };
    }),
    problems: [],
  };
}

/** Today's date in Poland, where validity dates are legal dates. */
export const warsawToday = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now);

interface Dated {
  state: ReadinessState;
  validFrom: string | null;
  validUntil: string | null;
}

/** The status people see: a confirmation past its last valid day is expired. */
export const statusOf = (row: Dated, today: string): ReadinessStatus =>
  row.state === 'confirmed' && row.validUntil !== null && row.validUntil < today ? 'expired' : row.state;

/** A confirmation in force on `today`. */
const inForce = (row: Dated, today: string) =>
  row.state === 'confirmed' && (row.validFrom ?? today) <= today && statusOf(row, today) === 'confirmed';

const latestBy = <T>(rows: readonly T[], key: (row: T) => string | null): T | undefined =>
  [...rows].sort((a, b) => (key(b) ?? '').localeCompare(key(a) ?? ''))[0];

/**
 * Whether a provider may be commissioned the service type today, and if not, why. Every
 * assessment of the pair counts: a confirmation in force wins; otherwise the open assessment says
 * where it stands (a draft only that it is in preparation: its contents are the provider's own),
 * then a confirmation not yet in force, then one that has lapsed.
 */
export function readinessOf(
  rows: readonly (Dated & { items: readonly ReadinessItemView[] })[],
  today: string,
): ProviderReadinessView {
  const confirmed = rows.filter((r) => r.state === 'confirmed');
  const expired = latestBy(
    confirmed.filter((r) => statusOf(r, today) === 'expired'),
    (r) => r.validUntil,
  );
  const base = {
    validFrom: null,
    validUntil: null,
    expiredOn: expired?.validUntil ?? null,
    missingItems: [],
  };
  const current = latestBy(
    confirmed.filter((r) => inForce(r, today)),
    (r) => r.validUntil,
  );
  if (current)
    return {
      ...base,
      ready: true,
      reason: 'ready',
      validFrom: current.validFrom,
      validUntil: current.validUntil,
    };
  const open = rows.find((r) => r.state !== 'confirmed');
  if (open?.state === 'submitted') return { ...base, ready: false, reason: 'submitted' };
  if (open?.state === 'returned')
    return {
      ...base,
      ready: false,
      reason: 'returned',
      missingItems: open.items
        .filter((i) => i.verdict === 'notMet')
        .map(({ key, source, text }) => ({ key, source, text })),
    };
  const future = latestBy(
    confirmed.filter((r) => (r.validFrom ?? '') > today),
    (r) => r.validFrom,
  );
  if (future)
    return {
      ...base,
      ready: false,
      reason: 'notYetValid',
      validFrom: future.validFrom,
      validUntil: future.validUntil,
    };
  if (open) return { ...base, ready: false, reason: 'inPreparation' };
  if (expired) return { ...base, ready: false, reason: 'expired' };
  return { ...base, ready: false, reason: 'noAssessment' };
}
