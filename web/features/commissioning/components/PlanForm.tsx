import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatePlanInput, PlanView } from '../../../../common/contracts/commissioning';
import { strategicDocumentKinds } from '../../../../common/enums';
import { groszeToInput } from '../../../../common/money';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';

type PlanFields = Omit<CreatePlanInput, 'jstInstitutionId'>;
type TargetRow = {
  year: number | string;
  count: number | string;
  value: string;
  sharePercent: number | string;
};

/** A number input's value as the API takes it: a number, or nothing when left empty. */
const numberOf = (value: number | string) => (typeof value === 'number' ? value : undefined);

/**
 * The plan's form, for a new draft and for editing one: period, baseline, targets per year and
 * the strategic document. The API checks it (a budget year at least, years within the period…)
 * and its field messages show next to each field and in the summary at the top.
 */
export function PlanForm({
  initial,
  jstChoices,
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: PlanView;
  /** For a new plan: the JSTs the user may write one for. */
  jstChoices?: { id: string; name: string }[];
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (fields: PlanFields & { jstInstitutionId?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('commissioning');
  const [jstId, setJstId] = useState<string | null>(jstChoices?.length === 1 ? jstChoices[0]!.id : null);
  const [text, setText] = useState({
    title: initial?.title ?? '',
    startsOn: initial?.startsOn ?? '',
    endsOn: initial?.endsOn ?? '',
    baselinePesValue: initial ? groszeToInput(initial.baselinePesValue) : '',
    baselineTotalValue: initial ? groszeToInput(initial.baselineTotalValue) : '',
    strategicDocumentName: initial?.strategicDocumentName ?? '',
    strategicDocumentNumber: initial?.strategicDocumentNumber ?? '',
  });
  const [numbers, setNumbers] = useState<
    Record<'baseYear' | 'baselinePesCount' | 'baselineTotalCount', number | string>
  >({
    baseYear: initial?.baseYear ?? '',
    baselinePesCount: initial?.baselinePesCount ?? '',
    baselineTotalCount: initial?.baselineTotalCount ?? '',
  });
  const [kind, setKind] = useState<string | null>(initial?.strategicDocumentKind ?? null);
  const [targets, setTargets] = useState<TargetRow[]>(
    initial?.targets.map((target) => ({ ...target, value: groszeToInput(target.value) })) ?? [],
  );

  const textInput = (name: keyof typeof text, options: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={`field-${name}`}
      label={t(`fields.${name}`)}
      type={options.type}
      withAsterisk={options.required ?? true}
      value={text[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText((current) => ({ ...current, [name]: value }));
      }}
      error={fieldError(error, name)}
    />
  );
  const numberInput = (name: keyof typeof numbers) => (
    <NumberInput
      id={`field-${name}`}
      label={t(`fields.${name}`)}
      withAsterisk
      allowDecimal={false}
      value={numbers[name]}
      onChange={(value) => setNumbers((current) => ({ ...current, [name]: value }))}
      error={fieldError(error, name)}
    />
  );
  const setTarget = (index: number, patch: Partial<TargetRow>) =>
    setTargets((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Fields left empty are sent without a value, so the API names them as required.
    onSubmit({
      ...(jstChoices && jstId && { jstInstitutionId: jstId }),
      ...text,
      baseYear: numberOf(numbers.baseYear),
      baselinePesCount: numberOf(numbers.baselinePesCount),
      baselineTotalCount: numberOf(numbers.baselineTotalCount),
      ...(kind && { strategicDocumentKind: kind }),
      targets: targets.map((row) => ({
        year: numberOf(row.year),
        count: numberOf(row.count),
        value: row.value,
        sharePercent: numberOf(row.sharePercent),
      })),
    } as PlanFields);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary error={error} />
        {jstChoices && (
          <Select
            id="field-jstInstitutionId"
            label={t('fields.jst')}
            withAsterisk
            data={jstChoices.map((jst) => ({ value: jst.id, label: jst.name }))}
            value={jstId}
            onChange={setJstId}
            error={fieldError(error, 'jstInstitutionId')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {textInput('title')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {textInput('startsOn', { type: 'date' })}
          {textInput('endsOn', { type: 'date' })}
        </SimpleGrid>
        <Fieldset legend={t('sections.baseline')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {numberInput('baseYear')}
            <span />
            {numberInput('baselinePesCount')}
            {textInput('baselinePesValue')}
            {numberInput('baselineTotalCount')}
            {textInput('baselineTotalValue')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('sections.targets')}>
          <Stack>
            {targets.length === 0 && <Text size="sm">{t('noTargets')}</Text>}
            {targets.map((row, index) => (
              // Rows have no id of their own until saved; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={index} align="flex-end" wrap="wrap">
                <NumberInput
                  id={`field-targets.${index}.year`}
                  label={t('fields.year')}
                  w={100}
                  value={row.year}
                  onChange={(year) => setTarget(index, { year })}
                  error={fieldError(error, `targets.${index}.year`)}
                />
                <NumberInput
                  id={`field-targets.${index}.count`}
                  label={t('fields.count')}
                  w={130}
                  allowDecimal={false}
                  value={row.count}
                  onChange={(count) => setTarget(index, { count })}
                  error={fieldError(error, `targets.${index}.count`)}
                />
                <TextInput
                  id={`field-targets.${index}.value`}
                  label={t('fields.value')}
                  w={160}
                  value={row.value}
                  onChange={(e) => setTarget(index, { value: e.currentTarget.value })}
                  error={fieldError(error, `targets.${index}.value`)}
                />
                <NumberInput
                  id={`field-targets.${index}.sharePercent`}
                  label={t('fields.sharePercent')}
                  w={130}
                  value={row.sharePercent}
                  onChange={(sharePercent) => setTarget(index, { sharePercent })}
                  error={fieldError(error, `targets.${index}.sharePercent`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`${t('actions.removeTarget')} ${index + 1}`}
                  onClick={() => setTargets((rows) => rows.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setTargets((rows) => [...rows, { year: '', count: '', value: '', sharePercent: '' }])
                }
              >
                {t('actions.addTarget')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('sections.document')}>
          <Stack>
            <Select
              id="field-strategicDocumentKind"
              label={t('fields.strategicDocumentKind')}
              withAsterisk
              data={strategicDocumentKinds.map((k) => ({ value: k, label: t(`documentKinds.${k}`) }))}
              value={kind}
              onChange={setKind}
              error={fieldError(error, 'strategicDocumentKind')}
              comboboxProps={{ withinPortal: true }}
            />
            {textInput('strategicDocumentName')}
            {textInput('strategicDocumentNumber', { required: false })}
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
