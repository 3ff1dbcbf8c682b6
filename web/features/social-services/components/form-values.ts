import type { CreateServiceTypeInput, ServiceTypeView } from '../../../../common/contracts/social-services';
import type { ApiFieldError } from '../../../lib/api';

/** The card's lists are typed one entry per line; blank lines are no entries. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const listFields = [
  'legalBasis',
  'organisationalResources',
  'technicalResources',
  'qualificationIds',
] as const;

export interface ServiceTypeFormValues {
  areaId: string | null;
  name: string;
  description: string;
  recipients: string;
  deliveryUnit: string;
  legalBasis: string;
  organisationalResources: string;
  technicalResources: string;
  qualificationIds: string[];
}

export const emptyServiceTypeForm: ServiceTypeFormValues = {
  areaId: null,
  name: '',
  description: '',
  recipients: '',
  deliveryUnit: '',
  legalBasis: '',
  organisationalResources: '',
  technicalResources: '',
  qualificationIds: [],
};

export const formValuesOf = (card: ServiceTypeView): ServiceTypeFormValues => ({
  areaId: card.area.id,
  name: card.name,
  description: card.description,
  recipients: card.recipients,
  deliveryUnit: card.deliveryUnit,
  legalBasis: card.legalBasis.join('\n'),
  organisationalResources: card.organisationalResources.join('\n'),
  technicalResources: card.technicalResources.join('\n'),
  qualificationIds: card.qualifications.map((q) => q.id),
});

/** The body the API takes; an area not chosen is left out, so the API names it as required. */
export const bodyOf = (
  values: ServiceTypeFormValues,
): Omit<CreateServiceTypeInput, 'areaId'> & { areaId?: string } => ({
  ...(values.areaId && { areaId: values.areaId }),
  name: values.name,
  description: values.description,
  recipients: values.recipients,
  deliveryUnit: values.deliveryUnit,
  legalBasis: linesOf(values.legalBasis),
  organisationalResources: linesOf(values.organisationalResources),
  technicalResources: linesOf(values.technicalResources),
  qualificationIds: values.qualificationIds,
});

/** The field errors an API error carries (`ApiError.fields`); none for any other error. */
const fieldErrorsOf = (error: unknown): ApiFieldError[] => {
  const fields = (error as { fields?: unknown } | null | undefined)?.fields;
  return Array.isArray(fields) ? (fields as ApiFieldError[]) : [];
};

/** A list's message: the API names the list itself ("required") or one entry of it ("legalBasis.2"). */
export const listFieldError = (error: unknown, field: string): string | undefined =>
  fieldErrorsOf(error).find((f) => f.field === field || f.field.startsWith(`${field}.`))?.message;

/** Links of the error summary: an entry of a list points at the list's one input. */
export function listFieldIds(error: unknown): Record<string, string> {
  return Object.fromEntries(
    fieldErrorsOf(error).flatMap((f) => {
      const list = listFields.find((name) => f.field.startsWith(`${name}.`));
      return list ? [[f.field, `field-${list}`]] : [];
    }),
  );
}
