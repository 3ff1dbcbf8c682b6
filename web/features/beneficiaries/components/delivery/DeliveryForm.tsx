import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryPage } from '../../../../../common/contracts/service-delivery';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useRecordDelivery } from '../../api/deliveries';

/**
 * Records a delivered service. Choosing an action of the approved plan fills in its instrument,
 * provider and payer; the operator's staff record only in their own institution's name.
 */
export function DeliveryForm({
  personId,
  page,
  onDone,
}: {
  personId: string;
  page: DeliveryPage;
  onDone: () => void;
}) {
  const { t } = useTranslation('delivery');
  const record = useRecordDelivery(personId);
  const [planAction, setPlanAction] = useState<string | null>(null);
  const [scopeItemId, setScopeItemId] = useState<string | null>(null);
  const [providerId, setProviderId] = useState<string | null>(page.abilities.recordAs);
  const [payerId, setPayerId] = useState<string | null>(null);
  const [deliveredOn, setDeliveredOn] = useState('');
  const [hours, setHours] = useState<string | number>('');
  const [cost, setCost] = useState('');
  const [note, setNote] = useState('');
  const error = record.error;
  const field = (name: string) => ({ id: `field-${name}`, error: fieldError(error, name) });
  const instrument = (s: { instrument: string; description: string | null }) =>
    [t(`instruments.${s.instrument}`, { ns: 'partnershipPlan' }), s.description].filter(Boolean).join(': ');
  const members = page.members.map((m) => ({ value: m.id, label: m.name }));

  const choosePlanAction = (value: string | null) => {
    setPlanAction(value);
    const action = page.planActions.find((a) => String(a.index) === value);
    if (!action) return;
    setScopeItemId(action.scopeItem.id);
    setPayerId(action.payer.id);
    if (!page.abilities.recordAs || page.abilities.recordAs === action.provider.id)
      setProviderId(action.provider.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({
        deliveredOn,
        scopeItemId: scopeItemId ?? '',
        hours: hours === '' ? Number.NaN : Number(hours),
        providerInstitutionId: providerId ?? '',
        payerInstitutionId: payerId ?? '',
        cost,
        planAction: planAction === null ? null : Number(planAction),
        note,
      });
      onDone();
    } catch {
      // The error summary shows what went wrong.
    }
  };

  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label={t('add')}>
        <Stack gap="xs">
          <ErrorSummary error={error} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              {...field('planAction')}
              label={t('planAction')}
              description={t('planActionHint')}
              clearable
              data={page.planActions.map((a) => ({
                value: String(a.index),
                label: `${a.index + 1}. ${instrument(a.scopeItem)} — ${a.provider.name}`,
              }))}
              value={planAction}
              onChange={choosePlanAction}
            />
            <Select
              {...field('scopeItemId')}
              label={t('instrument')}
              required
              data={page.scopeItems.map((s) => ({ value: s.id, label: instrument(s) }))}
              value={scopeItemId}
              onChange={setScopeItemId}
            />
            <TextInput
              {...field('deliveredOn')}
              type="date"
              label={t('deliveredOn')}
              required
              value={deliveredOn}
              onChange={(e) => setDeliveredOn(e.currentTarget.value)}
            />
            <NumberInput
              {...field('hours')}
              label={t('hours')}
              required
              min={0}
              decimalScale={2}
              value={hours}
              onChange={setHours}
            />
            <Select
              {...field('providerInstitutionId')}
              label={t('provider')}
              required
              data={members}
              value={providerId}
              onChange={setProviderId}
            />
            <Select
              {...field('payerInstitutionId')}
              label={t('payer')}
              required
              data={members}
              value={payerId}
              onChange={setPayerId}
            />
            <TextInput
              {...field('cost')}
              label={t('cost')}
              description={t('costHint')}
              required
              inputMode="decimal"
              value={cost}
              onChange={(e) => setCost(e.currentTarget.value)}
            />
            <Textarea
              {...field('note')}
              label={t('note')}
              autosize
              minRows={1}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group gap="xs">
            <Button type="submit" size="xs" loading={record.isPending}>
              {t('save')}
            </Button>
            <Button size="xs" variant="default" onClick={onDone}>
              {t('cancel', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
