import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CommissionView,
  CreateCommissionInput,
  PlanView,
  UpdateCommissionInput,
} from '../../../../common/contracts/commissioning';
import { commissioningModes } from '../../../../common/enums';
import { formatPln, groszeToInput } from '../../../../common/money';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { currentLocale } from '../../../lib/i18n';
import { useInitiativesForPlan } from '../../pes-initiatives/api/initiatives';
import { CommissionInitiatives } from '../../pes-initiatives/components/CommissionInitiatives';
import { useActiveServiceTypes } from '../../social-services/api/list-service-types';
import {
  useCreateCommission,
  useRemoveCommission,
  useSocialEconomyEntities,
  useUpdateCommission,
} from '../api/plans';

/** The planned commissions; while the plan is a draft its JST adds, changes and removes them. */
export function CommissionsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const remove = useRemoveCommission(plan.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CommissionView | null>(null);
  // A draft is the JST's alone: no initiative group can prepare for its commissions yet.
  const initiatives = useInitiativesForPlan(plan.state === 'draft' ? null : plan.id);
  return (
    <Stack>
      {plan.commissions.length === 0 ? (
        <EmptyState title={t('noCommissions')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="commissions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.serviceType')}</Table.Th>
                <Table.Th>{t('fields.mode')}</Table.Th>
                <Table.Th>{t('fields.year')}</Table.Th>
                <Table.Th>{t('fields.budget')}</Table.Th>
                <Table.Th>{t('fields.expectedContractors')}</Table.Th>
                {plan.state !== 'draft' && <Table.Th>{t('fields.initiatives')}</Table.Th>}
                {plan.abilities.manageCommissions && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.commissions.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {c.serviceType.name}
                    {c.description && <Text size="xs">{c.description}</Text>}
                  </Table.Td>
                  <Table.Td>{t(`modes.${c.mode}`)}</Table.Td>
                  <Table.Td>{c.quarter ? `Q${c.quarter} ${c.year}` : c.year}</Table.Td>
                  <Table.Td>{formatPln(c.budget, currentLocale())}</Table.Td>
                  <Table.Td>{c.expectedContractors.map((i) => i.name).join(', ') || '—'}</Table.Td>
                  {plan.state !== 'draft' && (
                    <Table.Td>
                      <CommissionInitiatives initiatives={initiatives.data ?? []} commissionId={c.id} />
                    </Table.Td>
                  )}
                  {plan.abilities.manageCommissions && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`${t('actions.editCommission')}: ${c.serviceType.name}`}
                          onClick={() => {
                            setAdding(false);
                            setEditing(c);
                          }}
                        >
                          {t('actions.editCommission')}
                        </Button>
                        <ConfirmAction
                          size="xs"
                          label={t('actions.removeCommission')}
                          title={t('actions.removeCommission')}
                          message={t('actions.removeCommissionConfirm')}
                          loading={remove.isPending}
                          onConfirm={() => remove.mutateAsync({ commissionId: c.id, version: c.version })}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.abilities.manageCommissions && editing && (
        <CommissionForm key={editing.id} plan={plan} commission={editing} onDone={() => setEditing(null)} />
      )}
      {plan.abilities.manageCommissions &&
        !editing &&
        (adding ? (
          <CommissionForm plan={plan} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('actions.addCommission')}</Button>
          </Group>
        ))}
    </Stack>
  );
}

/**
 * A new commission, or a planned one changed at the version the page read (a 409 says someone
 * changed the plan meanwhile: the page then shows it as it is now).
 */
function CommissionForm({
  plan,
  commission,
  onDone,
}: {
  plan: PlanView;
  commission?: CommissionView;
  onDone: () => void;
}) {
  const { t } = useTranslation('commissioning');
  const types = useActiveServiceTypes();
  const entities = useSocialEconomyEntities();
  const create = useCreateCommission(plan.id);
  const update = useUpdateCommission(plan.id);
  const save = commission ? update : create;
  const [serviceTypeId, setType] = useState<string | null>(commission?.serviceType.id ?? null);
  const [mode, setMode] = useState<string | null>(commission?.mode ?? null);
  const [year, setYear] = useState<number | string>(commission?.year ?? Number(plan.startsOn.slice(0, 4)));
  const [quarter, setQuarter] = useState<string | null>(
    commission?.quarter ? String(commission.quarter) : null,
  );
  const [budget, setBudget] = useState(commission ? groszeToInput(commission.budget) : '');
  const [description, setDescription] = useState(commission?.description ?? '');
  const [contractors, setContractors] = useState<string[]>(
    commission?.expectedContractors.map((c) => c.id) ?? [],
  );

  const typeGroups = useMemo(() => {
    const byArea = new Map<string, { value: string; label: string }[]>();
    for (const type of types.data?.items ?? [])
      byArea.set(type.area.name, [
        ...(byArea.get(type.area.name) ?? []),
        { value: type.id, label: type.name },
      ]);
    const groups = [...byArea].map(([group, items]) => ({ group, items }));
    // A commission of a type since retired keeps it: it stays choosable for that commission.
    const kept = commission?.serviceType;
    return kept && !(types.data?.items ?? []).some((type) => type.id === kept.id)
      ? [{ value: kept.id, label: kept.name }, ...groups]
      : groups;
  }, [types.data, commission]);
  const contractorOptions = new Map<string, string>(
    commission?.expectedContractors.map((c) => [c.id, c.name]),
  );
  for (const item of entities.data?.items ?? []) contractorOptions.set(item.id, item.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      ...(serviceTypeId && { serviceTypeId }),
      ...(mode && { mode }),
      year: typeof year === 'number' ? year : undefined,
      quarter: quarter ? Number(quarter) : null,
      budget,
      description,
      expectedContractorIds: contractors,
    };
    if (commission)
      update.mutate(
        { ...fields, commissionId: commission.id, version: commission.version } as UpdateCommissionInput & {
          commissionId: string;
        },
        { onSuccess: onDone },
      );
    else create.mutate(fields as CreateCommissionInput, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="commission-form-title">
      <Title order={2} size="h4" id="commission-form-title" mb="sm">
        {commission
          ? `${t('actions.editCommission')}: ${commission.serviceType.name}`
          : t('sections.newCommission')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={save.error} />
          <Select
            id="field-serviceTypeId"
            label={t('fields.serviceType')}
            withAsterisk
            searchable
            data={typeGroups}
            value={serviceTypeId}
            onChange={setType}
            error={fieldError(save.error, 'serviceTypeId')}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              id="field-mode"
              label={t('fields.mode')}
              withAsterisk
              data={commissioningModes.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
              value={mode}
              onChange={setMode}
              error={fieldError(save.error, 'mode')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              id="field-budget"
              label={t('fields.budget')}
              withAsterisk
              value={budget}
              onChange={(e) => setBudget(e.currentTarget.value)}
              error={fieldError(save.error, 'budget')}
            />
            <NumberInput
              id="field-year"
              label={t('fields.year')}
              withAsterisk
              allowDecimal={false}
              value={year}
              onChange={setYear}
              error={fieldError(save.error, 'year')}
            />
            <Select
              id="field-quarter"
              label={t('fields.quarter')}
              placeholder={t('fields.noQuarter')}
              clearable
              data={['1', '2', '3', '4']}
              value={quarter}
              onChange={setQuarter}
              error={fieldError(save.error, 'quarter')}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <MultiSelect
            id="field-expectedContractorIds"
            label={t('fields.expectedContractors')}
            searchable
            data={[...contractorOptions].map(([value, label]) => ({ value, label }))}
            value={contractors}
            onChange={setContractors}
            error={fieldError(save.error, 'expectedContractorIds')}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            id="field-description"
            label={t('fields.description')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(save.error, 'description')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {commission ? t('actions.save') : t('actions.addCommission')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
