import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateProgrammeInput,
  ProgrammeListResponse,
  ProgrammeView,
} from '../../../../common/contracts/preparation-programmes';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { formatDate } from '../../../lib/format';
import { useOpenNeeds, useQualificationOptions } from '../api/programmes';

interface ModuleDraft {
  id?: string;
  title: string;
  plannedHours: number | string;
}

export type ProgrammeFormValues = Omit<CreateProgrammeInput, 'institutionId'> & { institutionId?: string };

/**
 * The programme's form, for starting one and for changing it: what it prepares for
 * (qualifications and the declared needs it targets), when, how many places, where, and its
 * modules. The institution is chosen only when starting (`runFor`): the kind follows it.
 */
export function ProgrammeForm({
  initial,
  runFor,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: ProgrammeView;
  runFor?: ProgrammeListResponse['runFor'];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ProgrammeFormValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('preparationProgrammes');
  const qualifications = useQualificationOptions();
  const needs = useOpenNeeds();
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [qualificationIds, setQualificationIds] = useState<string[]>(
    initial?.qualifications.map((q) => q.id) ?? [],
  );
  const [staffingNeedIds, setStaffingNeedIds] = useState<string[]>(
    initial?.staffingNeeds.map((n) => n.id) ?? [],
  );
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initial?.endsOn ?? '');
  const [places, setPlaces] = useState<number | string>(initial?.places ?? 10);
  const [territoryCode, setTerritoryCode] = useState<string | null>(initial?.territory.code ?? null);
  const [modules, setModules] = useState<ModuleDraft[]>(
    initial?.modules ?? [{ title: '', plannedHours: 20 }],
  );
  const chosenInstitution = institutionId ?? runFor?.[0]?.id ?? null;
  // Needs the programme already targets stay choosable even once filled; new ones must be open.
  const kept = (initial?.staffingNeeds ?? []).map((n) => ({
    value: n.id,
    label: `${n.institution.name}: ${n.position} (${n.qualification.name}, ${n.filled}/${n.headcount})`,
    qualificationId: n.qualification.id,
  }));
  const open = (needs.data?.items ?? [])
    .filter((n) => !kept.some((k) => k.value === n.id))
    .map((n) => ({
      value: n.id,
      label: `${n.institution.name}: ${n.position} (${n.qualification.name}, ${n.headcount}, ${t('from')} ${formatDate(n.neededFrom)}, ${n.territory.name})`,
      qualificationId: n.qualification.id,
    }));
  const needOptions = [...kept, ...open]
    .filter((n) => qualificationIds.includes(n.qualificationId))
    .map(({ value, label }) => ({ value, label }));
  const setModule = (n: number, patch: Partial<ModuleDraft>) =>
    setModules((all) => all.map((m, i) => (i === n ? { ...m, ...patch } : m)));
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        await onSubmit({
          ...(runFor && { institutionId: chosenInstitution ?? '' }),
          title,
          qualificationIds,
          staffingNeedIds: staffingNeedIds.filter((id) => needOptions.some((o) => o.value === id)),
          startsOn,
          endsOn,
          places: typeof places === 'number' ? places : Number.NaN,
          territoryCode: territoryCode ?? '',
          modules: modules.map((m) => ({
            ...(m.id && { id: m.id }),
            title: m.title,
            plannedHours: typeof m.plannedHours === 'number' ? m.plannedHours : Number.NaN,
          })),
        }).catch(() => undefined);
      }}
    >
      <Stack>
        <ErrorSummary error={error} />
        {runFor && (
          <Select
            id="field-institutionId"
            label={t('form.institution')}
            description={t('form.institutionHint')}
            data={runFor.map((i) => ({
              value: i.id,
              label: `${i.name} (${t(`kinds.${i.type === 'kis' ? 'kis' : 'cis'}`)})`,
            }))}
            value={chosenInstitution}
            onChange={setInstitutionId}
            allowDeselect={false}
            withAsterisk
            error={fieldError(error, 'institutionId')}
          />
        )}
        <TextInput
          id="field-title"
          label={t('fields.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          withAsterisk
          error={fieldError(error, 'title')}
        />
        <MultiSelect
          id="field-qualificationIds"
          label={t('fields.qualifications')}
          description={t('form.qualificationsHint')}
          data={qualifications.data ?? []}
          value={qualificationIds}
          onChange={setQualificationIds}
          searchable
          withAsterisk
          error={fieldError(error, 'qualificationIds')}
        />
        <MultiSelect
          id="field-staffingNeedIds"
          label={t('fields.staffingNeeds')}
          description={qualificationIds.length ? t('form.needsHint') : t('form.needsChooseQualification')}
          data={needOptions}
          value={staffingNeedIds}
          onChange={setStaffingNeedIds}
          searchable
          disabled={needOptions.length === 0}
          error={
            fieldError(error, 'staffingNeedIds') ??
            (error ? fieldError(error, 'staffingNeedIds.0') : undefined)
          }
        />
        <Group grow align="flex-start">
          <TextInput
            id="field-startsOn"
            type="date"
            label={t('fields.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            withAsterisk
            error={fieldError(error, 'startsOn')}
          />
          <TextInput
            id="field-endsOn"
            type="date"
            label={t('fields.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            withAsterisk
            error={fieldError(error, 'endsOn')}
          />
          <NumberInput
            id="field-places"
            label={t('fields.places')}
            min={1}
            allowDecimal={false}
            value={places}
            onChange={setPlaces}
            withAsterisk
            error={fieldError(error, 'places')}
          />
        </Group>
        <TerritoryPicker
          id="field-territoryCode"
          label={t('fields.territory')}
          description={t('form.territoryHint')}
          value={territoryCode}
          onChange={setTerritoryCode}
          required
          error={fieldError(error, 'territoryCode')}
        />
        <Fieldset legend={t('fields.modules')} id="field-modules">
          <Stack>
            {fieldError(error, 'modules') && (
              <Text c="red.8" size="sm">
                {fieldError(error, 'modules')}
              </Text>
            )}
            {modules.map((m, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: modules have no id until saved
              <Group key={n} align="flex-end">
                <TextInput
                  id={`field-modules.${n}.title`}
                  label={t('form.moduleTitle', { n: n + 1 })}
                  value={m.title}
                  onChange={(e) => setModule(n, { title: e.currentTarget.value })}
                  withAsterisk
                  error={fieldError(error, `modules.${n}.title`)}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  id={`field-modules.${n}.plannedHours`}
                  label={t('form.moduleHours', { n: n + 1 })}
                  min={1}
                  allowDecimal={false}
                  value={m.plannedHours}
                  onChange={(v) => setModule(n, { plannedHours: v })}
                  withAsterisk
                  error={fieldError(error, `modules.${n}.plannedHours`)}
                  w={160}
                />
                <ActionIcon
                  variant="outline"
                  color="red.8"
                  size="lg"
                  aria-label={t('form.removeModule', { n: n + 1 })}
                  onClick={() => setModules((all) => all.filter((_, i) => i !== n))}
                  disabled={modules.length === 1}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => setModules((all) => [...all, { title: '', plannedHours: 20 }])}
              >
                {t('form.addModule')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={runFor?.length === 0}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
