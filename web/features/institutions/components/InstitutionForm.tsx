import { Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allowedFactsOf,
  factsByType,
  headOfficesByType,
  type TypeSpecificField,
} from '../../../../common/contracts/institution-facts';
import type { InstitutionFormInput } from '../../../../common/contracts/institutions';
import { type InstitutionType, institutionTypes, pesLegalForms } from '../../../../common/enums';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { bodyOf, factSectionOf, type InstitutionFormValues, type TextField } from './form-values';

/**
 * The one form for adding and editing an institution: sections of related questions, the error
 * summary on top, and only the facts the chosen type carries.
 */
export function InstitutionForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  notice,
}: {
  initial: InstitutionFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: InstitutionFormInput) => void;
  onCancel: () => void;
  /** Shown above the form, e.g. the "changed by someone else" notice. */
  notice?: ReactNode;
}) {
  const { t } = useTranslation('institutions');
  const [values, setValues] = useState(initial);
  const set = <K extends keyof InstitutionFormValues>(key: K, value: InstitutionFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const facts = values.type ? allowedFactsOf(values.type) : [];
  const required = (field: TypeSpecificField) =>
    values.type ? factsByType[values.type].required.includes(field) : false;

  const text = (name: TextField, options: { hint?: boolean; required?: boolean; type?: string } = {}) => (
    <TextInput
      id={`field-${name}`}
      label={t(`fields.${name}`)}
      description={options.hint ? t(`fields.${name}Hint`) : undefined}
      withAsterisk={options.required}
      type={options.type}
      value={values[name]}
      onChange={(e) => set(name, e.currentTarget.value)}
      error={fieldError(error, name)}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(bodyOf(values));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice}
        <ErrorSummary error={error} />
        <Fieldset legend={t('sections.basic')}>
          <Stack>
            {text('name', { required: true })}
            {text('shortName')}
            <Select
              id="field-type"
              label={t('fields.type')}
              placeholder={t('form.choose')}
              withAsterisk
              searchable
              data={institutionTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
              value={values.type}
              onChange={(value) => set('type', value as InstitutionType | null)}
              error={fieldError(error, 'type')}
            />
            {text('territoryCode', { hint: true, required: true })}
          </Stack>
        </Fieldset>
        {values.type && facts.length > 0 && (
          <Fieldset legend={t(`sections.${factSectionOf(values.type)}`)} data-testid="type-facts">
            <Stack>
              {facts.includes('headOffice') && (
                <Select
                  id="field-headOffice"
                  label={t('fields.headOffice')}
                  placeholder={t('form.choose')}
                  withAsterisk
                  data={(headOfficesByType[values.type] ?? []).map((office) => ({
                    value: office,
                    label: t(`headOffices.${office}`),
                  }))}
                  value={values.headOffice}
                  onChange={(value) => set('headOffice', value as InstitutionFormValues['headOffice'])}
                  error={fieldError(error, 'headOffice')}
                />
              )}
              {facts.includes('aksesNumber') && text('aksesNumber', { required: required('aksesNumber') })}
              {facts.includes('aksesValidUntil') &&
                text('aksesValidUntil', { required: required('aksesValidUntil'), type: 'date' })}
              {facts.includes('registerEntryNumber') &&
                text('registerEntryNumber', { required: required('registerEntryNumber') })}
              {facts.includes('registerEntryDate') &&
                text('registerEntryDate', { required: required('registerEntryDate'), type: 'date' })}
              {facts.includes('pesLegalForm') && (
                <Select
                  id="field-pesLegalForm"
                  label={t('fields.pesLegalForm')}
                  placeholder={t('form.choose')}
                  withAsterisk
                  data={pesLegalForms.map((form) => ({ value: form, label: t(`legalForms.${form}`) }))}
                  value={values.pesLegalForm}
                  onChange={(value) => set('pesLegalForm', value as InstitutionFormValues['pesLegalForm'])}
                  error={fieldError(error, 'pesLegalForm')}
                />
              )}
              {facts.includes('socialEconomyStatus') && (
                <Radio.Group
                  label={t('fields.socialEconomyStatus')}
                  withAsterisk
                  value={values.socialEconomyStatus === null ? null : String(values.socialEconomyStatus)}
                  onChange={(value) => set('socialEconomyStatus', value === 'true')}
                  error={fieldError(error, 'socialEconomyStatus')}
                >
                  <Group mt="xs">
                    <Radio id="field-socialEconomyStatus" value="true" label={t('yes', { ns: 'common' })} />
                    <Radio value="false" label={t('no', { ns: 'common' })} />
                  </Group>
                </Radio.Group>
              )}
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t('sections.address')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('street')}
            {text('buildingNumber')}
            {text('postalCode', { hint: true })}
            {text('city')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('sections.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('email', { type: 'email' })}
            {text('phone', { type: 'tel' })}
            {text('website', { type: 'url' })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('sections.registers')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('nip', { hint: true })}
            {text('regon', { hint: true })}
            {text('krs', { hint: true })}
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
