import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';

export interface QualificationFormValues {
  name: string;
  description: string;
}

/** Adding or renaming a qualification: its name and what it means. */
export function QualificationForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  notice,
}: {
  initial: QualificationFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: QualificationFormValues) => void;
  onCancel: () => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation('socialServices');
  const [values, setValues] = useState(initial);
  const set = (key: keyof QualificationFormValues, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        {notice}
        <ErrorSummary error={error} />
        <TextInput
          id="field-name"
          label={t('fields.name')}
          withAsterisk
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={fieldError(error, 'name')}
        />
        <Textarea
          id="field-description"
          label={t('fields.qualificationDescription')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError(error, 'description')}
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
