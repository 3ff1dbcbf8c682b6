/**
 * The legal forms an initiative group may choose for its future social economy entity (PES) and
 * the least number of founders the law requires for each (seed 001, sphere 2). One table, so the
 * server's refusal, the page's founders check and the unit test read the same numbers.
 */
export const initiativeLegalForms = [
  'socialCooperative',
  'foundation',
  'association',
  'simpleAssociation',
  'nonProfitCompany',
] as const;
export type InitiativeLegalForm = (typeof initiativeLegalForms)[number];

export interface FoundingRule {
  /** Natural persons the form needs at least. */
  minimumPersons: number;
  /** Legal persons that may found it instead of natural persons, where the law allows it. */
  minimumLegalPersons: number | null;
  /** Whether the new entity is entered in the National Court Register (KRS). */
  krs: boolean;
  legalBasis: string;
}

export const foundingRules: Record<InitiativeLegalForm, FoundingRule> = {
  socialCooperative: {
    minimumPersons: 5,
    minimumLegalPersons: 2,
    krs: true,
    legalBasis: 'art. 5 ust. 1 i 2 ustawy z dnia 27 kwietnia 2006 r. o spółdzielniach socjalnych',
  },
  foundation: {
    minimumPersons: 1,
    minimumLegalPersons: 1,
    krs: true,
    legalBasis: 'art. 2 ust. 1 ustawy z dnia 6 kwietnia 1984 r. o fundacjach',
  },
  association: {
    minimumPersons: 7,
    minimumLegalPersons: null,
    krs: true,
    legalBasis: 'art. 9 ustawy z dnia 7 kwietnia 1989 r. Prawo o stowarzyszeniach',
  },
  simpleAssociation: {
    minimumPersons: 3,
    minimumLegalPersons: null,
    // Entered in the starosta's register of simple associations, not in the KRS.
    krs: false,
    legalBasis: 'art. 40 ust. 1 ustawy z dnia 7 kwietnia 1989 r. Prawo o stowarzyszeniach',
  },
  nonProfitCompany: {
    minimumPersons: 1,
    minimumLegalPersons: 1,
    krs: true,
    legalBasis:
      'art. 151 § 1 Kodeksu spółek handlowych w zw. z art. 3 ust. 3 pkt 4 ustawy o działalności pożytku publicznego i o wolontariacie',
  },
};

export interface FoundersCheck {
  persons: number;
  legalPersons: number;
  met: boolean;
}

/**
 * Whether the founders meet the form's minimum: enough natural persons, or, where the law lets
 * legal persons found it, enough of those. Natural and legal persons are not added together: a
 * social cooperative of 4 people and 1 legal person meets neither minimum.
 */
export function checkFounders(
  form: InitiativeLegalForm,
  founders: readonly { kind: 'person' | 'legalPerson' }[],
): FoundersCheck {
  const rule = foundingRules[form];
  const persons = founders.filter((f) => f.kind === 'person').length;
  const legalPersons = founders.length - persons;
  const met =
    persons >= rule.minimumPersons ||
    (rule.minimumLegalPersons !== null && legalPersons >= rule.minimumLegalPersons);
  return { persons, legalPersons, met };
}
