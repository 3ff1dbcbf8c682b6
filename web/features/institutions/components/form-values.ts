import { allowedFactsOf, typeSpecificFields } from '../../../../common/contracts/institution-facts';
import type { InstitutionFormInput, InstitutionView } from '../../../../common/contracts/institutions';
import type { InstitutionType, JstHeadOffice, PesLegalForm } from '../../../../common/enums';

/** What the form's inputs hold: text as typed; choices empty until made. */
export interface InstitutionFormValues {
  name: string;
  shortName: string;
  type: InstitutionType | null;
  territoryCode: string;
  street: string;
  buildingNumber: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  website: string;
  nip: string;
  regon: string;
  krs: string;
  headOffice: JstHeadOffice | null;
  aksesNumber: string;
  aksesValidUntil: string;
  registerEntryNumber: string;
  registerEntryDate: string;
  pesLegalForm: PesLegalForm | null;
  socialEconomyStatus: boolean | null;
}

export type TextField = {
  [K in keyof InstitutionFormValues]: InstitutionFormValues[K] extends string ? K : never;
}[keyof InstitutionFormValues];

export const emptyInstitutionForm: InstitutionFormValues = {
  name: '',
  shortName: '',
  type: null,
  territoryCode: '',
  street: '',
  buildingNumber: '',
  postalCode: '',
  city: '',
  email: '',
  phone: '',
  website: '',
  nip: '',
  regon: '',
  krs: '',
  headOffice: null,
  aksesNumber: '',
  aksesValidUntil: '',
  registerEntryNumber: '',
  registerEntryDate: '',
  pesLegalForm: null,
  socialEconomyStatus: null,
};

export function formValuesOf(card: InstitutionView): InstitutionFormValues {
  const text = (value: string | null) => value ?? '';
  return {
    name: card.name,
    shortName: text(card.shortName),
    type: card.type,
    territoryCode: card.territory.code,
    street: text(card.street),
    buildingNumber: text(card.buildingNumber),
    postalCode: text(card.postalCode),
    city: text(card.city),
    email: text(card.email),
    phone: text(card.phone),
    website: text(card.website),
    nip: text(card.nip),
    regon: text(card.regon),
    krs: text(card.krs),
    headOffice: card.headOffice,
    aksesNumber: text(card.aksesNumber),
    aksesValidUntil: text(card.aksesValidUntil),
    registerEntryNumber: text(card.registerEntryNumber),
    registerEntryDate: text(card.registerEntryDate),
    pesLegalForm: card.pesLegalForm,
    socialEconomyStatus: card.socialEconomyStatus,
  };
}

/**
 * The request body: facts the chosen type does not carry are sent empty (so a type change
 * clears them), blank text is left for the API to treat as "not given". A missing type is sent
 * as absent, so the API names the field as required.
 */
export function bodyOf(values: InstitutionFormValues): InstitutionFormInput {
  const allowed = values.type ? allowedFactsOf(values.type) : [];
  const cleared = Object.fromEntries(
    typeSpecificFields.filter((f) => !allowed.includes(f)).map((f) => [f, null]),
  );
  return { ...values, ...cleared, type: (values.type ?? undefined) as InstitutionType };
}

/** The heading of a type's own facts: a JST's head, an OWES's accreditation, a PES's form, a CIS/KIS's register entry. */
export const factSectionOf = (type: InstitutionType) =>
  type.startsWith('jst') ? 'jst' : type === 'owes' ? 'owes' : type === 'pes' ? 'pes' : 'register';
