import { Button, Fieldset, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useActiveQualifications } from '../api/list-qualifications';
import { useServiceAreas } from '../api/list-service-areas';
import { bodyOf, listFieldError, listFieldIds, type ServiceTypeFormValues } from './form-values';

type TextField = 'name' | 'description' | 'recipients' | 'deliveryUnit';
type ListField = 'legalBasis' | 'organisationalResources' | 'technicalResources';

/**
 * The one form for adding and editing a service type's standard card: the service, its standard,
 * and what a provider needs; the error summary on top links to each field.
 */
export function ServiceTypeForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  notice,
  retiredQualifications = [],
}: {
  initial: ServiceTypeFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ReturnType<typeof bodyOf>) => void;
  onCancel: () => void;
  notice?: ReactNode;
  /** Retired qualifications already on the card: they may stay, so they stay choosable. */
  retiredQualifications?: { value: string; label: string }[];
}) {
  const { t } = useTranslation('socialServices');
  const [values, setValues] = useState(initial);
  const areas = useServiceAreas();
  const qualifications = useActiveQualifications();
  const set = <K extends keyof ServiceTypeFormValues>(key: K, value: ServiceTypeFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const text = (name: TextField, options: { hint?: boolean; long?: boolean } = {}) => {
    const Input = options.long ? Textarea : TextInput;
    return (
      <Input
        id={`field-${name}`}
        label={t(`fields.${name}`)}
        description={options.hint ? t(`fields.${name}Hint`) : undefined}
        withAsterisk
        autosize={options.long || undefined}
        minRows={options.long ? 3 : undefined}
        value={values[name]}
        onChange={(e) => set(name, e.currentTarget.value)}
        error={fieldError(error, name)}
      />
    );
  };

  const lines = (name: ListField, required = false) => (
    <Textarea
      id={`field-${name}`}
      label={t(`fields.${name}`)}
      description={t('fields.linesHint')}
      withAsterisk={required}
      autosize
      minRows={3}
      value={values[name]}
      onChange={(e) => set(name, e.currentTarget.value)}
      error={listFieldError(error, name)}
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
        <ErrorSummary error={error} fieldIds={listFieldIds(error)} />
        <Fieldset legend={t('form.sections.basic')}>
          <Stack>
            <Select
              id="field-areaId"
              label={t('fields.area')}
              placeholder={t('form.choose')}
              withAsterisk
              data={(areas.data?.items ?? []).map((area) => ({ value: area.id, label: area.name }))}
              value={values.areaId}
              onChange={(value) => set('areaId', value)}
              error={fieldError(error, 'areaId')}
            />
            {text('name')}
            {text('description', { long: true })}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.standard')}>
          <Stack>
            {text('recipients', { long: true })}
            {text('deliveryUnit', { hint: true })}
            {lines('legalBasis', true)}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.provider')}>
          <Stack>
            <MultiSelect
              id="field-qualificationIds"
              label={t('fields.qualifications')}
              placeholder={values.qualificationIds.length ? undefined : t('form.choose')}
              searchable
              clearable
              data={[
                ...(qualifications.data?.items ?? []).map((q) => ({ value: q.id, label: q.name })),
                ...retiredQualifications,
              ]}
              value={values.qualificationIds}
              onChange={(ids) => set('qualificationIds', ids)}
              error={listFieldError(error, 'qualificationIds')}
              comboboxProps={{ withinPortal: true }}
            />
            {lines('organisationalResources')}
            {lines('technicalResources')}
          </Stack>
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
