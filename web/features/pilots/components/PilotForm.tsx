import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PilotView } from '../../../../common/contracts/pilots';
import { rolePermissions } from '../../../../common/permissions';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useSession } from '../../../lib/session';
import { useInstitutionOptions } from '../api/pilots';

export interface PilotFormValues {
  name: string;
  organiserInstitutionId: string;
  startsOn: string;
  endsOn: string;
  testingStartsOn: string;
  testingMonths: number;
  sitesToChoose: number;
  qualitySpecialistEmail: string;
  learningExpertEmail: string;
}

export const pilotValuesOf = (p?: PilotView): PilotFormValues => ({
  name: p?.name ?? '',
  organiserInstitutionId: p?.organiser.id ?? '',
  startsOn: p?.startsOn ?? '',
  endsOn: p?.endsOn ?? '',
  testingStartsOn: p?.testingStartsOn ?? '',
  testingMonths: p?.testingMonths ?? 14,
  sitesToChoose: p?.sitesToChoose ?? 30,
  qualitySpecialistEmail: '',
  learningExpertEmail: '',
});

/** The institutions the user may run a pilot for: where a role gives `pilots.manage`, or any for the platform administrator. */
function useOrganiserOptions() {
  const { user } = useSession();
  const all = useInstitutionOptions();
  if (user?.isPlatformAdmin) return all.data ?? [];
  return (user?.memberships ?? [])
    .filter((m) => rolePermissions[m.role].includes('pilots.manage'))
    .map((m) => ({ value: m.institutionId, label: m.institutionName }));
}

/** The pilot's facts: name, organiser, period, testing period, number of sites and the two pilot-level roles. */
export function PilotForm({
  initial,
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: PilotFormValues;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: PilotFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('pilots');
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<PilotFormValues>) => setForm((f) => ({ ...f, ...patch }));
  const organisers = useOrganiserOptions();
  const date = (field: 'startsOn' | 'endsOn' | 'testingStartsOn', hint?: string) => (
    <TextInput
      id={`field-${field}`}
      type="date"
      label={t(`fields.${field}`)}
      description={hint}
      value={form[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      withAsterisk
      error={fieldError(error, field)}
    />
  );
  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(form);
      }}
    >
      <Stack>
        <ErrorSummary error={error} />
        <TextInput
          id="field-name"
          label={t('fields.name')}
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          withAsterisk
          error={fieldError(error, 'name')}
        />
        <Select
          id="field-organiserInstitutionId"
          label={t('fields.organiser')}
          description={t('fields.organiserHint')}
          data={organisers}
          value={form.organiserInstitutionId || null}
          onChange={(v) => set({ organiserInstitutionId: v ?? '' })}
          searchable
          withAsterisk
          error={fieldError(error, 'organiserInstitutionId')}
        />
        <Group grow align="flex-start">
          {date('startsOn')}
          {date('endsOn')}
        </Group>
        <Group grow align="flex-start">
          {date('testingStartsOn', t('fields.testingStartsOnHint'))}
          <NumberInput
            id="field-testingMonths"
            label={t('fields.testingMonths')}
            value={form.testingMonths}
            min={1}
            max={36}
            onChange={(v) => set({ testingMonths: Number(v) || 0 })}
            withAsterisk
            error={fieldError(error, 'testingMonths')}
          />
          <NumberInput
            id="field-sitesToChoose"
            label={t('fields.sitesToChoose')}
            value={form.sitesToChoose}
            min={1}
            onChange={(v) => set({ sitesToChoose: Number(v) || 0 })}
            withAsterisk
            error={fieldError(error, 'sitesToChoose')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            id="field-qualitySpecialistEmail"
            type="email"
            label={t('fields.qualitySpecialistEmail')}
            description={t('fields.roleEmailHint')}
            value={form.qualitySpecialistEmail}
            onChange={(e) => set({ qualitySpecialistEmail: e.currentTarget.value })}
            error={fieldError(error, 'qualitySpecialistEmail')}
          />
          <TextInput
            id="field-learningExpertEmail"
            type="email"
            label={t('fields.learningExpertEmail')}
            description={t('fields.roleEmailHint')}
            value={form.learningExpertEmail}
            onChange={(e) => set({ learningExpertEmail: e.currentTarget.value })}
            error={fieldError(error, 'learningExpertEmail')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cancel', { ns: 'common' })}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The form's values as the API takes them: role e-mails left empty are not sent on a change. */
export const pilotBody = (values: PilotFormValues, editing: boolean) => {
  const { qualitySpecialistEmail, learningExpertEmail, ...rest } = values;
  return {
    ...rest,
    ...(qualitySpecialistEmail || !editing ? { qualitySpecialistEmail } : {}),
    ...(learningExpertEmail || !editing ? { learningExpertEmail } : {}),
  };
};
