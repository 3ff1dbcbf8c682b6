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
import type { CreateCommissionInput, PlanView } from '../../../../common/contracts/commissioning';
import { commissioningModes } from '../../../../common/enums';
import { formatPln } from '../../../../common/money';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { currentLocale } from '../../../lib/i18n';
import { useActiveServiceTypes } from '../../social-services/api/list-service-types';
import { useCreateCommission, useRemoveCommission, useSocialEconomyEntities } from '../api/plans';

/** The planned commissions; while the plan is a draft its JST adds and removes them. */
export function CommissionsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const remove = useRemoveCommission(plan.id);
  const [adding, setAdding] = useState(false);
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
                  {plan.abilities.manageCommissions && (
                    <Table.Td>
                      <ConfirmAction
                        size="xs"
                        label={t('actions.removeCommission')}
                        title={t('actions.removeCommission')}
                        message={t('actions.removeCommissionConfirm')}
                        loading={remove.isPending}
                        onConfirm={() => remove.mutateAsync({ commissionId: c.id, version: c.version })}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.abilities.manageCommissions &&
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

function CommissionForm({ plan, onDone }: { plan: PlanView; onDone: () => void }) {
  const { t } = useTranslation('commissioning');
  const types = useActiveServiceTypes();
  const entities = useSocialEconomyEntities();
  const create = useCreateCommission(plan.id);
  const [serviceTypeId, setType] = useState<string | null>(null);
  const [mode, setMode] = useState<string | null>(null);
  const [year, setYear] = useState<number | string>(Number(plan.startsOn.slice(0, 4)));
  const [quarter, setQuarter] = useState<string | null>(null);
  const [budget, setBudget] = useState('');
  const [description, setDescription] = useState('');
  const [contractors, setContractors] = useState<string[]>([]);

  const typeGroups = useMemo(() => {
    const byArea = new Map<string, { value: string; label: string }[]>();
    for (const type of types.data?.items ?? [])
      byArea.set(type.area.name, [
        ...(byArea.get(type.area.name) ?? []),
        { value: type.id, label: type.name },
      ]);
    return [...byArea].map(([group, items]) => ({ group, items }));
  }, [types.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ...(serviceTypeId && { serviceTypeId }),
        ...(mode && { mode }),
        year: typeof year === 'number' ? year : undefined,
        quarter: quarter ? Number(quarter) : null,
        budget,
        description,
        expectedContractorIds: contractors,
      } as CreateCommissionInput,
      { onSuccess: onDone },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="commission-form-title">
      <Title order={2} size="h4" id="commission-form-title" mb="sm">
        {t('sections.newCommission')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={create.error} />
          <Select
            id="field-serviceTypeId"
            label={t('fields.serviceType')}
            withAsterisk
            searchable
            data={typeGroups}
            value={serviceTypeId}
            onChange={setType}
            error={fieldError(create.error, 'serviceTypeId')}
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
              error={fieldError(create.error, 'mode')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              id="field-budget"
              label={t('fields.budget')}
              withAsterisk
              value={budget}
              onChange={(e) => setBudget(e.currentTarget.value)}
              error={fieldError(create.error, 'budget')}
            />
            <NumberInput
              id="field-year"
              label={t('fields.year')}
              withAsterisk
              allowDecimal={false}
              value={year}
              onChange={setYear}
              error={fieldError(create.error, 'year')}
            />
            <Select
              id="field-quarter"
              label={t('fields.quarter')}
              placeholder={t('fields.noQuarter')}
              clearable
              data={['1', '2', '3', '4']}
              value={quarter}
              onChange={setQuarter}
              error={fieldError(create.error, 'quarter')}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <MultiSelect
            id="field-expectedContractorIds"
            label={t('fields.expectedContractors')}
            searchable
            data={(entities.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            value={contractors}
            onChange={setContractors}
            error={fieldError(create.error, 'expectedContractorIds')}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            id="field-description"
            label={t('fields.description')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(create.error, 'description')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('actions.addCommission')}
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
