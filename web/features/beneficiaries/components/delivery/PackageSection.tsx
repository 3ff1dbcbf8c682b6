import { Alert, Loader, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseOutcome, caseOutcomes } from '../../../../../common/contracts/service-delivery';
import { formatPln } from '../../../../../common/money';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { formatDate } from '../../../../lib/format';
import { useCloseCase, usePackage } from '../../api/deliveries';

/** The service package: planned against delivered per action, each paying partner's totals, the closure. */
export function PackageSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('delivery');
  const locale = i18n.language === 'en' ? 'en' : 'pl';
  const pkg = usePackage(personId);
  const view = pkg.data;
  const pln = (grosze: number) => formatPln(grosze, locale);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="package" data-testid="package">
      <Stack>
        <Title order={2} size="h5" id="package">
          {t('package.title')}
        </Title>
        {pkg.error && <Text role="alert">{pkg.error.message}</Text>}
        {!view && !pkg.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {view?.closure && (
          <Alert variant="outline" title={t('closure.closed')} data-testid="case-closed">
            <Text size="sm">
              {t(`outcomes.${view.closure.outcome}`)} — {formatDate(view.closure.closedOn)}
              {view.closure.closedByName && ` (${view.closure.closedByName})`}
            </Text>
            {view.closure.dropOutReason && (
              <Text size="sm">
                {t('closure.dropOutReason')}: {view.closure.dropOutReason}
              </Text>
            )}
            {view.closure.note && <Text size="sm">{view.closure.note}</Text>}
          </Alert>
        )}
        {view && (
          <Text size="sm">
            {view.planVersion === null
              ? t('package.noPlan')
              : t('package.planVersion', { number: view.planVersion })}
          </Text>
        )}
        {view && view.rows.length === 0 && <EmptyState title={t('package.empty')} />}
        {view && view.rows.length > 0 && (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('planAction')}</Table.Th>
                    <Table.Th>{t('instrument')}</Table.Th>
                    <Table.Th>{t('provider')}</Table.Th>
                    <Table.Th>{t('payer')}</Table.Th>
                    <Table.Th>{t('package.hours')}</Table.Th>
                    <Table.Th>{t('package.cost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.rows.map((r) => (
                    <Table.Tr
                      key={`${r.planAction ?? 'x'}-${r.scopeItem.id}-${r.provider.id}-${r.payer.id}`}
                      data-testid="package-row"
                    >
                      <Table.Td>{r.planAction === null ? t('unplanned') : r.planAction + 1}</Table.Td>
                      <Table.Td>
                        {t(`instruments.${r.scopeItem.instrument}`, { ns: 'partnershipPlan' })}
                      </Table.Td>
                      <Table.Td>{r.provider.name}</Table.Td>
                      <Table.Td>{r.payer.name}</Table.Td>
                      <Table.Td>
                        {t('package.ofPlanned', { delivered: r.deliveredHours, planned: r.plannedHours })}
                      </Table.Td>
                      <Table.Td>
                        {t('package.ofPlanned', {
                          delivered: pln(r.deliveredCostGrosze),
                          planned: pln(r.plannedCostGrosze),
                        })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Title order={3} size="h6">
              {t('package.perPayer')}
            </Title>
            <Text size="xs">{t('package.perPayerHint')}</Text>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('payer')}</Table.Th>
                    <Table.Th>{t('package.hours')}</Table.Th>
                    <Table.Th>{t('package.cost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.payers.map((p) => (
                    <Table.Tr key={p.payer.id} data-testid="payer-total">
                      <Table.Td>{p.payer.name}</Table.Td>
                      <Table.Td>
                        {t('package.ofPlanned', { delivered: p.deliveredHours, planned: p.plannedHours })}
                      </Table.Td>
                      <Table.Td>
                        {t('package.ofPlanned', {
                          delivered: pln(p.deliveredCostGrosze),
                          planned: pln(p.plannedCostGrosze),
                        })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {view?.abilities.close && <CloseCaseForm personId={personId} />}
      </Stack>
    </Paper>
  );
}

/** The entry institution closes the case; the dialog says the case will take no more services. */
function CloseCaseForm({ personId }: { personId: string }) {
  const { t } = useTranslation('delivery');
  const close = useCloseCase(personId);
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [closedOn, setClosedOn] = useState('');
  const [dropOutReason, setDropOutReason] = useState('');
  const [note, setNote] = useState('');
  const error = close.error;
  const field = (name: string) => ({ id: `field-${name}`, error: fieldError(error, name) });
  return (
    <Stack gap="xs" component="section" aria-labelledby="close-case">
      <Title order={3} size="h6" id="close-case">
        {t('closure.title')}
      </Title>
      <ErrorSummary error={error} />
      <Select
        {...field('outcome')}
        label={t('closure.outcome')}
        required
        data={caseOutcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        value={outcome}
        onChange={(value) => setOutcome(value as CaseOutcome | null)}
      />
      <TextInput
        {...field('closedOn')}
        type="date"
        label={t('closure.closedOn')}
        required
        value={closedOn}
        onChange={(e) => setClosedOn(e.currentTarget.value)}
      />
      {outcome === 'dropOut' && (
        <Textarea
          {...field('dropOutReason')}
          label={t('closure.dropOutReason')}
          required
          autosize
          minRows={2}
          value={dropOutReason}
          onChange={(e) => setDropOutReason(e.currentTarget.value)}
        />
      )}
      <Textarea
        {...field('note')}
        label={t('note')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <ConfirmAction
        label={t('closure.close')}
        title={t('closure.confirmTitle')}
        message={t('closure.confirmMessage')}
        confirmLabel={t('closure.close')}
        loading={close.isPending}
        style={{ alignSelf: 'flex-start' }}
        onConfirm={() =>
          close
            .mutateAsync({
              outcome: (outcome ?? '') as CaseOutcome,
              closedOn,
              dropOutReason: outcome === 'dropOut' ? dropOutReason : null,
              note,
            })
            .catch(() => undefined)
        }
      />
    </Stack>
  );
}
