import { Checkbox, Paper, Select, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  noPeselReasons,
  type PersonView,
  type RegisterPersonInput,
  sexes,
  targetGroups,
} from '../../../../common/contracts/beneficiaries';
import { fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';

/** The person's fields as the form holds them: texts as typed, blanks for what is not given. */
export const emptyPerson = {
  firstName: '',
  lastName: '',
  pesel: '',
  noPeselReason: null as RegisterPersonInput['noPeselReason'],
  noPeselNote: '',
  birthDate: '',
  sex: null as RegisterPersonInput['sex'],
  phone: '',
  email: '',
  street: '',
  postalCode: '',
  locality: '',
  territoryCode: null as string | null,
  targetGroups: [] as string[],
};
export type PersonValues = typeof emptyPerson;

/** The form's values of a person as the entry institution sees them. */
export const personValuesOf = (view: PersonView): PersonValues => ({
  firstName: view.identification?.firstName ?? '',
  lastName: view.identification?.lastName ?? '',
  pesel: view.identification?.pesel ?? '',
  noPeselReason: view.identification?.noPeselReason ?? null,
  noPeselNote: view.identification?.noPeselNote ?? '',
  // With a PESEL the birth date and sex are read from it: left blank, they cannot disagree.
  birthDate: view.identification?.pesel ? '' : (view.identification?.birthDate ?? ''),
  sex: view.identification?.pesel ? null : (view.identification?.sex ?? null),
  phone: view.contact?.phone ?? '',
  email: view.contact?.email ?? '',
  street: view.contact?.street ?? '',
  postalCode: view.contact?.postalCode ?? '',
  locality: view.contact?.locality ?? '',
  territoryCode: view.contact?.territory.code ?? null,
  targetGroups: view.socialSituation?.targetGroups ?? [],
});

/** What the API takes from the form's values. */
export const personBodyOf = (values: PersonValues) => ({
  ...values,
  territoryCode: values.territoryCode ?? '',
  targetGroups: values.targetGroups as RegisterPersonInput['targetGroups'],
});

type TextField =
  | 'firstName'
  | 'lastName'
  | 'pesel'
  | 'birthDate'
  | 'phone'
  | 'email'
  | 'street'
  | 'postalCode'
  | 'locality';

/**
 * The person's identity (a PESEL, cross-checked by the server, or the reason it is missing and
 * the birth date), contact, address and target groups: one set of fields for intake and editing.
 */
export function PersonFields({
  values,
  onChange,
  error,
}: {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  error: unknown;
}) {
  const { t } = useTranslation('beneficiaries');
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (key: TextField, extra: { required?: boolean; type?: string; description?: string } = {}) => (
    <TextInput
      id={`field-${key}`}
      label={t(`fields.${key}`)}
      withAsterisk={extra.required}
      type={extra.type}
      description={extra.description}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(error, key)}
    />
  );
  return (
    <>
      <Paper withBorder p="md" component="fieldset">
        <Title order={2} size="h5" component="legend">
          {t('intake.identity')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {text('firstName', { required: true })}
          {text('lastName', { required: true })}
          {text('pesel', { description: t('fields.peselHint') })}
          <Select
            id="field-noPeselReason"
            label={t('fields.noPeselReason')}
            clearable
            data={noPeselReasons.map((r) => ({ value: r, label: t(`noPeselReasons.${r}`) }))}
            value={values.noPeselReason ?? null}
            onChange={(v) => set('noPeselReason', v as PersonValues['noPeselReason'])}
            error={fieldError(error, 'noPeselReason')}
          />
          {text('birthDate', { type: 'date' })}
          <Select
            id="field-sex"
            label={t('fields.sex')}
            clearable
            data={sexes.map((s) => ({ value: s, label: t(`sexes.${s}`) }))}
            value={values.sex ?? null}
            onChange={(v) => set('sex', v as PersonValues['sex'])}
            error={fieldError(error, 'sex')}
          />
        </SimpleGrid>
        {values.noPeselReason && (
          <Textarea
            mt="sm"
            id="field-noPeselNote"
            label={t('fields.noPeselNote')}
            value={values.noPeselNote}
            onChange={(e) => set('noPeselNote', e.currentTarget.value)}
            error={fieldError(error, 'noPeselNote')}
          />
        )}
      </Paper>
      <Paper withBorder p="md" component="fieldset">
        <Title order={2} size="h5" component="legend">
          {t('intake.contact')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {text('phone', { type: 'tel' })}
          {text('email', { type: 'email' })}
          {text('street')}
          {text('postalCode')}
          {text('locality')}
          <TerritoryPicker
            id="field-territoryCode"
            label={t('fields.territoryCode')}
            levels={['gmina', 'gminaPart']}
            required
            value={values.territoryCode}
            onChange={(code) => set('territoryCode', code)}
            error={fieldError(error, 'territoryCode')}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Checkbox.Group
          id="field-targetGroups"
          label={t('intake.situation')}
          value={values.targetGroups}
          onChange={(groups) => set('targetGroups', groups)}
          error={fieldError(error, 'targetGroups')}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
            {targetGroups.map((g) => (
              <Checkbox key={g} value={g} label={t(`targetGroups.${g}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Paper>
    </>
  );
}
