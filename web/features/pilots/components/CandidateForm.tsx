import { Button, Group, Modal, NumberInput, Paper, Select, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CandidateView,
  type OrganiserType,
  organiserTypes,
  type PilotView,
} from '../../../../common/contracts/pilots';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useInstitutionOptions, usePilotChange } from '../api/pilots';

interface Values {
  institutionId: string;
  organiserType: OrganiserType | '';
  yearsOfExperience: number | '';
  sectionsCount: number | '';
  cooperatingPesCount: number | '';
  owesRecommendedById: string | null;
}
const valuesOf = (c?: CandidateView): Values => ({
  institutionId: c?.institution.id ?? '',
  organiserType: c?.organiserType ?? '',
  yearsOfExperience: c?.yearsOfExperience ?? '',
  sectionsCount: c?.sectionsCount ?? '',
  cooperatingPesCount: c?.cooperatingPesCount ?? '',
  owesRecommendedById: c?.owesRecommendedBy?.id ?? null,
});
/** Empty fields are left out, so the API names them as required instead of guessing a zero. */
const bodyOf = (v: Values) => ({
  organiserType: v.organiserType || undefined,
  yearsOfExperience: v.yearsOfExperience === '' ? undefined : v.yearsOfExperience,
  sectionsCount: v.sectionsCount === '' ? undefined : v.sectionsCount,
  cooperatingPesCount: v.cooperatingPesCount === '' ? undefined : v.cooperatingPesCount,
  owesRecommendedById: v.owesRecommendedById,
});

/** The criteria values of a candidate site; the site itself is chosen only when adding. */
function CandidateFields({
  initial,
  withSite,
  idPrefix,
  error,
  pending,
  submitLabel,
  onSubmit,
}: {
  initial: Values;
  withSite: boolean;
  /** Keeps the edit dialog's ids apart from the add form's on the same page. */
  idPrefix: string;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<boolean>;
}) {
  const { t } = useTranslation('pilots');
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<Values>) => setForm((f) => ({ ...f, ...patch }));
  const sites = useInstitutionOptions('cis,kis');
  const owes = useInstitutionOptions('owes');
  const count = (field: 'yearsOfExperience' | 'sectionsCount' | 'cooperatingPesCount') => (
    <NumberInput
      id={`${idPrefix}${field}`}
      label={t(`fields.${field}`)}
      value={form[field]}
      min={0}
      allowDecimal={false}
      onChange={(v) => set({ [field]: v === '' ? '' : Number(v) })}
      withAsterisk
      error={fieldError(error, field)}
    />
  );
  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={async (event) => {
        event.preventDefault();
        if ((await onSubmit(form)) && withSite) setForm(valuesOf());
      }}
    >
      <Stack>
        <ErrorSummary
          error={error}
          fieldIds={Object.fromEntries(Object.keys(initial).map((k) => [k, `${idPrefix}${k}`]))}
        />
        <Group grow align="flex-start">
          {withSite && (
            <Select
              id={`${idPrefix}institutionId`}
              label={t('fields.site')}
              data={sites.data ?? []}
              value={form.institutionId || null}
              onChange={(v) => set({ institutionId: v ?? '' })}
              searchable
              withAsterisk
              error={fieldError(error, 'institutionId')}
            />
          )}
          <Select
            id={`${idPrefix}organiserType`}
            label={t('fields.organiserType')}
            data={organiserTypes.map((o) => ({ value: o, label: t(`organiserTypes.${o}`) }))}
            value={form.organiserType || null}
            onChange={(v) => set({ organiserType: (v ?? '') as OrganiserType | '' })}
            withAsterisk
            error={fieldError(error, 'organiserType')}
          />
        </Group>
        <Group grow align="flex-start">
          {count('yearsOfExperience')}
          {count('sectionsCount')}
          {count('cooperatingPesCount')}
        </Group>
        <Select
          id={`${idPrefix}owesRecommendedById`}
          label={t('fields.owesRecommendedBy')}
          description={t('fields.owesRecommendedByHint')}
          data={owes.data ?? []}
          value={form.owesRecommendedById}
          onChange={(v) => set({ owesRecommendedById: v })}
          searchable
          clearable
          error={fieldError(error, 'owesRecommendedById')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A CIS or KIS of the registry enters the ranking with its criteria values. */
export function AddCandidate({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const add = usePilotChange<object>('POST', () => `/api/pilots/${pilot.id}/candidates`);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('candidates.addTitle')}
        </Title>
        <CandidateFields
          initial={valuesOf()}
          withSite
          idPrefix="field-"
          error={add.error}
          pending={add.isPending}
          submitLabel={t('candidates.submit')}
          onSubmit={async (v) =>
            Boolean(
              await add
                .mutateAsync({ institutionId: v.institutionId || undefined, ...bodyOf(v) })
                .catch(() => undefined),
            )
          }
        />
      </Stack>
    </Paper>
  );
}

/** Corrects a candidate's criteria while the pilot recruits, at the version read. */
export function EditCandidate({ pilot, candidate }: { pilot: PilotView; candidate: CandidateView }) {
  const { t } = useTranslation('pilots');
  const [opened, { open, close }] = useDisclosure(false);
  const update = usePilotChange<object>('PATCH', () => `/api/pilots/${pilot.id}/candidates/${candidate.id}`);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={open}
        aria-label={`${t('candidates.edit')}: ${candidate.institution.name}`}
      >
        {t('candidates.edit')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={`${t('candidates.edit')}: ${candidate.institution.name}`}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <CandidateFields
          initial={valuesOf(candidate)}
          withSite={false}
          idPrefix="edit-"
          error={update.error}
          pending={update.isPending}
          submitLabel={t('edit.submit')}
          onSubmit={async (v) => {
            const saved = await update
              .mutateAsync({ ...bodyOf(v), version: candidate.version })
              .catch(() => undefined);
            if (saved) close();
            return Boolean(saved);
          }}
        />
      </Modal>
    </>
  );
}
