import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';

export type FieldKind = 'text' | 'area' | 'number' | 'date' | 'select' | 'multi';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: FieldKind;
  required?: boolean;
  hint?: string;
  data?: { value: string; label: string }[];
  /** Spans both columns of the grid. */
  wide?: boolean;
}

export type FormValues = Record<string, string | string[]>;

/** What the form sends: numbers as numbers, empty optional fields as null, lists and ticks as they are. */
export function bodyOf(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = values[f.name];
      if (f.kind === 'number') {
        // A decimal comma is how Poles write fractions; text that is no number goes as is, for the server to name.
        const n = Number(String(v ?? '').replace(',', '.'));
        return [f.name, v === '' || v === undefined ? null : Number.isNaN(n) ? v : n];
      }
      if (f.kind === 'date' || f.kind === 'select') return [f.name, v === '' ? null : v];
      return [f.name, v];
    }),
  );
}

/**
 * A labelled form for one record of the plan: labels above the fields, hints, an error summary
 * at the top linking to each field and the message at the field (GOV.UK pattern).
 */
export function RecordForm({
  idPrefix,
  title,
  fields,
  initial,
  error,
  pending,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  fields: FieldSpec[];
  initial: FormValues;
  error: unknown;
  pending: boolean;
  onSubmit: (values: FormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('partnershipPlan');
  const [values, setValues] = useState<FormValues>(initial);
  const set = (name: string, value: FormValues[string]) => setValues((v) => ({ ...v, [name]: value }));
  const idOf = (name: string) => `${idPrefix}-${name}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <ErrorSummary
          error={error}
          fieldIds={Object.fromEntries(fields.map((f) => [f.name, idOf(f.name)]))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fields.map((f) => (
            <FieldInput
              key={f.name}
              spec={f}
              id={idOf(f.name)}
              value={values[f.name]}
              error={fieldError(error, f.name)}
              onChange={(value) => set(f.name, value)}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={pending}>
            {t('actions.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('cancel', { ns: 'common' })}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** One labelled input of the form, by its kind; the message of a field error shows under it. */
function FieldInput({
  spec: f,
  id,
  value,
  error,
  onChange,
}: {
  spec: FieldSpec;
  id: string;
  value: FormValues[string] | undefined;
  error: string | undefined;
  onChange: (value: FormValues[string]) => void;
}) {
  const { t } = useTranslation('partnershipPlan');
  const common = {
    id,
    label: f.label,
    description: f.hint,
    withAsterisk: f.required,
    error,
    style: f.wide || f.kind === 'area' ? { gridColumn: '1 / -1' } : undefined,
  };
  const text = typeof value === 'string' ? value : '';
  switch (f.kind) {
    case 'area':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={f.data ?? []}
          value={text || null}
          clearable={!f.required}
          placeholder={t('actions.choose')}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'multi':
      return (
        <MultiSelect
          {...common}
          data={f.data ?? []}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={f.kind === 'date' ? 'date' : 'text'}
          inputMode={f.kind === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
