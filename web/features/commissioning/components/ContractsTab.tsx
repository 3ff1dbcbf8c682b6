import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractView, CreateContractInput, PlanView } from '../../../../common/contracts/commissioning';
import { formatPln, groszeToInput } from '../../../../common/money';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useCreateContract, useUpdateContract } from '../api/plans';
import { ContractorPicker } from './ContractorPicker';

/** Progress against the targets per year, the contracts with PES, and recording a new one. */
export function ContractsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const pln = (grosze: number) => formatPln(grosze, currentLocale());
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ContractView | null>(null);
  const serviceOf = (commissionId: string) =>
    plan.commissions.find((c) => c.id === commissionId)?.serviceType.name ?? '—';
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('sections.progress')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="progress-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('progress.year')}</Table.Th>
              <Table.Th>{t('progress.target')}</Table.Th>
              <Table.Th>{t('progress.planned')}</Table.Th>
              <Table.Th>{t('progress.contracted')}</Table.Th>
              <Table.Th>{t('progress.increase')}</Table.Th>
              <Table.Th>{t('progress.reached')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.progress.map((p) => (
              <Table.Tr key={p.year}>
                <Table.Td>{p.year}</Table.Td>
                <Table.Td>{p.target ? `${p.target.count} / ${pln(p.target.value)}` : '—'}</Table.Td>
                <Table.Td>
                  {p.plannedCount} / {pln(p.plannedBudget)}
                </Table.Td>
                <Table.Td>
                  {p.contractedCount} / {pln(p.contractedValue)}
                </Table.Td>
                <Table.Td>
                  {p.increaseOverBaseline > 0 ? `+${p.increaseOverBaseline}` : p.increaseOverBaseline}
                </Table.Td>
                <Table.Td>{p.targetReachedPercent === null ? '—' : `${p.targetReachedPercent}%`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {plan.contracts.length === 0 ? (
        <EmptyState
          title={t('noContracts')}
          hint={plan.state === 'draft' ? t('contractsOnlyAfterAdoption') : undefined}
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="contracts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.number')}</Table.Th>
                <Table.Th>{t('fields.commission')}</Table.Th>
                <Table.Th>{t('fields.contractor')}</Table.Th>
                <Table.Th>{t('fields.period')}</Table.Th>
                <Table.Th>{t('fields.value')}</Table.Th>
                <Table.Th>{t('fields.indicators')}</Table.Th>
                {plan.abilities.manageContracts && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.contracts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>{serviceOf(c.commissionId)}</Table.Td>
                  <Table.Td>{c.contractor.name}</Table.Td>
                  <Table.Td>
                    {formatDate(c.startsOn)} – {formatDate(c.endsOn)}
                  </Table.Td>
                  <Table.Td>{pln(c.value)}</Table.Td>
                  <Table.Td>
                    {c.indicators.map((i) => (
                      <Text size="xs" key={i.name}>
                        {i.name}: {i.actual ?? '—'} / {i.target} {i.unit}
                      </Text>
                    ))}
                  </Table.Td>
                  {plan.abilities.manageContracts && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`${t('actions.editContract')}: ${c.number}`}
                        onClick={() => {
                          setAdding(false);
                          setEditing(c);
                        }}
                      >
                        {t('actions.editContract')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.abilities.manageContracts && editing && (
        <ContractForm key={editing.id} plan={plan} contract={editing} onDone={() => setEditing(null)} />
      )}
      {plan.abilities.manageContracts &&
        !editing &&
        (adding ? (
          <ContractForm plan={plan} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('actions.addContract')}</Button>
          </Group>
        ))}
    </Stack>
  );
}

type IndicatorRow = { name: string; unit: string; target: number | string; actual: number | string };

/**
 * A new contract, or a recorded one changed (typically to enter what its indicators reached) at
 * the version the page read; the commission of a recorded contract stays.
 */
function ContractForm({
  plan,
  contract,
  onDone,
}: {
  plan: PlanView;
  contract?: ContractView;
  onDone: () => void;
}) {
  const { t } = useTranslation('commissioning');
  const create = useCreateContract(plan.id);
  const update = useUpdateContract(plan.id);
  const save = contract ? update : create;
  const [commissionId, setCommission] = useState<string | null>(contract?.commissionId ?? null);
  const [contractorId, setContractor] = useState<string | null>(contract?.contractor.id ?? null);
  const [text, setText] = useState({
    number: contract?.number ?? '',
    startsOn: contract?.startsOn ?? '',
    endsOn: contract?.endsOn ?? '',
    value: contract ? groszeToInput(contract.value) : '',
  });
  const [indicators, setIndicators] = useState<IndicatorRow[]>(
    contract?.indicators.map((i) => ({ ...i, actual: i.actual ?? '' })) ?? [],
  );
  const commission = plan.commissions.find((c) => c.id === commissionId);

  const input = (name: keyof typeof text, type?: string) => (
    <TextInput
      id={`field-${name}`}
      label={t(`fields.${name}`)}
      type={type}
      withAsterisk
      value={text[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText((current) => ({ ...current, [name]: value }));
      }}
      error={fieldError(save.error, name)}
    />
  );
  const setIndicator = (index: number, patch: Partial<IndicatorRow>) =>
    setIndicators((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      ...(contractorId && { contractorInstitutionId: contractorId }),
      ...text,
      indicators: indicators.map((row) => ({
        name: row.name,
        unit: row.unit,
        target: typeof row.target === 'number' ? row.target : undefined,
        actual: typeof row.actual === 'number' ? row.actual : null,
      })),
    };
    if (contract)
      update.mutate(
        { ...fields, contractId: contract.id, version: contract.version } as Parameters<
          typeof update.mutate
        >[0],
        { onSuccess: onDone },
      );
    else
      create.mutate({ ...fields, ...(commissionId && { commissionId }) } as CreateContractInput, {
        onSuccess: onDone,
      });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contract-form-title">
      <Title order={2} size="h4" id="contract-form-title" mb="sm">
        {contract ? `${t('actions.editContract')}: ${contract.number}` : t('sections.newContract')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={save.error} />
          <Select
            id="field-commissionId"
            label={t('fields.commission')}
            withAsterisk
            data={plan.commissions.map((c) => ({
              value: c.id,
              label: `${c.serviceType.name} (${c.quarter ? `Q${c.quarter} ` : ''}${c.year})`,
            }))}
            value={commissionId}
            onChange={(id) => {
              setCommission(id);
              setContractor(null);
            }}
            disabled={contract !== undefined}
            error={fieldError(save.error, 'commissionId')}
            comboboxProps={{ withinPortal: true }}
          />
          <ContractorPicker
            commission={commission}
            current={contract?.contractor}
            value={contractorId}
            onChange={setContractor}
            error={fieldError(save.error, 'contractorInstitutionId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input('number')}
            {input('value')}
            {input('startsOn', 'date')}
            {input('endsOn', 'date')}
          </SimpleGrid>
          <Fieldset legend={t('fields.indicators')}>
            <Stack>
              {indicators.map((row, index) => (
                // Rows have no id of their own until saved; their position is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Group key={index} align="flex-end" wrap="wrap">
                  <TextInput
                    id={`field-indicators.${index}.name`}
                    label={t('fields.indicatorName')}
                    value={row.name}
                    onChange={(e) => setIndicator(index, { name: e.currentTarget.value })}
                    error={fieldError(save.error, `indicators.${index}.name`)}
                  />
                  <TextInput
                    id={`field-indicators.${index}.unit`}
                    label={t('fields.unit')}
                    w={120}
                    value={row.unit}
                    onChange={(e) => setIndicator(index, { unit: e.currentTarget.value })}
                    error={fieldError(save.error, `indicators.${index}.unit`)}
                  />
                  <NumberInput
                    id={`field-indicators.${index}.target`}
                    label={t('fields.target')}
                    w={130}
                    value={row.target}
                    onChange={(target) => setIndicator(index, { target })}
                    error={fieldError(save.error, `indicators.${index}.target`)}
                  />
                  <NumberInput
                    id={`field-indicators.${index}.actual`}
                    label={t('fields.actual')}
                    w={130}
                    value={row.actual}
                    onChange={(actual) => setIndicator(index, { actual })}
                    error={fieldError(save.error, `indicators.${index}.actual`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={`${t('actions.removeIndicator')} ${index + 1}`}
                    onClick={() => setIndicators((rows) => rows.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  onClick={() =>
                    setIndicators((rows) => [...rows, { name: '', unit: '', target: '', actual: '' }])
                  }
                >
                  {t('actions.addIndicator')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {contract ? t('actions.save') : t('actions.addContract')}
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
