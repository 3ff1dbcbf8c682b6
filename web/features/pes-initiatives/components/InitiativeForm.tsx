import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  foundingRules,
  type InitiativeLegalForm,
  type InitiativeView,
  initiativeLegalForms,
} from '../../../../common/contracts/pes-initiatives';
import { formatPln } from '../../../../common/money';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { currentLocale } from '../../../lib/i18n';
import { useCommissionOptions, useInstitutionOptions, useServiceTypeOptions } from '../api/initiatives';

export interface InitiativeFormValues {
  name: string;
  legalForm: InitiativeLegalForm | '';
  jstInstitutionId: string;
  owesInstitutionId: string;
  pupInstitutionId: string | null;
  serviceTypeIds: string[];
  plannedCommissionId: string | null;
  plannedCommission: string;
}

export const formValuesOf = (i?: InitiativeView): InitiativeFormValues => ({
  name: i?.name ?? '',
  legalForm: i?.legalForm ?? '',
  jstInstitutionId: i?.jst.id ?? '',
  owesInstitutionId: i?.owes.id ?? '',
  pupInstitutionId: i?.pup?.id ?? null,
  serviceTypeIds: i?.serviceTypes.map((s) => s.id) ?? [],
  plannedCommissionId: i?.plannedFor?.commissionId ?? null,
  plannedCommission: i?.plannedCommission ?? '',
});

/**
 * The initiative's facts: its name, the legal form it aims at (with the form's minimum of
 * founders), the JST whose planned services it is to deliver, its OWES and PUP.
 */
export function InitiativeForm({
  initial,
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: InitiativeFormValues;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: InitiativeFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('pesInitiatives');
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<InitiativeFormValues>) => setForm((f) => ({ ...f, ...patch }));
  const jsts = useInstitutionOptions('jstGmina,jstPowiat');
  const owes = useInstitutionOptions('owes');
  const pups = useInstitutionOptions('pup');
  const services = useServiceTypeOptions();
  const commissions = useCommissionOptions(form.jstInstitutionId);
  const { t: tc } = useTranslation('commissioning');
  const commissionLabel = (c: NonNullable<typeof commissions.data>[number]) =>
    `${c.planTitle}: ${c.serviceType.name}, ${tc(`modes.${c.mode}`)}, ${c.quarter ? `Q${c.quarter} ` : ''}${c.year}, ${formatPln(c.budget, currentLocale())}`;
  const rule = form.legalForm ? foundingRules[form.legalForm] : null;
  return (
    <form
      noValidate
      aria-label={t('form.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(form);
      }}
    >
      <Stack>
        <ErrorSummary error={error} />
        <TextInput
          id="field-name"
          label={t('form.name')}
          description={t('form.nameHint')}
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          withAsterisk
          error={fieldError(error, 'name')}
        />
        <Select
          id="field-legalForm"
          label={t('form.legalForm')}
          description={
            rule
              ? t('form.legalFormHint', {
                  minimum: rule.minimumPersons,
                  legal: rule.minimumLegalPersons ?? '—',
                  basis: rule.legalBasis,
                })
              : undefined
          }
          data={initiativeLegalForms.map((f) => ({ value: f, label: t(`legalForms.${f}`) }))}
          value={form.legalForm || null}
          onChange={(v) => set({ legalForm: (v ?? '') as InitiativeLegalForm | '' })}
          withAsterisk
          error={fieldError(error, 'legalForm')}
        />
        <Select
          id="field-jstInstitutionId"
          label={t('form.jst')}
          data={jsts.data ?? []}
          value={form.jstInstitutionId || null}
          // Another JST has other plans: the chosen commission goes with the old one.
          onChange={(v) => set({ jstInstitutionId: v ?? '', plannedCommissionId: null })}
          searchable
          withAsterisk
          error={fieldError(error, 'jstInstitutionId')}
        />
        <MultiSelect
          id="field-serviceTypeIds"
          label={t('form.serviceTypes')}
          description={t('form.serviceTypesHint')}
          data={services.data ?? []}
          value={form.serviceTypeIds}
          onChange={(v) => set({ serviceTypeIds: v })}
          searchable
          withAsterisk
          error={fieldError(error, 'serviceTypeIds')}
        />
        <Select
          id="field-plannedCommissionId"
          label={t('form.plannedCommissionId')}
          description={
            form.jstInstitutionId && commissions.data?.length === 0
              ? t('form.plannedCommissionNone')
              : t('form.plannedCommissionIdHint')
          }
          data={(commissions.data ?? []).map((c) => ({ value: c.commissionId, label: commissionLabel(c) }))}
          value={form.plannedCommissionId}
          onChange={(v) => set({ plannedCommissionId: v })}
          disabled={!form.jstInstitutionId}
          clearable
          error={fieldError(error, 'plannedCommissionId')}
        />
        <TextInput
          id="field-plannedCommission"
          label={t('form.plannedCommission')}
          description={t('form.plannedCommissionHint')}
          value={form.plannedCommission}
          onChange={(e) => set({ plannedCommission: e.currentTarget.value })}
          error={fieldError(error, 'plannedCommission')}
        />
        <Group align="flex-start" grow>
          <Select
            id="field-owesInstitutionId"
            label={t('form.owes')}
            data={owes.data ?? []}
            value={form.owesInstitutionId || null}
            onChange={(v) => set({ owesInstitutionId: v ?? '' })}
            searchable
            withAsterisk
            error={fieldError(error, 'owesInstitutionId')}
          />
          <Select
            id="field-pupInstitutionId"
            label={t('form.pup')}
            data={pups.data ?? []}
            value={form.pupInstitutionId}
            onChange={(v) => set({ pupInstitutionId: v })}
            searchable
            clearable
            error={fieldError(error, 'pupInstitutionId')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
