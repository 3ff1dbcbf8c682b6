import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateServiceAreaInput } from '../../../../common/contracts/social-services';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { linesOf, listFieldError, listFieldIds } from './form-values';

export interface AreaFormValues {
  code: string;
  name: string;
  description: string;
  /** The acts, one per line. */
  legalBasis: string;
}

export const emptyAreaForm: AreaFormValues = { code: '', name: '', description: '', legalBasis: '' };

/** The body the API takes: the code only when new and given (the API makes one from the name otherwise). */
export const areaBodyOf = (values: AreaFormValues, withCode: boolean): CreateServiceAreaInput => ({
  ...(withCode && values.code.trim() && { code: values.code.trim() }),
  name: values.name,
  description: values.description,
  legalBasis: linesOf(values.legalBasis),
});

/**
 * Adding or changing an area of social services: its name, what it covers and the acts it rests
 * on. The code is the area's stable key in the HSDS taxonomy, so it is given once, when added.
 */
export function AreaForm({
  initial,
  withCode,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  notice,
}: {
  initial: AreaFormValues;
  withCode: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateServiceAreaInput) => void;
  onCancel: () => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation('socialServices');
  const [values, setValues] = useState(initial);
  const set = (key: keyof AreaFormValues, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(areaBodyOf(values, withCode));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        {notice}
        <ErrorSummary error={error} fieldIds={listFieldIds(error)} />
        <TextInput
          id="field-name"
          label={t('fields.name')}
          withAsterisk
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={fieldError(error, 'name')}
        />
        {withCode && (
          <TextInput
            id="field-code"
            label={t('fields.code')}
            description={t('fields.codeHint')}
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={fieldError(error, 'code')}
          />
        )}
        <Textarea
          id="field-description"
          label={t('areaForm.description')}
          withAsterisk
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError(error, 'description')}
        />
        <Textarea
          id="field-legalBasis"
          label={t('fields.legalBasis')}
          description={t('fields.linesHint')}
          withAsterisk
          autosize
          minRows={3}
          value={values.legalBasis}
          onChange={(e) => set('legalBasis', e.currentTarget.value)}
          error={listFieldError(error, 'legalBasis')}
        />
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
